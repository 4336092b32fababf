import { z } from "@/lib/validation";

/**
 * Shapes of the catalog's JSON columns. Pure: no framework or database imports, so seeds, pages
 * and tests share one definition. Text is kept as the office wrote it; structure (lists, nesting)
 * is kept so that a printed page reads like the original standard.
 */

export type ListItem = { text: string; children?: RichBlock[] };

export type RichBlock =
  | { type: "p"; text: string }
  | { type: "heading"; text: string }
  | {
      type: "list";
      ordered: boolean;
      /** How an ordered list is numbered in the source ("a." lists are lower-alpha). */
      style?: "decimal" | "lower-alpha" | "bullet";
      items: ListItem[];
    };

const listItemSchema: z.ZodType<ListItem> = z.lazy(() => z.object({ text: z.string(), children: z.array(richBlockSchema).optional() }));

export const richBlockSchema: z.ZodType<RichBlock> = z.lazy(() =>
  z.discriminatedUnion("type", [
    z.object({ type: z.literal("p"), text: z.string().min(1) }),
    z.object({ type: z.literal("heading"), text: z.string().min(1) }),
    z.object({
      type: z.literal("list"),
      ordered: z.boolean(),
      style: z.enum(["decimal", "lower-alpha", "bullet"]).optional(),
      items: z.array(listItemSchema).min(1),
    }),
  ]),
);

export const richTextSchema = z.array(richBlockSchema);
export type RichText = RichBlock[];

export const contactKindSchema = z.enum([
  "address",
  "website",
  "portal",
  "phone",
  "fax",
  "email",
  "whatsapp",
  "chat",
  "sms",
  "instagram",
  "facebook",
  "twitter",
  "lapor",
  "face_to_face",
  "complaint_box",
  "other",
]);
export type ContactKind = z.infer<typeof contactKindSchema>;

export const contactChannelSchema = z.object({
  kind: contactKindSchema,
  /** Label as shown, e.g. "Telepon/Faksimile". */
  label: z.string().min(1),
  /** The number, address, handle or URL as written; absent when the office listed the channel without one. */
  value: z.string().optional(),
  /** A link target when the channel is reachable online (https:, mailto:, tel:). */
  href: z.string().optional(),
});
export type ContactChannel = z.infer<typeof contactChannelSchema>;

export const complaintDeadlineSchema = z.object({
  /** Class of complaint, as written, e.g. "Pengaduan ringan". */
  label: z.string().min(1),
  workingDays: z.number().int().positive(),
});
export type ComplaintDeadline = z.infer<typeof complaintDeadlineSchema>;

export const definitionSchema = z.object({ term: z.string().min(1), meaning: z.string().min(1) });
export type Definition = z.infer<typeof definitionSchema>;

export const extraSectionSchema = z.object({
  title: z.string().min(1),
  content: richTextSchema,
});
export type ExtraSection = z.infer<typeof extraSectionSchema>;

const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "format HH:MM");
export const workingPeriodSchema = z.object({ start: hhmm, end: hhmm }).refine((p) => p.start < p.end, "start must be before end");

/** Working periods per ISO weekday ("1" = Monday … "7" = Sunday), local time of the agency. */
export const weeklyHoursSchema = z.object({
  "1": z.array(workingPeriodSchema),
  "2": z.array(workingPeriodSchema),
  "3": z.array(workingPeriodSchema),
  "4": z.array(workingPeriodSchema),
  "5": z.array(workingPeriodSchema),
  "6": z.array(workingPeriodSchema),
  "7": z.array(workingPeriodSchema),
});
export type WeeklyHours = z.infer<typeof weeklyHoursSchema>;

/** Perpres 21/2023 grid: Mon–Thu 07.30–16.00 (break 12.00–13.00), Fri 07.30–16.30 (break 11.30–13.00). */
export const DEFAULT_WEEKLY_HOURS: WeeklyHours = {
  "1": [
    { start: "07:30", end: "12:00" },
    { start: "13:00", end: "16:00" },
  ],
  "2": [
    { start: "07:30", end: "12:00" },
    { start: "13:00", end: "16:00" },
  ],
  "3": [
    { start: "07:30", end: "12:00" },
    { start: "13:00", end: "16:00" },
  ],
  "4": [
    { start: "07:30", end: "12:00" },
    { start: "13:00", end: "16:00" },
  ],
  "5": [
    { start: "07:30", end: "11:30" },
    { start: "13:00", end: "16:30" },
  ],
  "6": [],
  "7": [],
};

/** The 14 components in the order of PermenPANRB 15/2014, with their Indonesian names. */
export const STANDARD_COMPONENTS = [
  { key: "PERSYARATAN", group: "delivery", name: "Persyaratan" },
  { key: "PROSEDUR", group: "delivery", name: "Sistem, mekanisme, dan prosedur" },
  { key: "JANGKA_WAKTU", group: "delivery", name: "Jangka waktu pelayanan" },
  { key: "BIAYA", group: "delivery", name: "Biaya/tarif" },
  { key: "PRODUK", group: "delivery", name: "Produk pelayanan" },
  { key: "PENGADUAN", group: "delivery", name: "Penanganan pengaduan, saran, dan masukan" },
  { key: "DASAR_HUKUM", group: "manufacturing", name: "Dasar hukum" },
  { key: "SARANA", group: "manufacturing", name: "Sarana, prasarana, dan/atau fasilitas" },
  { key: "KOMPETENSI", group: "manufacturing", name: "Kompetensi pelaksana" },
  { key: "PENGAWASAN", group: "manufacturing", name: "Pengawasan internal" },
  { key: "JUMLAH_PELAKSANA", group: "manufacturing", name: "Jumlah pelaksana" },
  { key: "JAMINAN_PELAYANAN", group: "manufacturing", name: "Jaminan pelayanan" },
  { key: "JAMINAN_KEAMANAN", group: "manufacturing", name: "Jaminan keamanan dan keselamatan pelayanan" },
  { key: "EVALUASI_KINERJA", group: "manufacturing", name: "Evaluasi kinerja pelaksana" },
] as const;

export type StandardComponentKey = (typeof STANDARD_COMPONENTS)[number]["key"];
export const standardComponentKeySchema = z.enum(
  STANDARD_COMPONENTS.map((c) => c.key) as [StandardComponentKey, ...StandardComponentKey[]],
);

/** Plain text of rich blocks, for search indexing and summaries. */
export function richTextToPlain(blocks: RichText | null | undefined): string {
  if (!blocks) return "";
  const out: string[] = [];
  const walk = (bs: RichText) => {
    for (const b of bs) {
      if (b.type === "list") {
        for (const item of b.items) {
          out.push(item.text);
          if (item.children) walk(item.children);
        }
      } else {
        out.push(b.text);
      }
    }
  };
  walk(blocks);
  return out.join(" ");
}
