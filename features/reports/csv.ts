import { csvDocument } from "@/lib/csv";
import { monthName } from "./params";
import type { SlaReport } from "./sla-report";
import type { SlaCell } from "./stats";

export const CSV_HEADER = [
  "layanan",
  "periode",
  "tahun",
  "bulan",
  "diterima",
  "selesai",
  "selesai_dengan_batas_waktu",
  "tepat_waktu",
  "kepatuhan_persen",
  "target_persen",
  "target_tercapai",
  "rata_rata_jam_kerja",
  "p90_jam_kerja",
] as const;

const fixed = (v: number | null, digits: number) => (v === null ? null : v.toFixed(digits));

function cells(c: SlaCell): (string | null)[] {
  return [
    String(c.received),
    String(c.completed),
    String(c.withDue),
    String(c.onTime),
    fixed(c.compliance === null ? null : c.compliance * 100, 1),
    fixed(c.target === null ? null : c.target * 100, 1),
    c.meetsTarget === null ? null : c.meetsTarget ? "ya" : "tidak",
    fixed(c.avgHours, 2),
    fixed(c.p90Hours, 2),
  ];
}

/**
 * The per-service-per-month table as CSV (written by the shared writer in lib/csv.ts). Numbers use a
 * dot for decimals and are rounded here, at the very end: shares to 0.1 percent point, hours to 0.01.
 */
export function slaReportCsv(report: SlaReport): string {
  const { year, month } = report.period;
  const totalLabel = month ? `Jumlah ${monthName(month)} ${year}` : `Jumlah ${year}`;
  const rows: (string | null)[][] = [];
  for (const s of report.services) {
    for (const m of s.months) rows.push([s.name, `${monthName(m.month)} ${year}`, String(year), String(m.month), ...cells(m)]);
    rows.push([s.name, totalLabel, String(year), null, ...cells(s.total)]);
  }
  rows.push(["Semua layanan", totalLabel, String(year), null, ...cells(report.total)]);
  return csvDocument(CSV_HEADER, rows);
}
