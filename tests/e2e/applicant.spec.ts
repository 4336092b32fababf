import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, type Page, test } from "@playwright/test";
import { acknowledgePrivacyNotice } from "../support/e2e-session";
import { pdfText } from "../support/pdf-text";

/**
 * The applicant's journey in a real browser: sign in through the e-mailed link (demo outbox),
 * submit a hosting/subdomain request to Bulungan with a PDF, download the receipt, find it under
 * "Permohonan saya", track it publicly; another applicant cannot see any of it.
 */
const ANI = "ani.rahmawati@bulungan.go.id";
const BAYU = { email: "bayu.pratama@bulungan.go.id", password: "Pemohon-Demo-2026" };
const SERVICE = "/instansi/bulungan/hosting-subdomain-email";

function samplePdf(): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "loket-pdf-")), "surat-permohonan-hosting.pdf");
  const body =
    "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n";
  fs.writeFileSync(file, body.padEnd(40_000, " "));
  return file;
}

async function signInWithLink(page: Page, email: string) {
  await page.getByLabel("Alamat email").first().fill(email);
  await page.getByRole("button", { name: "Kirim tautan masuk" }).click();
  await expect(page.getByRole("heading", { name: "Periksa email Anda" })).toBeVisible();
  await page.getByRole("main").getByRole("link", { name: "Kotak surat demo" }).click();
  const row = page.getByRole("row").filter({ hasText: email }).filter({ hasText: "Tautan masuk ke Loket" }).first();
  await row.getByRole("link", { name: "Tautan masuk ke Loket" }).click();
  const link = page.getByRole("link", { name: /\/api\/auth\/callback\/email/ });
  const href = await link.getAttribute("href");
  expect(href).toBeTruthy();
  await page.goto(href!);
}

test.describe.configure({ mode: "serial" });

