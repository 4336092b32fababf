import { randomUUID } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { LocalDocumentStore } from "../../features/documents/store";
import { slaReportCsv } from "../../features/reports/csv";
import { loadReportForExport, loadReportPage } from "../../features/reports/load";
import { publicPerformance } from "../../features/reports/public-performance";
import { serviceStats, type SlaReport, slaReport } from "../../features/reports/sla-report";
import { SHEET, slaReportWorkbook } from "../../features/reports/xlsx";
import { resubmitRevision } from "../../features/requests/revision";
import { submitRequest } from "../../features/requests/submit";
import { acceptRequest, completeRequest, rejectRequest, returnToApplicant } from "../../features/workflow/desk";
import { NotFoundError, UserError } from "../../lib/errors";
import { seedCatalog } from "../../prisma/seed/catalog";
import { seedDemoAccounts } from "../../prisma/seed/demo-accounts";
import { principalOf } from "../support/principals";
import { createTestDatabase, type TestDatabase } from "../support/test-db";

/**
 * The SLA report against a real database, with a dataset built through the desk's own functions at
 * known moments. Bulungan (WITA, UTC+8), "2×24 jam" from the file received complete; working grid
 * Mon–Thu 07.30–12.00 + 13.00–16.00, Fri 07.30–11.30 + 13.00–16.30; no holidays in Oct–Nov 2026.
 *
 *   A  Mon 5 Oct 09.00 received → Tue 6 Oct 14.00 done        on time   11.5 working hours
 *   B  Thu 8 Oct 10.00 received → Mon 12 Oct 10.00 done       late      15 working hours
 *   F  submitted 20 Oct, rejected                             received only
 *   C  submitted Sun 1 Nov 06.00 WITA (31 Oct UTC!), received Mon 2 Nov 08.00, returned to the
 *      applicant Mon 10.00 – Tue 10.00 (7.5 working hours paused), done Wed 4 Nov 15.00:
 *      due Wed 08.00 + 24 h pause = Thu 08.00 → on time; 21 − 7.5 = 13.5 working hours
 *   D  received Mon 9 Nov 09.00, still at stage 2: due Wed 11 Nov 09.00 → overdue by 49 h at "now"
 *   E  submitted Thu 12 Nov, still at stage 1 (verification)
 *   now: Fri 13 Nov 2026 10.00 WITA
 */
let database: TestDatabase;
let store: LocalDocumentStore;
let root: string;
const p = () => database.prisma;
const who = async (email: string) => ({ principal: await principalOf(p(), email) });
const wita = (local: string) => new Date(`${local}+08:00`);
const NOW = wita("2026-11-13T10:00");
const ids: Record<string, string> = {};
let bulunganId = "";
let serviceId = "";

const pdf = () => {
  const bytes = new TextEncoder().encode("%PDF-1.4\n".padEnd(1200, " "));
  return { name: "surat.pdf", size: bytes.length, bytes };
};

async function submit(email: string, serviceSlug: string, at: Date, extra: Record<string, unknown> = {}) {
  const user = await p().user.findUniqueOrThrow({ where: { email } });
  const service = await p().service.findFirstOrThrow({ where: { slug: serviceSlug }, include: { documents: true } });
  const { requestId } = await submitRequest(p(), store, {
    applicant: { id: user.id, email },
    now: at,
    fields: {
      idempotencyKey: randomUUID(),
      serviceId: service.id,
      applicantName: user.name,
      employeeNumberKind: "NIP",
      employeeNumber: user.employeeNumber,
      opdId: user.opdId,
      jabatan: user.jabatan,
      description: "Permohonan untuk pengujian laporan.",
      details: {},
      letterNumber: "005/77/UJI",
      letterDate: at.toISOString().slice(0, 10),
      ...extra,
    },
    files: { [service.documents[0]!.code]: pdf() },
  });
  return requestId;
}

const version = async (id: string) => (await p().serviceRequest.findUniqueOrThrow({ where: { id } })).version;
const userId = async (email: string) => (await p().user.findUniqueOrThrow({ where: { email } })).id;

async function accept(id: string, email: string, at: Date, assignee?: string) {
  const doc = await p().requestDocument.findFirstOrThrow({ where: { requestId: id } });
  await acceptRequest(
    p(),
    await who(email),
    {
      requestId: id,
      version: await version(id),
      checks: [{ documentId: doc.id, valid: true }],
      ...(assignee ? { assigneeId: await userId(assignee) } : {}),
    },
    at,
  );
}

