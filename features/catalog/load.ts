import type { PrismaClient } from "@/lib/generated/prisma/client";
import { requestFieldSchema } from "../requests/fields";
import { slaPolicySchema } from "../sla/policy";
import {
  complaintDeadlineSchema,
  contactChannelSchema,
  definitionSchema,
  extraSectionSchema,
  richTextSchema,
  weeklyHoursSchema,
} from "./content";
import type { Catalog, CatalogService } from "./snapshot";

/** Reads every agency and every published service in a fixed handful of queries (no N+1). */
export async function loadCatalog(prisma: PrismaClient): Promise<Catalog> {
  const [agencies, services, opds] = await Promise.all([
    prisma.agency.findMany({
      orderBy: [{ province: "asc" }, { name: "asc" }],
      select: {
        id: true,
        slug: true,
        code: true,
        name: true,
        shortName: true,
        unitName: true,
        level: true,
        region: true,
        province: true,
        timeZone: true,
        domain: true,
        address: true,
        contactChannels: true,
        complaintChannels: true,
        complaintFlow: true,
        complaintDeadlines: true,
        maklumat: true,
        workingHours: true,
        sourceNote: true,
      },
    }),
    prisma.service.findMany({
      where: { status: "PUBLISHED" },
      orderBy: [{ agencyId: "asc" }, { position: "asc" }, { name: "asc" }],
      select: {
        id: true,
        agencyId: true,
        slug: true,
        name: true,
        category: { select: { slug: true, name: true } },
        officialNumber: true,
        establishedOn: true,
        summary: true,
        description: true,
        definitions: true,
        generalProvisions: true,
        recipientsText: true,
        allowsAsn: true,
        allowsNonAsn: true,
        allowsPublic: true,
        allowedEmailDomains: true,
        slaText: true,
        slaPolicy: true,
        availabilityTarget: true,
        extraSections: true,
        keywords: true,
        requestFields: true,
        multipleScopes: true,
        sourceNote: true,
        scopes: {
          orderBy: { position: "asc" },
          select: { code: true, name: true, description: true, slaText: true, slaPolicy: true },
        },
        components: { select: { key: true, content: true } },
        documents: {
          orderBy: { position: "asc" },
          select: {
            code: true,
            name: true,
            description: true,
            required: true,
            allowedTypes: true,
            maxSizeBytes: true,
          },
        },
        steps: {
          orderBy: { position: "asc" },
          select: {
            position: true,
            actor: true,
            description: true,
            inputs: true,
            normText: true,
            normMinutes: true,
            output: true,
          },
        },
      },
    }),
    prisma.opd.findMany({
      where: { active: true },
      orderBy: [{ agencyId: "asc" }, { name: "asc" }],
      select: { id: true, agencyId: true, name: true },
    }),
  ]);

  const rich = (v: unknown) => (v == null ? null : richTextSchema.parse(v));
  const sla = (v: unknown) => (v == null ? null : slaPolicySchema.parse(v));

  return {
    opds,
    agencies: agencies.map((a) => ({
      ...a,
      contactChannels: contactChannelSchema.array().parse(a.contactChannels),
      complaintChannels: contactChannelSchema.array().parse(a.complaintChannels),
      complaintFlow: rich(a.complaintFlow),
      complaintDeadlines: complaintDeadlineSchema.array().parse(a.complaintDeadlines),
      workingHours: weeklyHoursSchema.parse(a.workingHours),
    })),
    services: services.map((s): CatalogService => ({
      ...s,
      description: rich(s.description),
      definitions: definitionSchema.array().parse(s.definitions),
      generalProvisions: rich(s.generalProvisions),
      recipientsText: rich(s.recipientsText),
      slaPolicy: sla(s.slaPolicy),
      extraSections: extraSectionSchema.array().parse(s.extraSections),
      requestFields: requestFieldSchema.array().parse(s.requestFields),
      scopes: s.scopes.map((sc) => ({ ...sc, description: rich(sc.description), slaPolicy: sla(sc.slaPolicy) })),
      components: Object.fromEntries(s.components.map((c) => [c.key, richTextSchema.parse(c.content)])),
    })),
  };
}
