import { describe, expect, it } from "vitest";
import { principalOf } from "../support/principals";
import ExcelJS from "exceljs";
import { slaReportCsv } from "../../features/reports/csv";
import { loadReportForExport, loadReportPage } from "../../features/reports/load";
import { publicPerformance } from "../../features/reports/public-performance";
import { slaReport } from "../../features/reports/sla-report";
import { SHEET, slaReportWorkbook } from "../../features/reports/xlsx";
import { NotFoundError, UserError } from "../../lib/errors";
import { NOW, bulunganId, p, s, serviceId, wita } from "../support/report-dataset";

/** Report exports, who gets which report, and the public performance page, on the shared report dataset. */

/** What the database says, counted without the report's SQL. */
async function databaseTotals() {
  const rows = await p().serviceRequest.findMany({
    where: { agencyId: bulunganId, serviceId },
    select: { status: true, submittedAt: true, completedAt: true, dueAt: true },
  });
  const from = wita("2026-01-01T00:00");
  const to = wita("2027-01-01T00:00");
  const inYear = (d: Date | null) => d !== null && d >= from && d < to;
  const done = rows.filter((r) => r.status === "SELESAI" && inYear(r.completedAt));
  return {
    received: rows.filter((r) => inYear(r.submittedAt)).length,
    completed: done.length,
    onTime: done.filter((r) => r.dueAt && r.completedAt! <= r.dueAt).length,
    open: await p().serviceRequest.count({ where: { agencyId: bulunganId, stagePosition: { not: null } } }),
  };
}

describe("exports", () => {
  it("writes an xlsx whose figures, read back with exceljs, match the database", async () => {
    const report = await slaReport(p(), bulunganId, { year: 2026 }, NOW);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await slaReportWorkbook(report)).buffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual([SHEET.compliance, SHEET.open, SHEET.overdue]);
    for (const sheet of wb.worksheets) {
      expect(sheet.getRow(1).font?.bold, sheet.name).toBe(true);
      expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    }

    const compliance = wb.getWorksheet(SHEET.compliance)!;
    const header = (compliance.getRow(1).values as unknown[]).slice(1);
    const col = (name: string) => header.indexOf(name) + 1;
    const rows: ExcelJS.Row[] = [];
    compliance.eachRow((row, n) => n > 1 && rows.push(row));
    expect(rows).toHaveLength(11 + 1 + 1); // eleven months, the service's total, all services
    const serviceTotal = rows.find((r) => r.getCell(col("Layanan")).value === s(report).name && r.getCell(col("Bulan")).value === null)!;
    const db = await databaseTotals();
    expect(serviceTotal.getCell(col("Diterima")).value).toBe(db.received);
    expect(serviceTotal.getCell(col("Selesai")).value).toBe(db.completed);
    expect(serviceTotal.getCell(col("Tepat waktu")).value).toBe(db.onTime);
    const share = serviceTotal.getCell(col("Kepatuhan"));
    expect(share.value).toBe(db.onTime / db.completed);
    expect(share.numFmt).toBe("0.0%");
    expect(serviceTotal.getCell(col("Target")).value).toBe(0.9);
    expect(serviceTotal.getCell(col("Target")).numFmt).toBe("0.0%");
    expect(serviceTotal.getCell(col("Rata-rata waktu penanganan (jam kerja)")).value).toBe(800 / 60);
    expect(serviceTotal.getCell(col("P90 waktu penanganan (jam kerja)")).value).toBe(15);
    const october = rows.find((r) => r.getCell(col("Bulan")).value === 10)!;
    expect([october.getCell(col("Diterima")).value, october.getCell(col("Kepatuhan")).value]).toEqual([3, 0.5]);
    // Every figure cell holds a number (or nothing), never text.
    for (const r of rows) {
      for (const name of ["Tahun", "Diterima", "Selesai", "Selesai dengan batas waktu", "Tepat waktu"]) {
        expect(typeof r.getCell(col(name)).value, `${name} of row ${r.number}`).toBe("number");
      }
    }

    const open = wb.getWorksheet(SHEET.open)!;
    let openTotal = 0;
    open.eachRow((row, n) => {
      if (n > 1) openTotal += row.getCell(4).value as number;
    });
    expect(openTotal).toBe(db.open);

    const overdue = wb.getWorksheet(SHEET.overdue)!;
    expect(overdue.rowCount).toBe(2);
    const late = overdue.getRow(2);
    expect(late.getCell(1).value).toBe(report.overdue[0]!.registrationNumber);
    expect(overdue.getRow(1).getCell(4).value).toBe("Batas waktu (WITA)");
    // The due moment as Bulungan's wall-clock time: 11 November 2026 09.00.
    expect((late.getCell(4).value as Date).toISOString()).toBe("2026-11-11T09:00:00.000Z");
    expect(late.getCell(5).value).toBe(49);
  });

  it("writes the same table as CSV", async () => {
    const report = await slaReport(p(), bulunganId, { year: 2026 }, NOW);
    const csv = slaReportCsv(report);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.slice(1).trimEnd().split("\r\n");
    expect(lines).toHaveLength(1 + 11 + 2);
    const parse = (line: string) => [...line.matchAll(/"((?:[^"]|"")*)"/g)].map((m) => m[1]!.replace(/""/g, '"'));
    const total = parse(lines.find((l) => l.startsWith(`"${s(report).name}","Jumlah 2026"`))!);
    const db = await databaseTotals();
    expect(total.slice(2, 13)).toEqual([
      "2026",
      "",
      String(db.received),
      String(db.completed),
      "3",
      String(db.onTime),
      "66.7",
      "90.0",
      "tidak",
      "13.33",
      "15.00",
    ]);
  });
});