async function complete(id: string, email: string, at: Date) {
  await completeRequest(p(), await who(email), { requestId: id, version: await version(id), resultSummary: "Selesai." }, at);
}

const bulungan = (local: string, extra: Record<string, unknown> = {}) =>
  submit("ani.rahmawati@bulungan.go.id", "hosting-subdomain-email", wita(local), {
    scopeCodes: ["hosting"],
    details: { subdomain: `uji${Object.keys(ids).length}` },
    ...extra,
  });
const PETUGAS = "petugas.bulungan@loket.example";
const TEKNIS = "teknis.bulungan@loket.example";

beforeAll(async () => {
  database = await createTestDatabase();
  await seedCatalog(database.prisma);
  await seedDemoAccounts(database.prisma);
  root = fs.mkdtempSync(path.join(os.tmpdir(), "loket-reports-"));
  store = new LocalDocumentStore(root);
  bulunganId = (await p().agency.findUniqueOrThrow({ where: { slug: "bulungan" } })).id;
  serviceId = (await p().service.findFirstOrThrow({ where: { agencyId: bulunganId, slug: "hosting-subdomain-email" } })).id;

  ids.A = await bulungan("2026-10-05T08:00");
  await accept(ids.A, PETUGAS, wita("2026-10-05T09:00"), TEKNIS);
  await complete(ids.A, TEKNIS, wita("2026-10-06T14:00"));

  ids.B = await bulungan("2026-10-08T08:00");
  await accept(ids.B, PETUGAS, wita("2026-10-08T10:00"), TEKNIS);
  await complete(ids.B, TEKNIS, wita("2026-10-12T10:00"));

  ids.F = await bulungan("2026-10-20T09:00");
  await rejectRequest(
    p(),
    await who(PETUGAS),
    { requestId: ids.F, version: await version(ids.F), reason: "Bukan layanan kami." },
    wita("2026-10-20T10:00"),
  );

  ids.C = await bulungan("2026-11-01T06:00");
  await accept(ids.C, PETUGAS, wita("2026-11-02T08:00"), TEKNIS);
  const doc = await p().requestDocument.findFirstOrThrow({ where: { requestId: ids.C } });
  await returnToApplicant(
    p(),
    await who(TEKNIS),
    {
      requestId: ids.C,
      version: await version(ids.C),
      reason: "Mohon surat bertanda tangan.",
      checks: [{ documentId: doc.id, valid: false, reason: "Belum ditandatangani." }],
      fields: [],
    },
    wita("2026-11-02T10:00"),
  );
  // The applicant's resubmission takes the clock's time; only Date is faked, timers stay real.
  vi.useFakeTimers({ toFake: ["Date"], now: wita("2026-11-03T10:00") });
  try {
    const ani = await p().user.findUniqueOrThrow({ where: { email: "ani.rahmawati@bulungan.go.id" } });
    await resubmitRevision(p(), store, {
      applicant: { id: ani.id, name: ani.name },
      requestId: ids.C,
      expectedVersion: await version(ids.C),
      fields: {},
      files: { [doc.requirementCode]: pdf() },
    });
  } finally {
    vi.useRealTimers();
  }
  await complete(ids.C, TEKNIS, wita("2026-11-04T15:00"));

  ids.D = await bulungan("2026-11-09T08:00");
  await accept(ids.D, PETUGAS, wita("2026-11-09T09:00"), TEKNIS);

  ids.E = await bulungan("2026-11-12T10:00");

  // Another agency's work must not leak into Bulungan's figures.
  const other = await submit("eka.wulandari@purbalinggakab.go.id", "data-cloud", new Date("2026-10-05T09:00:00+07:00"), {
    details: { accountHolder: "Eka Wulandari" },
  });
  await accept(other, "petugas.purbalingga@loket.example", new Date("2026-10-05T10:00:00+07:00"));
}, 120_000);

afterAll(async () => {
  await database.drop();
  fs.rmSync(root, { recursive: true, force: true });
});

const hosting = (r: { services: { slug: string }[] }) =>
  r.services.find((s) => s.slug === "hosting-subdomain-email") as SlaReport["services"][number];

describe("the dataset", () => {
  it("was built as described", async () => {
    const c = await p().serviceRequest.findUniqueOrThrow({ where: { id: ids.C } });
    expect(c.dueAt!.toISOString()).toBe(wita("2026-11-05T08:00").toISOString());
    expect(await p().slaPause.count({ where: { requestId: ids.C, endedAt: wita("2026-11-03T10:00") } })).toBe(1);
    const d = await p().serviceRequest.findUniqueOrThrow({ where: { id: ids.D } });
    expect([d.status, d.stagePosition, d.dueAt!.toISOString()]).toEqual(["DIPROSES", 2, wita("2026-11-11T09:00").toISOString()]);
  });
});

