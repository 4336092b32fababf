import { describe, expect, it } from "vitest";
import { slaReportCsv } from "./csv";
import type { SlaReport } from "./sla-report";
import { summarise } from "./stats";

describe("report CSV", () => {
  it("writes a BOM, a header, rows per month, each service's total and the agency's", () => {
    const cell = summarise({ received: 3, completed: 2, withDue: 2, onTime: 1, handlingMinutes: [690, 900] }, 0.9);
    const report: SlaReport = {
      agency: { id: "a", slug: "bulungan", name: "Diskominfo Bulungan", shortName: "DKIP Bulungan", timeZone: "Asia/Makassar" },
      period: { year: 2026, month: 10 },
      months: [10],
      services: [
        {
          serviceId: "s",
          slug: "x",
          name: '=HYPERLINK("http://x")',
          published: true,
          targetPercent: 90,
          months: [{ month: 10, ...cell }],
          total: cell,
        },
      ],
      total: cell,
      generatedAt: new Date(),
      openByStage: [],
      overdue: [],
    };
    const csv = slaReportCsv(report);
    expect(csv.startsWith('\uFEFF"layanan",')).toBe(true);
    const lines = csv.slice(1).trimEnd().split("\r\n");
    expect(lines).toHaveLength(4);
    expect(lines[1]).toBe(`"'=HYPERLINK(""http://x"")","Oktober 2026","2026","10","3","2","2","1","50.0","90.0","tidak","13.25","15.00"`);
    expect(lines[3]!.startsWith(`"Semua layanan","Jumlah Oktober 2026","2026","",`)).toBe(true);
  });
});