describe("who gets which report", () => {
  it("gives staff their own agency's report and treats other agencies as not found", async () => {
    const kadis = await principalOf(p(), "kadis.bulungan@loket.example");
    const own = await loadReportForExport(p(), kadis, { instansi: "bulungan", tahun: "2026" }, NOW);
    expect(own.agency.slug).toBe("bulungan");
    await expect(loadReportForExport(p(), kadis, { instansi: "bangka-belitung" }, NOW)).rejects.toBeInstanceOf(NotFoundError);
    await expect(loadReportForExport(p(), kadis, { instansi: "tidak-ada" }, NOW)).rejects.toBeInstanceOf(NotFoundError);
    const applicant = await principalOf(p(), "ani.rahmawati@bulungan.go.id");
    await expect(loadReportForExport(p(), applicant, { instansi: "bulungan" }, NOW)).rejects.toBeInstanceOf(NotFoundError);
    await expect(loadReportForExport(p(), kadis, { instansi: "bulungan", tahun: "20x6" }, NOW)).rejects.toThrow(UserError);
    await expect(loadReportForExport(p(), kadis, { instansi: "bulungan", tahun: "2026", bulan: "12" }, NOW)).rejects.toThrow(
      "Desember 2026 belum berjalan.",
    );
  });

  it("shows the page with messages and defaults for bad parameters", async () => {
    const kadis = await principalOf(p(), "kadis.bulungan@loket.example");
    const page = await loadReportPage(p(), kadis, { instansi: "bangka-belitung", tahun: "abc" }, NOW);
    expect(page!.agency.slug).toBe("bulungan");
    expect(page!.report.period).toEqual({ year: 2026, month: null });
    expect(page!.errors).toEqual([
      "Instansi tidak dikenal atau bukan instansi Anda; laporan instansi Anda yang ditampilkan.",
      "Tahun harus berupa empat angka, mis. 2026.",
      "Laporan tahun berjalan yang ditampilkan.",
    ]);
  });
});

describe("public performance", () => {
  it("publishes aggregates per service only", async () => {
    const agency = await p().agency.findUniqueOrThrow({ where: { id: bulunganId } });
    const perf = await publicPerformance(p(), agency, NOW);
    expect(perf.year).toBe(2026);
    expect(perf.services).toEqual([
      {
        slug: "hosting-subdomain-email",
        name: s(await slaReport(p(), bulunganId, { year: 2026 }, NOW)).name,
        received: 6,
        completed: 3,
        compliance: 2 / 3,
        targetPercent: 90,
        meetsTarget: false,
        avgHours: 800 / 60,
      },
    ]);
    const text = JSON.stringify(perf);
    const requests = await p().serviceRequest.findMany({
      where: { agencyId: bulunganId },
      select: { registrationNumber: true, applicantName: true, employeeNumber: true, opdName: true, applicantEmail: true },
    });
    for (const r of requests) {
      for (const personal of [r.registrationNumber, r.applicantName, r.employeeNumber, r.opdName, r.applicantEmail])
        expect(text).not.toContain(personal);
    }
  });
});
