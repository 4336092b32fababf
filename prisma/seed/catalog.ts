import type { Prisma, PrismaClient } from "../../lib/generated/prisma/client";
import { ensureNationalHolidays } from "../../features/sla/calendar-store";
import { AGENCY_SEEDS } from "./agencies";
import { type AgencySeed, agencySeedSchema } from "./types";

/**
 * Loads the catalog seed. Repeatable: every row is upserted by its natural key (agency slug,
 * service slug, scope/document code, step position), so running it twice leaves one copy and a
 * re-run restores seeded text. Each agency is written in one transaction.
 */
export async function seedCatalog(prisma: PrismaClient, seeds: AgencySeed[] = AGENCY_SEEDS): Promise<void> {
  for (const raw of seeds) {
    const seed = agencySeedSchema.parse(raw);
    await prisma.$transaction(async (tx) => seedAgency(tx, seed), { timeout: 60_000 });
  }
  await ensureNationalHolidays(prisma);
}

type Tx = Prisma.TransactionClient;
const json = (v: unknown) => v as Prisma.InputJsonValue;
const optionalJson = (v: unknown) => (v === undefined ? undefined : json(v));

async function seedAgency(tx: Tx, seed: AgencySeed): Promise<void> {
  const agencyData = {
    code: seed.code,
    name: seed.name,
    shortName: seed.shortName,
    unitName: seed.unitName ?? null,
    level: seed.level,
    region: seed.region,
    province: seed.province,
    timeZone: seed.timeZone,
    city: seed.city,
    domain: seed.domain ?? null,
    address: seed.address ?? null,
    contactChannels: json(seed.contactChannels),
    complaintChannels: json(seed.complaintChannels),
    complaintFlow: optionalJson(seed.complaintFlow),
    complaintDeadlines: json(seed.complaintDeadlines),
    maklumat: seed.maklumat,
    workingHours: json(seed.workingHours),
    sourceNote: seed.sourceNote,
  };
  const agency = await tx.agency.upsert({
    where: { slug: seed.slug },
    create: { slug: seed.slug, ...agencyData },
    update: agencyData,
    select: { id: true },
  });
  const agencyId = agency.id;

  const categoryIds = new Map<string, string>();
  for (const [position, c] of seed.categories.entries()) {
    const row = await tx.category.upsert({
      where: { agencyId_slug: { agencyId, slug: c.slug } },
      create: { agencyId, slug: c.slug, name: c.name, position },
      update: { name: c.name, position },
      select: { id: true },
    });
    categoryIds.set(c.slug, row.id);
  }

  for (const o of seed.opds) {
    await tx.opd.upsert({
      where: { agencyId_name: { agencyId, name: o.name } },
      create: { agencyId, name: o.name, shortName: o.shortName ?? null },
      update: { shortName: o.shortName ?? null },
    });
  }

  for (const [position, s] of seed.services.entries()) {
    const serviceData = {
      name: s.name,
      categoryId: s.categorySlug ? (categoryIds.get(s.categorySlug) ?? null) : null,
      officialNumber: s.officialNumber ?? null,
      establishedOn: s.establishedOn ? new Date(`${s.establishedOn}T00:00:00Z`) : null,
      status: s.status,
      summary: s.summary,
      description: optionalJson(s.description),
      definitions: json(s.definitions),
      generalProvisions: optionalJson(s.generalProvisions),
      recipientsText: optionalJson(s.recipientsText),
      allowsAsn: s.allowsAsn,
      allowsNonAsn: s.allowsNonAsn,
      allowsPublic: s.allowsPublic,
      allowedEmailDomains: s.allowedEmailDomains,
      slaText: s.slaText ?? null,
      slaPolicy: optionalJson(s.slaPolicy),
      availabilityTarget: s.availabilityTarget ?? null,
      extraSections: json(s.extraSections),
      keywords: s.keywords,
      requestFields: json(s.requestFields),
      multipleScopes: s.multipleScopes ?? false,
      sourceNote: s.sourceNote,
      position,
    };
    const service = await tx.service.upsert({
      where: { agencyId_slug: { agencyId, slug: s.slug } },
      create: { agencyId, slug: s.slug, publishedAt: s.status === "PUBLISHED" ? new Date() : null, ...serviceData },
      update: serviceData,
      select: { id: true },
    });
    const serviceId = service.id;

    for (const [i, scope] of s.scopes.entries()) {
      const data = {
        name: scope.name,
        description: optionalJson(scope.description),
        slaText: scope.slaText ?? null,
        slaPolicy: optionalJson(scope.slaPolicy),
        position: i,
      };
      await tx.serviceScope.upsert({
        where: { serviceId_code: { serviceId, code: scope.code } },
        create: { agencyId, serviceId, code: scope.code, ...data },
        update: data,
      });
    }

    const stated = Object.entries(s.components);
    for (const [key, content] of stated) {
      const k = key as keyof typeof s.components;
      await tx.serviceStandardComponent.upsert({
        where: { serviceId_key: { serviceId, key: k } },
        create: { agencyId, serviceId, key: k, content: json(content) },
        update: { content: json(content) },
      });
    }
    // A component the seed does not state must not linger from an earlier version of the seed.
    await tx.serviceStandardComponent.deleteMany({
      where: { serviceId, key: { notIn: stated.map(([k]) => k as keyof typeof s.components) } },
    });

    for (const [i, d] of s.documents.entries()) {
      const data = {
        name: d.name,
        description: d.description ?? null,
        required: d.required,
        allowedTypes: d.allowedTypes,
        maxSizeBytes: d.maxSizeBytes,
        position: i,
      };
      await tx.serviceDocumentRequirement.upsert({
        where: { serviceId_code: { serviceId, code: d.code } },
        create: { agencyId, serviceId, code: d.code, ...data },
        update: data,
      });
    }

    for (const [i, step] of s.steps.entries()) {
      const data = {
        actor: step.actor ?? null,
        description: step.description,
        inputs: step.inputs ?? null,
        normText: step.normText ?? null,
        normMinutes: step.normMinutes ?? null,
        output: step.output ?? null,
      };
      await tx.procedureStep.upsert({
        where: { serviceId_position: { serviceId, position: i + 1 } },
        create: { agencyId, serviceId, position: i + 1, ...data },
        update: data,
      });
    }
    await tx.procedureStep.deleteMany({ where: { serviceId, position: { gt: s.steps.length } } });

    for (const [i, stage] of s.stages.entries()) {
      const data = {
        name: stage.name,
        role: stage.role,
        kind: stage.kind,
        normMinutes: stage.normMinutes ?? null,
        normText: stage.normText ?? null,
      };
      await tx.workflowStage.upsert({
        where: { serviceId_position: { serviceId, position: i + 1 } },
        create: { agencyId, serviceId, position: i + 1, ...data },
        update: data,
      });
    }
    await tx.workflowStage.deleteMany({ where: { serviceId, position: { gt: s.stages.length } } });
  }
}
