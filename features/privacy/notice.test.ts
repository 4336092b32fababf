import { describe, expect, it } from "vitest";
import { isAcknowledged, PRIVACY_NOTICE } from "./notice";

describe("privacy notice", () => {
  it("has a version, a date and answers what, why, how long, who sees it and whom to contact", () => {
    expect(PRIVACY_NOTICE.version).toMatch(/^\d{4}-\d{2}-\d{2}\.\d+$/);
    expect(PRIVACY_NOTICE.version.startsWith(PRIVACY_NOTICE.effectiveOn)).toBe(true);
    expect(PRIVACY_NOTICE.sections.map((s) => s.heading)).toEqual([
      "Data apa yang kami proses",
      "Untuk apa",
      "Berapa lama disimpan",
      "Siapa yang dapat melihat",
      "Hak Anda",
      "Siapa yang dapat dihubungi",
    ]);
  });

  it("counts only a ticked box as acknowledged", () => {
    expect([true, "true", "on"].map(isAcknowledged)).toEqual([true, true, true]);
    expect([undefined, null, false, "", "false", "0"].map(isAcknowledged)).toEqual([false, false, false, false, false, false]);
  });
});