test("an applicant signs in by e-mail link, submits a request with a PDF, gets a receipt and tracks it", async ({ page, context }) => {
  test.setTimeout(120_000);
  await page.goto(SERVICE);
  await page.getByRole("link", { name: "Ajukan permohonan" }).click();
  await page.getByRole("link", { name: "Masuk untuk mengajukan" }).click();
  await expect(page).toHaveURL(/\/masuk\?callbackUrl=/);
  await signInWithLink(page, ANI);

  // Back on the form, prefilled from the profile.
  await expect(page.getByRole("heading", { name: /Ajukan permohonan/ })).toBeVisible();
  await expect(page.getByLabel("Nama")).toHaveValue("Ani Rahmawati");
  await expect(page.getByLabel(/Nomor Pegawai/)).toHaveValue("198609262015052001");
  await expect(page.getByLabel("Dinas (Perangkat Daerah)")).toHaveValue(/.+/);

  // A first attempt with mistakes keeps what was typed and says what is wrong.
  await page.getByLabel("Hosting", { exact: true }).check();
  await page.getByLabel("Nama subdomain yang diminta").fill("PPDB_online");
  await page.getByLabel("Keterangan Permohonan Layanan").fill("Mohon hosting untuk aplikasi PPDB.");
  await page.getByRole("button", { name: "Kirim permohonan" }).click();
  const summary = page.getByRole("alert").filter({ hasText: "Permohonan belum dapat dikirim" });
  await expect(summary).toBeVisible();
  await expect(summary).toContainText("karakter tidak sah");
  await expect(summary).toContainText("Unggah Surat permohonan");
  await expect(page.getByLabel("Keterangan Permohonan Layanan")).toHaveValue("Mohon hosting untuk aplikasi PPDB.");

  await page.getByLabel("Nama subdomain yang diminta").fill("ppdb");
  await page.getByLabel(/^Nomor surat/).fill("005/31/Disdik/2026");
  await page.getByLabel(/^Tanggal surat/).fill(new Date(Date.now() - 86_400_000).toISOString().slice(0, 10));
  await page.getByLabel(/^Surat permohonan/).setInputFiles(samplePdf());
  await acknowledgePrivacyNotice(page);
  await page.getByRole("button", { name: "Kirim permohonan" }).click();

  await expect(page.getByText("Permohonan terkirim.")).toBeVisible({ timeout: 20_000 });
  const heading = await page.getByRole("heading", { level: 1 }).textContent();
  const number = heading!.trim();
  expect(number).toMatch(/^BLG-\d{4}-\d{6}$/);
  const code = (await page.getByRole("status").filter({ hasText: "kode lacak" }).textContent())!.match(
    /kode lacak ([A-Z0-9]{4}-[A-Z0-9]{4})/,
  )![1]!;
  await expect(page.locator("header").getByText("Diajukan", { exact: true })).toBeVisible();
  const requestUrl = page.url().replace(/\?.*$/, "");

  // The receipt is a real PDF with the right content.
  const downloadPromise = page.waitForEvent("download");
  await page.getByRole("link", { name: "Unduh tanda terima (PDF)" }).click();
  const download = await downloadPromise;
  const pdfPath = path.join(os.tmpdir(), `receipt-${Date.now()}.pdf`);
  await download.saveAs(pdfPath);
  const text = pdfText(pdfPath);
  expect(text).toContain("TANDA TERIMA PERMOHONAN LAYANAN");
  expect(text).toContain(number);
  expect(text).toContain(code);
  expect(text).toContain("Ani Rahmawati");
  expect(text).toContain("198609**********01");
  expect(text).not.toContain("198609262015052001");
  expect(text).toContain("Maksimal 2×24 jam");
  expect(text).toContain("surat-permohonan-hosting.pdf");

  // Listed under "Permohonan saya".
  await page.getByRole("link", { name: "Permohonan saya" }).first().click();
  await expect(page.getByRole("link", { name: number })).toBeVisible();

  // Public tracking with number and code shows status and timeline, no personal data.
  const anonymous = await context.browser()!.newContext();
  const publicPage = await anonymous.newPage();
  await publicPage.goto("/lacak");
  await publicPage.getByLabel("Nomor registrasi").fill(number);
  await publicPage.getByLabel("Kode lacak").fill(code.toLowerCase());
  await publicPage.getByRole("button", { name: "Lacak" }).click();
  await expect(publicPage.getByRole("heading", { name: number })).toBeVisible();
  await expect(publicPage.getByText("Permohonan diajukan")).toBeVisible();
  await expect(publicPage.locator("main")).not.toContainText("Ani Rahmawati");
  await expect(publicPage.locator("main")).not.toContainText("1986");
  await publicPage.goto(`/lacak?nomor=${number}&kode=ZZZZZZZZ`);
  await expect(publicPage.getByText("Tidak ada permohonan dengan nomor dan kode itu.")).toBeVisible();
  await anonymous.close();

  // Another applicant gets a 404 for the detail page, the receipt and the document.
  const documentHref = await page
    .goto(requestUrl)
    .then(() => page.getByRole("link", { name: "surat-permohonan-hosting.pdf" }).getAttribute("href"));
  const other = await context.browser()!.newContext();
  const otherPage = await other.newPage();
  await otherPage.goto("/masuk");
  await otherPage.getByLabel("Alamat email").nth(1).fill(BAYU.email);
  await otherPage.getByLabel("Kata sandi", { exact: true }).fill(BAYU.password);
  await otherPage.getByRole("button", { name: "Masuk", exact: true }).click();
  await expect(otherPage.getByRole("heading", { name: "Permohonan saya" })).toBeVisible();
  await expect(otherPage.getByRole("link", { name: number })).toHaveCount(0);
  const detail = await otherPage.goto(requestUrl.replace(/^https?:\/\/[^/]+/, ""));
  expect(detail!.status()).toBe(404);
  const doc = await otherPage.request.get(documentHref!);
  expect(doc.status()).toBe(404);
  const receipt = await otherPage.request.get(
    `${requestUrl.replace(/^https?:\/\/[^/]+/, "").replace("/permohonan/", "/api/permohonan/")}/tanda-terima`,
  );
  expect(receipt.status()).toBe(404);
  await other.close();

  // The owner can download the document, as an attachment.
  const own = await page.request.get(documentHref!);
  expect(own.status()).toBe(200);
  expect(own.headers()["content-disposition"]).toMatch(/^attachment;/);
  expect(own.headers()["x-content-type-options"]).toBe("nosniff");
});

