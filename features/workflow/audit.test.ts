import { describe, expect, it } from "vitest";
import { csvCell } from "@/lib/csv";
import { auditTrailCsv, type AuditRow } from "./audit";

const row = (over: Partial<AuditRow>): AuditRow => ({
  id: 7n,
  createdAt: new Date("2026-11-23T01:02:03.000Z"),
  actorName: "Budi",
  actorId: null,
  onBehalfOfId: null,
  action: "NOTE_ADDED",
  entity: "ServiceRequest",
  entityId: null,
  before: null,
  after: null,
  ...over,
});

describe("audit trail CSV", () => {
  it("escapes every cell exactly like the report CSV (one writer), formulas and line breaks included", () => {
    const dangerous = ['=HYPERLINK("http://x")', "\t=1+1", "\r@SUM(A1)", "+62 811", "-1"];
    const multiline = 'Dokumen "surat" belum sah,\r\nmohon unggah ulang';
    const csv = auditTrailCsv([
      ...dangerous.map((actorName) => row({ actorName })),
      row({ actorName: multiline, after: { catatan: '=HYPERLINK("http://x")' } }),
    ]);
    expect(csv.startsWith('\uFEFF"id","waktu_utc","pelaku",')).toBe(true);
    expect(csv.endsWith("\r\n")).toBe(true);
    for (const value of dangerous) {
      expect(csv).toContain(`"2026-11-23T01:02:03.000Z",${csvCell(value)},`);
      expect(csvCell(value)).toBe(`"'${value.replace(/"/g, '""')}"`);
    }
    expect(csv).toContain(`,${csvCell(multiline)},`);
    // The JSON of a value is one quoted cell, its quotes doubled.
    expect(csv).toContain(`,"{""catatan"":""=HYPERLINK(\\""http://x\\"")""}"\r\n`);
  });
});
