import { monthName } from "./params";
import type { SlaReport } from "./sla-report";
import type { SlaCell } from "./stats";

/**
 * The per-service-per-month table as CSV: UTF-8 with BOM (so spreadsheet software reads the
 * Indonesian text right), every cell quoted, and text that a spreadsheet would run as a formula
 * (leading = + - @) neutralised with an apostrophe. Numbers use a dot for decimals and are rounded
 * here, at the very end: shares to 0.1 percent point, hours to 0.01.
 */
export function csvCell(value: string | null): string {
  const s = value ?? "";
  const safe = /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
  return `"${safe.replace(/"/g, '""')}"`;
}

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

export function slaReportCsv(report: SlaReport): string {
  const { year, month } = report.period;
  const totalLabel = month ? `Jumlah ${monthName(month)} ${year}` : `Jumlah ${year}`;
  const rows: (string | null)[][] = [];
  for (const s of report.services) {
    for (const m of s.months) rows.push([s.name, `${monthName(m.month)} ${year}`, String(year), String(m.month), ...cells(m)]);
    rows.push([s.name, totalLabel, String(year), null, ...cells(s.total)]);
  }
  rows.push(["Semua layanan", totalLabel, String(year), null, ...cells(report.total)]);
  const line = (r: readonly (string | null)[]) => r.map(csvCell).join(",");
  return "\uFEFF" + [line(CSV_HEADER), ...rows.map(line)].join("\r\n") + "\r\n";
}
