import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { breachReport, loadBreachReportPage, parseBreachParams } from "../../features/audit/breach-report";
import { personalDataAccessCsv } from "../../features/audit/personal-data";
import { slaReportCsv } from "../../features/reports/csv";
import { reportForExport } from "../../features/reports/load";
import { slaReportWorkbook } from "../../features/reports/xlsx";
import { getRequestForViewer } from "../../features/requests/queries";
import { renderReceiptPdf } from "../../features/requests/receipt";
import { receiptData } from "../../features/requests/receipt-data";
import { auditCsv } from "../../features/workflow/audit";
import { deskAgencies } from "../../features/workflow/desk-queries";
import { loadDeskRequestPage } from "../../features/workflow/desk-page";
import { renderDispositionSheet } from "../../features/workflow/disposition-sheet";
import { dispositionSheetData } from "../../features/workflow/documents";
import { chooseReportAgency } from "../../features/reports/access";
import { type Fixture, seededFixture } from "../support/fixture";
import { pdfText } from "../support/pdf-text";

/**
 * UU 27/2022: every staff look at an applicant's personal data is logged (for a breach report the
 * platform admin reads as CSV), and a whole NIP/NIK appears in no list, export or e-mail.
 */
let fx: Fixture;
const APPLICANT = "ani.rahmawati@bulungan.go.id";
let NIP: string;
let requestId: string;
let registrationNumber: string;

beforeAll(async () => {
  fx = await seededFixture();
  NIP = (await fx.database.prisma.user.findUniqueOrThrow({ where: { email: APPLICANT } })).employeeNumber!;
  ({ requestId, registrationNumber } = await fx.submitAs(APPLICANT, "hosting-subdomain-email", {
    scopeCode: "hosting",
    details: { subdomain: "privasi" },
  }));
});
afterAll(() => fx.dispose());

describe("the personal-data access log", () => {
  it("records a staff member opening the request page and revealing the whole NIP, not the applicant's own look", async () => {
    const p = fx.database.prisma;
    const { principal: staff } = await fx.who("petugas.bulungan@loket.example");
    const { principal: applicant } = await fx.who(APPLICANT);

    const masked = await loadDeskRequestPage(p, staff, requestId, { clientAddress: "203.0.113.7" });
    expect(masked?.identityRevealed).toBe(false);
    const revealed = await loadDeskRequestPage(p, staff, requestId, { revealIdentity: true, clientAddress: "203.0.113.7" });
    expect(revealed?.identityRevealed).toBe(true);
    expect(await getRequestForViewer(p, applicant, requestId)).not.toBeNull();

    const rows = await p.personalDataAccess.findMany({ where: { requestId }, orderBy: { id: "asc" } });
    expect(rows.map((r) => [r.kind, r.actorId, r.clientAddress])).toEqual([
      ["REQUEST_VIEWED", staff.id, "203.0.113.7"],
      ["REQUEST_VIEWED", staff.id, "203.0.113.7"],
      ["IDENTITY_REVEALED", staff.id, "203.0.113.7"],
    ]);
    expect(rows.every((r) => r.subjectIds.length === 1 && r.subjectIds[0] === applicant.id)).toBe(true);

    // Staff of another agency cannot open it, and nothing is logged for them.
    const { principal: other } = await fx.who("petugas.babel@loket.example");
    expect(await loadDeskRequestPage(p, other, requestId)).toBeNull();
    expect(await p.personalDataAccess.count({ where: { actorId: other.id } })).toBe(0);
  });

  it("lists who accessed a person's data in a time window, as CSV, for the platform admin only", async () => {
    const p = fx.database.prisma;
    const { principal: admin } = await fx.who("platform@loket.example");
    const { principal: agencyAdmin } = await fx.who("admin.bulungan@loket.example");

    const { query, errors } = parseBreachParams({ orang: APPLICANT.toUpperCase() });
    expect(errors).toEqual([]);
    expect(query.to.getTime() - query.from.getTime()).toBe(3 * 86_400_000);
    const report = await breachReport(p, query);
    expect(report.rows).toHaveLength(3);
    const csv = personalDataAccessCsv(report.rows);
    expect(csv).toContain("petugas.bulungan@loket.example");
    expect(csv).toContain(registrationNumber);
    expect(csv).toContain("Menampilkan NIP/NIK lengkap");
    expect(csv).toContain("203.0.113.7");
    expect(csv).not.toContain(NIP);

    // A window before the accesses lists none; a person with no account says so.
    const before = parseBreachParams({ dari: "2020-01-01T00:00", sampai: "2020-01-02T00:00", orang: APPLICANT });
    expect((await breachReport(p, before.query)).rows).toEqual([]);
    const unknown = await breachReport(p, parseBreachParams({ orang: "tidak.ada@contoh.go.id" }).query);
    expect(unknown.errors).toEqual(["Tidak ada akun dengan email tidak.ada@contoh.go.id."]);
    // Bad values: a clear message, and the default window.
    expect(parseBreachParams({ dari: "kemarin", orang: "bukan-email" }).errors).toEqual([
      "Isi tanggal dan jam, misalnya 2026-12-01T08:00.",
      "Alamat email tidak valid.",
    ]);
    expect(parseBreachParams({ dari: "2026-12-03T00:00", sampai: "2026-12-01T00:00" }).errors[0]).toMatch(/sebelum waktu selesai/);

    expect(await loadBreachReportPage(p, agencyAdmin, {})).toBeNull();
    expect((await loadBreachReportPage(p, admin, { orang: APPLICANT }))?.rows.length).toBe(3);
  });
});

describe("NIP/NIK stay masked", () => {
  it("in every e-mail, notification, audit entry and export of the request", async () => {
    const p = fx.database.prisma;
    const { principal: staff } = await fx.who("admin.bulungan@loket.example");
    const mails = await p.mailMessage.findMany({ select: { text: true, html: true, subject: true } });
    expect(mails.length).toBeGreaterThan(0);
    for (const m of mails) expect(`${m.subject}${m.text}${m.html}`).not.toContain(NIP);
    for (const n of await p.notification.findMany({ select: { message: true } })) expect(n.message).not.toContain(NIP);
    for (const a of await p.auditEntry.findMany({ select: { before: true, after: true } })) expect(JSON.stringify(a)).not.toContain(NIP);
    expect(await auditCsv(p, requestId)).not.toContain(NIP);

    const detail = await getRequestForViewer(p, staff, requestId);
    expect(pdfText(await renderReceiptPdf(receiptData(detail!, "http://loket.test"))).replace(/\s/g, "")).not.toContain(NIP);
    expect(pdfText(await renderDispositionSheet(await dispositionSheetData(p, requestId))).replace(/\s/g, "")).not.toContain(NIP);

    const agency = chooseReportAgency(await deskAgencies(p, staff), "bulungan")!;
    const report = await reportForExport(p, agency, {});
    expect(slaReportCsv(report)).not.toContain(NIP);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await slaReportWorkbook(report)).buffer);
    book.eachSheet((sheet) => sheet.eachRow((row) => expect(JSON.stringify(row.values)).not.toContain(NIP)));
  });
});