test("the link form answers every address alike (staff get a notice, not a link), and wrong passwords get one generic message", async ({
  page,
}) => {
  // Staff, an applicant and an unknown address: the same answer, so the form reveals nobody.
  for (const email of ["kadis.bulungan@loket.example", "bayu.pratama@bulungan.go.id", "belum.terdaftar@bulungan.go.id"]) {
    await page.goto("/masuk");
    await page.getByLabel("Alamat email").first().fill(email);
    await page.getByRole("button", { name: "Kirim tautan masuk" }).click();
    await expect(page.getByRole("heading", { name: "Periksa email Anda" })).toBeVisible();
  }
  await expect(page.getByText("Akun petugas masuk dengan kata sandi")).toHaveCount(0);
  // The staff mailbox is told to use the password; it gets no link.
  await page.goto("/kotak-surat");
  const staffRow = page.getByRole("row").filter({ hasText: "kadis.bulungan@loket.example" });
  await expect(staffRow.filter({ hasText: "Permintaan tautan masuk ke Loket" })).toHaveCount(1);
  await expect(staffRow.filter({ hasText: /\bTautan masuk ke Loket/ })).toHaveCount(0);

  await page.goto("/masuk");
  await page.getByLabel("Alamat email").nth(1).fill("tidak.terdaftar@bulungan.go.id");
  await page.getByLabel("Kata sandi", { exact: true }).fill("salah-sekali");
  await page.getByRole("button", { name: "Masuk", exact: true }).click();
  await expect(page.getByText("Email atau kata sandi salah.")).toBeVisible();
});

// A fresh account, so that ending its sessions cannot sign out another journey running meanwhile.
test("a new applicant sets a password; changing it asks for the current one and signing out ends every session", async ({
  page,
  browser,
}) => {
  test.setTimeout(90_000);
  const email = "fajar.nugroho@haltimkab.go.id";
  const first = "Sandi-Pertama-2026";
  const second = "Sandi-Kedua-2026!";
  await page.goto("/masuk");
  await signInWithLink(page, email);
  await expect(page.getByRole("heading", { name: "Permohonan saya" })).toBeVisible();
  await page.getByRole("link", { name: "Akun" }).click();
  // No password yet: none to confirm.
  const newPassword = page.getByRole("textbox", { name: "Kata sandi", exact: true });
  await expect(page.getByLabel("Kata sandi saat ini")).toHaveCount(0);
  await newPassword.fill("pendek");
  await page.getByLabel("Ulangi kata sandi").fill("pendek");
  await page.getByRole("button", { name: "Simpan kata sandi" }).click();
  await expect(newPassword).toHaveAccessibleDescription(/Kata sandi minimal 10 karakter\./);
  await newPassword.fill(first);
  await page.getByLabel("Ulangi kata sandi").fill(first);
  await page.getByRole("button", { name: "Simpan kata sandi" }).click();
  await expect(page.getByText("Kata sandi tersimpan.")).toBeVisible();

  // A second device signs in with it.
  const phone = await (await browser.newContext()).newPage();
  await phone.goto("/masuk");
  await phone.getByLabel("Alamat email").nth(1).fill(email);
  await phone.getByLabel("Kata sandi", { exact: true }).fill(first);
  await phone.getByRole("button", { name: "Masuk", exact: true }).click();
  await expect(phone.getByRole("heading", { name: "Permohonan saya" })).toBeVisible();

  // Changing it asks for the current one…
  await page.goto("/akun");
  await page.getByLabel("Kata sandi saat ini").fill("bukan-sandinya");
  await page.getByLabel("Kata sandi baru").fill(second);
  await page.getByLabel("Ulangi kata sandi").fill(second);
  await page.getByRole("button", { name: "Simpan kata sandi" }).click();
  await expect(page.getByLabel("Kata sandi saat ini")).toHaveAccessibleDescription(/Kata sandi saat ini salah\./);
  await page.getByLabel("Kata sandi saat ini").fill(first);
  await page.getByLabel("Kata sandi baru").fill(second);
  await page.getByLabel("Ulangi kata sandi").fill(second);
  await page.getByRole("button", { name: "Simpan kata sandi" }).click();
  await expect(page.getByText("Kata sandi tersimpan.")).toBeVisible();
  // …and ends the other device's session; this one carries on.
  await phone.goto("/permohonan");
  await expect(phone).toHaveURL(/\/masuk/);
  await page.goto("/permohonan");
  await expect(page.getByRole("heading", { name: "Permohonan saya" })).toBeVisible();

  // Signing out on one device signs out every device.
  await phone.goto("/masuk");
  await phone.getByLabel("Alamat email").nth(1).fill(email);
  await phone.getByLabel("Kata sandi", { exact: true }).fill(second);
  await phone.getByRole("button", { name: "Masuk", exact: true }).click();
  await expect(phone.getByRole("heading", { name: "Permohonan saya" })).toBeVisible();
  await page.getByRole("button", { name: "Keluar" }).click();
  await expect(page.getByRole("link", { name: "Masuk" })).toBeVisible();
  await phone.goto("/permohonan");
  await expect(phone).toHaveURL(/\/masuk/);
  await phone.context().close();
});
