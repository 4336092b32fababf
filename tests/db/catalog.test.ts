import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadCatalog } from "../../features/catalog/load";
import { searchCatalog } from "../../features/catalog/search";
import { findService } from "../../features/catalog/snapshot";
import { seedCatalog } from "../../prisma/seed/catalog";
import { createTestDatabase, type TestDatabase } from "../support/test-db";

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
  await seedCatalog(database.prisma);
});
afterAll(() => database.drop());

async function counts() {
  const p = database.prisma;
  return {
    agencies: await p.agency.count(),
    services: await p.service.count(),
    scopes: await p.serviceScope.count(),
    components: await p.serviceStandardComponent.count(),
    documents: await p.serviceDocumentRequirement.count(),
    steps: await p.procedureStep.count(),
    opds: await p.opd.count(),
    categories: await p.category.count(),
  };
}

describe("catalog seed", () => {
  it("loads the four agencies and five services of the source documents", async () => {
    const catalog = await loadCatalog(database.prisma);
    expect(catalog.agencies.map((a) => a.slug).sort()).toEqual(["bangka-belitung", "bulungan", "halmahera-timur", "purbalingga"]);
    expect(catalog.services).toHaveLength(5);
    const zones = Object.fromEntries(catalog.agencies.map((a) => [a.slug, a.timeZone]));
    expect(zones).toEqual({
      "halmahera-timur": "Asia/Jayapura",
      bulungan: "Asia/Makassar",
      "bangka-belitung": "Asia/Jakarta",
      purbalingga: "Asia/Jakarta",
    });
  });

  it("is repeatable: a second run changes no counts and restores edited text", async () => {
    const before = await counts();
    await database.prisma.service.updateMany({ where: { slug: "data-cloud" }, data: { slaText: "diubah" } });
    await seedCatalog(database.prisma);
    expect(await counts()).toEqual(before);
    const service = await database.prisma.service.findFirstOrThrow({ where: { slug: "data-cloud" } });
    expect(service.slaText).toBe("1 Hari Kerja");
  });

  it("keeps each office's own wording and leaves unstated components absent", async () => {
    const catalog = await loadCatalog(database.prisma);
    const bulungan = findService(catalog, "bulungan", "hosting-subdomain-email")!;
    expect(bulungan.service.slaText).toContain("2×24 jam");
    expect(bulungan.service.slaPolicy).toEqual({ kind: "calendar", hours: 48, startsAt: "received_complete" });
    expect(Object.keys(bulungan.service.components)).toHaveLength(14);

    const integrasi = findService(catalog, "halmahera-timur", "integrasi-sistem")!;
    expect(integrasi.service.scopes.map((s) => s.name)).toEqual(["Integrasi Aplikasi", "Integrasi Data"]);
    expect(integrasi.service.components.DASAR_HUKUM).toBeUndefined();

    const babel = findService(catalog, "bangka-belitung", "manajemen-data")!;
    expect(babel.service.officialNumber).toBe("SC - 06/EGOTIK/2023");
    expect(babel.service.scopes.map((s) => s.slaPolicy?.kind)).toEqual(["range", "range", "range", "range"]);
    expect(babel.service.steps.map((s) => s.normMinutes)).toEqual([null, 30, 15, 15]);

    const purbalingga = catalog.agencies.find((a) => a.slug === "purbalingga")!;
    expect(purbalingga.complaintDeadlines.map((d) => d.workingDays)).toEqual([5, 5, 14, 60]);
    expect(purbalingga.maklumat).toBeNull();
  });

  it("finds services by name, keyword and agency", async () => {
    const catalog = await loadCatalog(database.prisma);
    expect(searchCatalog(catalog, "subdomain").map((h) => h.service.slug)).toEqual(["hosting-subdomain-email"]);
    expect(searchCatalog(catalog, "Purbalingga").map((h) => h.service.slug)).toEqual(["data-cloud"]);
    expect(searchCatalog(catalog, "data halmahera").map((h) => h.agency.slug)).toEqual(["halmahera-timur", "halmahera-timur"]);
    expect(searchCatalog(catalog, "tidak ada yang cocok")).toEqual([]);
  });

  it("hides draft services from the public catalog", async () => {
    await database.prisma.service.updateMany({ where: { slug: "data-cloud" }, data: { status: "DRAFT" } });
    const catalog = await loadCatalog(database.prisma);
    expect(catalog.services.map((s) => s.slug)).not.toContain("data-cloud");
    await database.prisma.service.updateMany({ where: { slug: "data-cloud" }, data: { status: "PUBLISHED" } });
  });
});
