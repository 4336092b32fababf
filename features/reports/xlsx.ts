import ExcelJS from "exceljs";
import { wallClock, zoneAbbreviation } from "@/lib/time/zones";
import { monthName } from "./params";
import type { SlaReport } from "./sla-report";
import type { SlaCell } from "./stats";

/**
 * The report as an Excel workbook: "Kepatuhan SLA" (per service per month, then each service's
 * total and the agency's), "Permohonan terbuka" (by stage) and "Terlambat". Counts and hours are
 * numbers, shares are fractions formatted "0.0%", the due moment is a date cell in agency time.
 * Values are exact; only the cell format rounds.
 */
export const XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export const SHEET = { compliance: "Kepatuhan SLA", open: "Permohonan terbuka", overdue: "Terlambat" } as const;

export const COMPLIANCE_COLUMNS = [
  { header: "Layanan", key: "service", width: 48 },
  { header: "Periode", key: "period", width: 18 },
  { header: "Tahun", key: "year", width: 8 },
  { header: "Bulan", key: "month", width: 8 },
  { header: "Diterima", key: "received", width: 10 },
  { header: "Selesai", key: "completed", width: 10 },
  { header: "Selesai dengan batas waktu", key: "withDue", width: 14 },
  { header: "Tepat waktu", key: "onTime", width: 12 },
  { header: "Kepatuhan", key: "compliance", width: 12 },
  { header: "Target", key: "target", width: 10 },
  { header: "Target tercapai", key: "meets", width: 12 },
  { header: "Rata-rata waktu penanganan (jam kerja)", key: "avgHours", width: 18 },
  { header: "P90 waktu penanganan (jam kerja)", key: "p90Hours", width: 18 },
] as const;

function styleHeader(sheet: ExcelJS.Worksheet) {
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: "top", wrapText: true };
  sheet.views = [{ state: "frozen", xSplit: 0, ySplit: 1 }];
}

function cellValues(c: SlaCell) {
  return {
    received: c.received,
    completed: c.completed,
    withDue: c.withDue,
    onTime: c.onTime,
    compliance: c.compliance,
    target: c.target,
    meets: c.meetsTarget === null ? "" : c.meetsTarget ? "Ya" : "Tidak",
    avgHours: c.avgHours,
    p90Hours: c.p90Hours,
  };
}

export async function slaReportWorkbook(report: SlaReport): Promise<Uint8Array<ArrayBuffer>> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Loket";
  wb.created = report.generatedAt;
  const zone = zoneAbbreviation(report.agency.timeZone);

  const compliance = wb.addWorksheet(SHEET.compliance);
  compliance.columns = COMPLIANCE_COLUMNS.map((c) => ({ ...c }));
  const { year } = report.period;
  for (const s of report.services) {
    for (const m of s.months) {
      compliance.addRow({ service: s.name, period: `${monthName(m.month)} ${year}`, year, month: m.month, ...cellValues(m) });
    }
    compliance.addRow({
      service: s.name,
      period: report.period.month ? `Jumlah ${monthName(report.period.month)} ${year}` : `Jumlah ${year}`,
      year,
      ...cellValues(s.total),
    });
  }
  compliance.addRow({
    service: "Semua layanan",
    period: report.period.month ? `Jumlah ${monthName(report.period.month)} ${year}` : `Jumlah ${year}`,
    year,
    ...cellValues(report.total),
  });
  compliance.getColumn("compliance").numFmt = "0.0%";
  compliance.getColumn("target").numFmt = "0.0%";
  compliance.getColumn("avgHours").numFmt = "0.0";
  compliance.getColumn("p90Hours").numFmt = "0.0";
  styleHeader(compliance);

  const open = wb.addWorksheet(SHEET.open);
  open.columns = [
    { header: "Layanan", key: "service", width: 48 },
    { header: "Tahap ke", key: "position", width: 9 },
    { header: "Tahap", key: "stage", width: 44 },
    { header: "Jumlah permohonan terbuka", key: "count", width: 14 },
  ];
  for (const r of report.openByStage)
    open.addRow({ service: r.serviceName, position: r.stagePosition, stage: r.stageName, count: r.count });
  styleHeader(open);

  const overdue = wb.addWorksheet(SHEET.overdue);
  overdue.columns = [
    { header: "Nomor permohonan", key: "number", width: 20 },
    { header: "Layanan", key: "service", width: 48 },
    { header: "Tahap", key: "stage", width: 40 },
    { header: `Batas waktu (${zone})`, key: "due", width: 18 },
    { header: "Terlambat (jam)", key: "hours", width: 12 },
    { header: "Satuan", key: "measure", width: 14 },
  ];
  // Excel dates carry no zone: write the agency's wall-clock time, and name the zone in the header.
  for (const r of report.overdue) {
    overdue.addRow({
      number: r.registrationNumber,
      service: r.serviceName,
      stage: `${r.stagePosition}. ${r.stageName}`,
      due: wallClock(r.dueAt, report.agency.timeZone),
      hours: r.overdueMinutes / 60,
      measure: r.measure === "calendar" ? "jam kalender" : "jam kerja",
    });
  }
  overdue.getColumn("due").numFmt = "dd/mm/yyyy hh:mm";
  overdue.getColumn("hours").numFmt = "0.0";
  styleHeader(overdue);

  return new Uint8Array(await wb.xlsx.writeBuffer());
}
