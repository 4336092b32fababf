import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { validateNip } from "../../features/identity/employee-number";
import { AGENCY_SEEDS } from "./agencies";
import { DEMO_APPLICANTS, DEMO_PLATFORM_ADMIN, DEMO_STAFF } from "./demo-accounts";

describe("demo accounts", () => {
  const readme = fs.readFileSync("README.md", "utf8");
  const emails = [
    DEMO_PLATFORM_ADMIN.email,
    ...DEMO_STAFF.flatMap((g) => g.staff.map((s) => s.email)),
    ...DEMO_APPLICANTS.map((a) => a.email),
  ];

  it("are all listed in the README table", () => {
    for (const email of emails) expect(readme).toContain(`| ${email} |`);
  });

  it("cover every role of every seeded agency", () => {
    expect(DEMO_STAFF.map((g) => g.agencySlug).sort()).toEqual(AGENCY_SEEDS.map((a) => a.slug).sort());
    for (const g of DEMO_STAFF) expect(g.staff).toHaveLength(6);
    expect(new Set(emails).size).toBe(emails.length);
  });

  it("give every official a valid NIP of their own and the title printed under their signature", () => {
    const staff = DEMO_STAFF.flatMap((g) => g.staff);
    for (const s of staff) {
      expect(validateNip(s.nip).ok, `${s.email} ${s.nip}`).toBe(true);
      expect(s.title.trim(), s.email).not.toBe("");
    }
    expect(new Set(staff.map((s) => s.nip)).size).toBe(staff.length);
    // The head's post reads like the office on the kop ("Dinas Komunikasi dan Informatika …").
    for (const g of DEMO_STAFF) {
      const agency = AGENCY_SEEDS.find((a) => a.slug === g.agencySlug)!;
      const head = g.staff.find((s) => s.role === "KEPALA_DINAS")!;
      expect(`Kepala ${agency.name}`.startsWith(head.title), head.title).toBe(true);
    }
  });

  it("give applicants valid NIPs and OPDs that exist in their agency's list", () => {
    for (const a of DEMO_APPLICANTS) {
      expect(validateNip(a.nip).ok, a.nip).toBe(true);
      const agency = AGENCY_SEEDS.find((s) => s.slug === a.agencySlug)!;
      expect(
        agency.opds.some((o) => o.name.includes(a.opdContains)),
        a.email,
      ).toBe(true);
    }
  });
});
