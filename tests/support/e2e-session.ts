import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { type Browser, type BrowserContextOptions, expect, type Page } from "@playwright/test";

/** Steps the end-to-end journeys share: signing in with a demo account, filing a request, opening it on the desk. */
export const STAFF_PASSWORD = "Demo-Loket-2026";
export const APPLICANT_PASSWORD = "Pemohon-Demo-2026";

export function samplePdf(name: string): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "loket-e2e-")), name);
  fs.writeFileSync(file, "%PDF-1.4\n%%EOF\n".padEnd(20_000, " "));
  return file;
}

/** A file whose name says PDF but whose bytes do not: the server must refuse it. */
export function fakePdf(name: string): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "loket-e2e-")), name);
  fs.writeFileSync(file, "Ini bukan PDF, hanya teks biasa.\n".repeat(50));
  return file;
}

export async function signIn(browser: Browser, email: string, password: string, options: BrowserContextOptions = {}): Promise<Page> {
  const page = await (await browser.newContext(options)).newPage();
  await page.goto("/masuk");
  await page.getByLabel("Alamat email").nth(1).fill(email);
  await page.getByLabel("Kata sandi", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Masuk", exact: true }).click();
  await expect(page.getByRole("button", { name: "Keluar" })).toBeVisible();
  return page;
}

export async function submitRequest(
  page: Page,
  servicePath: string,
  fill: (page: Page) => Promise<void>,
): Promise<{ number: string; url: string }> {
  await page.goto(`${servicePath}/ajukan`);
  await fill(page);
  // Services whose standard requires a surat permohonan ask for its number and date.
  const letterNumber = page.getByLabel(/^Nomor surat/);
  if ((await letterNumber.count()) > 0 && !(await letterNumber.inputValue())) {
    await letterNumber.fill("005/118/UJI/2026");
    await page.getByLabel(/^Tanggal surat/).fill(new Date(Date.now() - 86_400_000).toISOString().slice(0, 10));
  }
  await page.getByLabel("Keterangan Permohonan Layanan").fill("Permohonan untuk pengujian alur meja layanan.");
  await page
    .getByLabel(/^Surat (permohonan|permintaan)/i)
    .first()
    .setInputFiles(samplePdf("surat-permohonan.pdf"));
  await acknowledgePrivacyNotice(page);
  await page.getByRole("button", { name: "Kirim permohonan" }).click();
  await expect(page.getByText("Permohonan terkirim.")).toBeVisible({ timeout: 20_000 });
  const number = (await page.getByRole("heading", { level: 1 }).textContent())!.trim();
  return { number, url: page.url().replace(/\?.*$/, "") };
}

/** Ticks the request form's privacy notice checkbox (the server refuses a submission without it). */
export async function acknowledgePrivacyNotice(page: Page) {
  await page.getByLabel(/Saya telah membaca Pemberitahuan Privasi/).check();
}

export async function openOnDesk(page: Page, number: string) {
  await page.goto(`/meja/antrian?q=${number}`);
  await page.getByRole("link", { name: number, exact: true }).click();
  await expect(page.getByRole("heading", { name: number })).toBeVisible();
}
