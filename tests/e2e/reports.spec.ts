import AxeBuilder from "@axe-core/playwright";
import ExcelJS from "exceljs";
import { expect, type Page, test } from "@playwright/test";
import { APPLICANT_PASSWORD, signIn, STAFF_PASSWORD, submitRequest } from "../support/e2e-session";

/**
 * Reports in a real browser: an applicant files a Bulungan request; the Kepala Dinas opens the
 * report, downloads the Excel workbook and cannot fetch another agency's; the public performance
 * page shows the aggregate without anything that points at the applicant.
 */
const ANI = { email: "ani.rahmawati@bulungan.go.id", name: "Ani Rahmawati", nip: "198609262015052001", opd: "Dinas Pendidikan" };

test.describe.configure({ mode: "serial" });

async function severeAxeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.impact} ${v.id}: ${v.help} → ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

let registrationNumber = "";

test("an applicant files a Bulungan request", async ({ browser }) => {
  test.setTimeout(90_000);
  const page = await signIn(browser, ANI.email, APPLICANT_PASSWORD);
  ({ number: registrationNumber } = await submitRequest(page, "/instansi/bulungan/hosting-subdomain-email", async (p) => {
    await p.getByLabel("Hosting", { exact: true }).check();
    await p.getByLabel("Nama subdomain yang diminta").fill("laporan-e2e");
  }));
  expect(registrationNumber).toMatch(/^BLG-\d{4}-\d+$/);
});

test("the Kepala Dinas of Bulungan opens the report and downloads the workbook", async ({ browser }) => {
  test.setTimeout(90_000);
  const page = await signIn(browser, "kadis.bulungan@loket.example", STAFF_PASSWORD);
  await page.goto("/meja");
  await page.getByRole("navigation", { name: "Meja layanan" }).getByRole("link", { name: "Laporan", exact: true }).click();
  await expect(page).toHaveURL("/meja/laporan");
  await expect(page.getByRole("heading", { level: 1, name: /^Laporan kinerja layanan/ })).toBeVisible();
  await expect(page.getByRole("img", { name: /^Kepatuhan SLA per bulan, Pengelolaan Sistem Informasi/ })).toBeVisible();
  // The request just filed is open at the verification stage.
  await expect(page.getByRole("cell", { name: "1. Verifikasi dan koordinasi dengan pemohon" })).toBeVisible();
  expect(await severeAxeViolations(page)).toEqual([]);

  const link = page.getByRole("link", { name: "Unduh Excel (.xlsx)" });
  const download = page.waitForEvent("download");
  await link.click();
  expect((await download).suggestedFilename()).toMatch(/^laporan-sla-bulungan-\d{4}\.xlsx$/);

  const response = await page.request.get((await link.getAttribute("href"))!);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("spreadsheetml");
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(new Uint8Array(await response.body()).buffer);
  expect(wb.worksheets.map((w) => w.name)).toEqual(["Kepatuhan SLA", "Permohonan terbuka", "Terlambat"]);

  const csv = await page.request.get((await page.getByRole("link", { name: "Unduh CSV" }).getAttribute("href"))!);
  expect(csv.status()).toBe(200);
  expect(csv.headers()["content-type"]).toContain("text/csv");

  // Another agency's report does not exist for her; bad parameters are explained.
  expect((await page.request.get("/api/meja/laporan/xlsx?instansi=bangka-belitung")).status()).toBe(404);
  expect((await page.request.get("/api/meja/laporan/xlsx?instansi=bulungan&tahun=abc")).status()).toBe(400);
  await page.goto("/meja/laporan?tahun=abc&bulan=13");
  await expect(page.locator("main").getByRole("alert")).toContainText("Tahun harus berupa empat angka, mis. 2026.");
  await expect(page.locator("main").getByRole("alert")).toContainText("Bulan harus berupa angka 1 sampai 12.");
});

test("signed out, the export answers 401", async ({ request }) => {
  expect((await request.get("/api/meja/laporan/xlsx?instansi=bulungan")).status()).toBe(401);
});

test("the public performance page of Bulungan shows aggregates and no personal data", async ({ page }) => {
  await page.goto("/instansi/bulungan");
  await page.getByRole("link", { name: "Kinerja layanan" }).click();
  await expect(page).toHaveURL("/instansi/bulungan/kinerja");
  await expect(page.getByRole("heading", { level: 1, name: /^Kinerja layanan/ })).toBeVisible();
  const row = page.getByRole("row", { name: /Pengelolaan Sistem Informasi/ });
  await expect(row).toBeVisible();
  expect(Number(await row.getByRole("cell").first().textContent())).toBeGreaterThanOrEqual(1);
  const text = (await page.locator("main").textContent()) ?? "";
  for (const personal of [ANI.name, ANI.email, ANI.nip, ANI.opd, "BLG-", registrationNumber || "BLG-"]) {
    expect(text, personal).not.toContain(personal);
  }
  expect(await severeAxeViolations(page)).toEqual([]);
});