describe("slaReport", () => {
  it("counts, compliance and working-hour handling times per month, in the agency's months", async () => {
    const report = await slaReport(p(), bulunganId, { year: 2026 }, NOW);
    expect(report.months).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(report.services.map((s) => s.slug)).toEqual(["hosting-subdomain-email"]);
    const s = hosting(report);
    expect(s.targetPercent).toBe(90);
    const oct = s.months.find((m) => m.month === 10)!;
    expect(oct).toMatchObject({
      received: 3,
      completed: 2,
      withDue: 2,
      onTime: 1,
      compliance: 0.5,
      target: 0.9,
      meetsTarget: false,
      measured: 2,
    });
    expect(oct.avgHours).toBe(13.25); // (11.5 + 15) / 2
    expect(oct.p90Hours).toBe(15); // rank ⌈0.9 × 2⌉ = 2
    const nov = s.months.find((m) => m.month === 11)!;
    // C was submitted on 31 October in UTC but 1 November in Bulungan: it counts in November.
    expect(nov).toMatchObject({
      received: 3,
      completed: 1,
      withDue: 1,
      onTime: 1,
      compliance: 1,
      meetsTarget: true,
      avgHours: 13.5,
      p90Hours: 13.5,
    });
    for (const m of s.months.filter((x) => x.month < 10))
      expect(m).toMatchObject({ received: 0, completed: 0, compliance: null, avgHours: null });
    expect(s.total).toMatchObject({ received: 6, completed: 3, withDue: 3, onTime: 2, meetsTarget: false, p90Hours: 15 });
    expect(s.total.compliance).toBe(2 / 3);
    expect(s.total.avgHours).toBe(800 / 60); // (690 + 900 + 810) / 3 minutes
    expect(report.total).toEqual(s.total);
  });

  it("lists open requests by stage and the overdue one, as they stand now", async () => {
    const report = await slaReport(p(), bulunganId, { year: 2026 }, NOW);
    expect(report.openByStage.map((r) => [r.stagePosition, r.stageName, r.count])).toEqual([
      [1, "Verifikasi dan koordinasi dengan pemohon", 1],
      [2, "Registrasi hosting, subdomain dan email", 1],
    ]);
    const d = await p().serviceRequest.findUniqueOrThrow({ where: { id: ids.D } });
    expect(report.overdue).toEqual([
      {
        requestId: ids.D,
        registrationNumber: d.registrationNumber,
        serviceName: s(report).name,
        stagePosition: 2,
        stageName: "Registrasi hosting, subdomain dan email",
        status: "DIPROSES",
        dueAt: wita("2026-11-11T09:00"),
        overdueMinutes: 49 * 60, // 2×24 jam is calendar time, so is the delay
        measure: "calendar",
      },
    ]);
    // Before D's due moment nothing is overdue.
    expect((await slaReport(p(), bulunganId, { year: 2026 }, wita("2026-11-11T08:59"))).overdue).toEqual([]);
  });

  it("reports one month alone", async () => {
    const report = await slaReport(p(), bulunganId, { year: 2026, month: 10 }, NOW);
    expect(report.months).toEqual([10]);
    expect(hosting(report).total).toMatchObject({ received: 3, completed: 2, onTime: 1, compliance: 0.5, avgHours: 13.25, p90Hours: 15 });
  });

  it("uses the service's availability target, 90% when the standard states none", async () => {
    const babel = await p().agency.findUniqueOrThrow({ where: { slug: "bangka-belitung" } });
    const stats = await serviceStats(p(), babel.id, { year: 2026 }, { now: NOW });
    expect(stats.services.map((x) => [x.slug, x.targetPercent])).toEqual([["manajemen-data", 90]]);
    await p().service.update({ where: { id: serviceId }, data: { availabilityTarget: 60 } });
    try {
      const s = hosting(await serviceStats(p(), bulunganId, { year: 2026 }, { now: NOW }));
      expect([s.targetPercent, s.total.target, s.total.meetsTarget]).toEqual([60, 0.6, true]);
    } finally {
      await p().service.update({ where: { id: serviceId }, data: { availabilityTarget: null } });
    }
  });
});

function s(report: SlaReport) {
  return hosting(report);
}

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
