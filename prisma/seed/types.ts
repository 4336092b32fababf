import { z } from "zod";
import {
  complaintDeadlineSchema,
  contactChannelSchema,
  definitionSchema,
  extraSectionSchema,
  richTextSchema,
  standardComponentKeySchema,
  weeklyHoursSchema,
} from "../../features/catalog/content";
import { requestFieldSchema } from "../../features/requests/fields";
import { slaPolicySchema } from "../../features/sla/policy";

/**
 * The catalog seed: the offices' own documents (../shared/seeds) transcribed into data. Shared by
 * the seeder and test factories. Every component a source states is here; nothing is added for
 * components a source does not state.
 */

const mimeSchema = z.enum(["application/pdf", "image/jpeg", "image/png"]);

export const serviceSeedSchema = z.object({
  slug: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  name: z.string().min(1),
  categorySlug: z.string().optional(),
  officialNumber: z.string().optional(),
  /** YYYY-MM-DD */
  establishedOn: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional(),
  status: z.enum(["DRAFT", "PUBLISHED", "ARCHIVED"]),
  summary: z.string().min(1).max(300),
  description: richTextSchema.optional(),
  definitions: z.array(definitionSchema),
  generalProvisions: richTextSchema.optional(),
  recipientsText: richTextSchema.optional(),
  allowsAsn: z.boolean(),
  allowsNonAsn: z.boolean(),
  allowsPublic: z.boolean(),
  allowedEmailDomains: z.array(z.string()),
  slaText: z.string().optional(),
  slaPolicy: slaPolicySchema.optional(),
  availabilityTarget: z.number().int().min(1).max(100).optional(),
  extraSections: z.array(extraSectionSchema),
  keywords: z.array(z.string()),
  sourceNote: z.string(),
  /** The desk workflow: ordered stages following the standard's procedure. */
  stages: z
    .array(
      z.object({
        name: z.string().min(1),
        role: z.enum(["ADMIN", "KEPALA_DINAS", "KEPALA_BIDANG", "SUB_KOORDINATOR", "PETUGAS_LAYANAN", "PENANGGUNG_JAWAB_TEKNIS"]),
        kind: z.enum(["VERIFY", "DISPOSE", "EXECUTE"]),
        normMinutes: z.number().int().positive().optional(),
        normText: z.string().optional(),
      }),
    )
    .min(1),
  /** The service's own form fields (platform configuration, not part of the standard). */
  requestFields: z.array(requestFieldSchema).default([]),
  /** Whether one letter may ask for several lingkup (as the standard words its requirement). */
  multipleScopes: z.boolean().default(false),
  scopes: z.array(
    z.object({
      code: z.string().regex(/^[a-z0-9-]+$/),
      name: z.string().min(1),
      description: richTextSchema.optional(),
      slaText: z.string().optional(),
      slaPolicy: slaPolicySchema.optional(),
    }),
  ),
  components: z.partialRecord(standardComponentKeySchema, richTextSchema),
  documents: z.array(
    z.object({
      code: z.string().regex(/^[a-z0-9-]+$/),
      name: z.string().min(1),
      description: z.string().optional(),
      required: z.boolean(),
      allowedTypes: z.array(mimeSchema).min(1),
      maxSizeBytes: z.number().int().positive(),
    }),
  ),
  steps: z.array(
    z.object({
      actor: z.string().optional(),
      description: z.string().min(1),
      inputs: z.string().optional(),
      normText: z.string().optional(),
      normMinutes: z.number().int().positive().optional(),
      output: z.string().optional(),
    }),
  ),
});

export const agencySeedSchema = z.object({
  slug: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  /** Registration-number prefix, 2–6 uppercase letters. */
  code: z.string().regex(/^[A-Z]{2,6}$/),
  name: z.string().min(1),
  shortName: z.string().min(1),
  unitName: z.string().optional(),
  level: z.enum(["PROVINSI", "KABUPATEN", "KOTA"]),
  region: z.string().min(1),
  province: z.string().min(1),
  timeZone: z.enum(["Asia/Jakarta", "Asia/Makassar", "Asia/Jayapura"]),
  /** Where the office sits: the place on its letters ("Pangkalpinang, 4 Desember 2026"). */
  city: z.string().min(1),
  domain: z.string().optional(),
  address: z.string().optional(),
  contactChannels: z.array(contactChannelSchema),
  complaintChannels: z.array(contactChannelSchema),
  complaintFlow: richTextSchema.optional(),
  complaintDeadlines: z.array(complaintDeadlineSchema),
  maklumat: z.string().nullable(),
  workingHours: weeklyHoursSchema,
  sourceNote: z.string(),
  categories: z.array(z.object({ slug: z.string(), name: z.string() })),
  opds: z.array(z.object({ name: z.string().min(1), shortName: z.string().optional() })).min(5),
  services: z.array(serviceSeedSchema),
});

export type ServiceSeed = z.input<typeof serviceSeedSchema>;
export type AgencySeed = z.input<typeof agencySeedSchema>;

/** Default upload limit where an office states none (platform policy, not part of a standard). */
export const DEFAULT_DOCUMENT_MAX_BYTES = 5 * 1024 * 1024;
