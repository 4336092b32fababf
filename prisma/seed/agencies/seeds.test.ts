import { describe, expect, it } from "vitest";
import { requiresApplicantLetter } from "../../../features/requests/letter";
import { agencySeedSchema, type AgencySeed } from "../types";
import { AGENCY_SEEDS } from "./index";

function agency(slug: string): AgencySeed {
  const found = AGENCY_SEEDS.find((a) => a.slug === slug);
  if (!found) throw new Error(`agency ${slug} missing`);
  return found;
}

function service(agencySlug: string, serviceSlug: string) {
  const found = agency(agencySlug).services.find((s) => s.slug === serviceSlug);
  if (!found) throw new Error(`service ${agencySlug}/${serviceSlug} missing`);
  return found;
}

const unique = (xs: string[]) => new Set(xs).size === xs.length;

describe("agency seeds", () => {
  it("lists the four offices in source order", () => {
    expect(AGENCY_SEEDS.map((a) => a.slug)).toEqual(["halmahera-timur", "bulungan", "bangka-belitung", "purbalingga"]);
  });

  it("places each office's letters in the town where it sits, not the region", () => {
    expect(Object.fromEntries(AGENCY_SEEDS.map((a) => [a.slug, a.city]))).toEqual({
      "halmahera-timur": "Maba",
      bulungan: "Tanjung Selor",
      "bangka-belitung": "Pangkalpinang",
      purbalingga: "Purbalingga",
    });
  });

  it.each(AGENCY_SEEDS.map((a) => [a.slug, a] as const))("%s satisfies agencySeedSchema", (_slug, a) => {
    expect(() => agencySeedSchema.parse(a)).not.toThrow();
  });

  it("has unique slugs and codes, and every categorySlug exists", () => {
    expect(unique(AGENCY_SEEDS.map((a) => a.slug))).toBe(true);
    for (const a of AGENCY_SEEDS) {
      expect(unique(a.services.map((s) => s.slug))).toBe(true);
      expect(unique(a.categories.map((c) => c.slug))).toBe(true);
      expect(unique(a.opds.map((o) => o.name))).toBe(true);
      const categories = new Set(a.categories.map((c) => c.slug));
      for (const s of a.services) {
        if (s.categorySlug) expect(categories.has(s.categorySlug)).toBe(true);
        expect(unique(s.scopes.map((x) => x.code))).toBe(true);
        expect(unique(s.documents.map((d) => d.code))).toBe(true);
      }
    }
  });

  it("lets one letter ask for several lingkup only where the standard's letter names them together (Bulungan)", () => {
    const several = AGENCY_SEEDS.flatMap((a) => a.services.filter((s) => s.multipleScopes).map((s) => `${a.slug}/${s.slug}`));
    expect(several).toEqual(["bulungan/hosting-subdomain-email"]);
  });

  it("asks every seeded service for the applicant's letter among the required documents", () => {
    for (const a of AGENCY_SEEDS) {
      for (const s of a.services) expect(requiresApplicantLetter(s.documents), `${a.slug}/${s.slug}`).toBe(true);
    }
  });

  it("publishes no maklumat (no source states one)", () => {
    for (const a of AGENCY_SEEDS) expect(a.maklumat).toBeNull();
  });

  it("Bulungan: 2×24 jam, all 14 components", () => {
    const s = service("bulungan", "hosting-subdomain-email");
    expect(s.slaText).toContain("2×24 jam");
    expect(s.slaPolicy).toEqual({ kind: "calendar", hours: 48, startsAt: "received_complete" });
    expect(Object.keys(s.components)).toHaveLength(14);
    expect(s.steps).toHaveLength(3);
  });

  it("Purbalingga: 1 Hari Kerja and complaint deadlines 5/5/14/60", () => {
    const a = agency("purbalingga");
    const s = service("purbalingga", "data-cloud");
    expect(s.slaText).toContain("1 Hari Kerja");
    expect(s.officialNumber).toBe("22");
    expect(a.complaintDeadlines.map((d) => d.workingDays)).toEqual([5, 5, 14, 60]);
    expect(Object.keys(s.components)).toHaveLength(14);
    // the duplicated "Kotak Pengaduan" line is kept once; "WA:" has no number
    expect(a.complaintChannels.filter((c) => c.kind === "complaint_box")).toHaveLength(1);
    expect(a.complaintChannels.find((c) => c.kind === "whatsapp")?.value).toBeUndefined();
    expect(s.steps).toHaveLength(4);
  });

  it("Halmahera Timur: Integrasi Sistem has exactly the two stated scopes", () => {
    const s = service("halmahera-timur", "integrasi-sistem");
    expect(s.scopes.map((x) => x.name)).toEqual(["Integrasi Aplikasi", "Integrasi Data"]);
    for (const x of s.scopes) expect(x.slaText).toBe("tergantung kompleksitas kegiatan.");
    const data = service("halmahera-timur", "pengelolaan-data");
    expect(data.allowedEmailDomains).toEqual(["haltimkab.go.id"]);
    // components the source does not state stay absent
    expect(data.components.PRODUK).toBeUndefined();
    expect(data.components.PENGADUAN).toBeUndefined();
  });

  it("Bangka Belitung: four components with their own range SLA, SOP norms 1 hari / 30 / 15 / 15 menit", () => {
    const s = service("bangka-belitung", "manajemen-data");
    expect(s.officialNumber).toBe("SC - 06/EGOTIK/2023");
    expect(s.availabilityTarget).toBe(90);
    expect(s.scopes.map((x) => x.name)).toEqual(["Perencanaan data", "Pengumpulan data", "Pemeriksaan data", "Penyebarluasan data"]);
    for (const x of s.scopes) expect(x.slaText).toBeTruthy();
    expect(
      s.scopes.map((x) => (x.slaPolicy?.kind === "range" ? [x.slaPolicy.min.amount, x.slaPolicy.max.amount, x.slaPolicy.max.unit] : null)),
    ).toEqual([
      [1, 3, "month"],
      [3, 6, "month"],
      [1, 3, "month"],
      [1, 6, "week"],
    ]);
    expect(s.steps.map((x) => x.normText)).toEqual(["1 hari", "30 menit", "15 menit", "15 menit"]);
    expect(s.steps.map((x) => x.normMinutes)).toEqual([undefined, 30, 15, 15]);
  });
});
