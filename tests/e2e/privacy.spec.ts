import fs from "node:fs";
import JSZip from "jszip";
import { expect, type Page, test } from "@playwright/test";
import { acknowledgePrivacyNotice, openOnDesk, samplePdf, signIn, STAFF_PASSWORD } from "../support/e2e-session";

/**
 * Personal data in a real browser: a new applicant reads the privacy notice, cannot submit without
 * acknowledging it, downloads "Data saya" (the ZIP's JSON and document checked), deletes the
 * account (refused while a request is in progress) and cannot sign in afterwards; the agency admin
 * sets the retention years. The retention job itself runs with the clock set forward in
 * tests/db/retention.test.ts.
 */
const EMAIL = "eka.privasi@bulungan.go.id";
const PASSWORD = "Privasi-Uji-2026";
const SERVICE = "/instansi/bulungan/hosting-subdomain-email";

async function signInWithLink(page: Page, email: string) {
  await page.goto("/masuk");
  await page.getByLabel("Alamat email").first().fill(email);
  await page.getByRole("button", { name: "Kirim tautan masuk" }).click();
  await expect(page.getByRole("heading", { name: "Periksa email Anda" })).toBeVisible();
  await page.getByRole("main").getByRole("link", { name: "Kotak surat demo" }).click();
  const row = page.getByRole("row").filter({ hasText: email }).filter({ hasText: "Tautan masuk ke Loket" }).first();
  await row.getByRole("link", { name: "Tautan masuk ke Loket" }).click();
  const href = await page.getByRole("link", { name: /\/api\/auth\/callback\/email/ }).getAttribute("href");
  await page.goto(href!);
  await expect(page.getByRole("button", { name: "Keluar" })).toBeVisible();
}

test("privacy notice, Data saya export and account deletion", async ({ page, browser }) => {
  test.setTimeout(180_000);
  // The notice is public and linked from the sign-in page and the footer.
  await page.goto("/masuk");
  await page.getByRole("link", { name: "Baca Pemberitahuan Privasi" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Pemberitahuan Privasi" })).toBeVisible();
  await expect(page.getByText(/^Versi \S+, berlaku sejak \d{4}-\d{2}-\d{2}\.$/)).toBeVisible();
  await expect(page.getByRole("heading", { name: "Berapa lama disimpan" })).toBeVisible();
  await expect(page.locator("footer").getByRole("link", { name: "Pemberitahuan Privasi" })).toHaveAttribute("href", "/privasi");

  await signInWithLink(page, EMAIL);
  await page.goto(`${SERVICE}/ajukan`);
  await expect(page.getByRole("link", { name: "Baca Pemberitahuan Privasi" })).toHaveAttribute("href", "/privasi");
  await page.getByLabel("Nama").fill("Eka Privasi");
  await page.getByLabel("Jenis nomor").selectOption("NIP");
  await page
    .getByLabel(/Nomor Pegawai|NIP/)
    .first()
    .fill("198609262015052001");
  await page.getByLabel("Dinas (Perangkat Daerah)").selectOption({ label: "Dinas Pendidikan" });
  await page.getByLabel("Jabatan").fill("Pranata Komputer");
  await page.getByLabel("Hosting", { exact: true }).check();
  await page.getByLabel("Nama subdomain yang diminta").fill("privasi-e2e");
  await page.getByLabel(/^Nomor surat/).fill("005/77/Disdik/2026");
  await page.getByLabel(/^Tanggal surat/).fill(new Date(Date.now() - 86_400_000).toISOString().slice(0, 10));
  await page.getByLabel("Keterangan Permohonan Layanan").fill("Mohon hosting untuk uji pelindungan data pribadi.");
  const pdf = samplePdf("surat-permohonan-privasi.pdf");
  await page.getByLabel(/^Surat permohonan/).setInputFiles(pdf);

  // Without the acknowledgement the form says what is missing and nothing is sent.
  await page.getByRole("button", { name: "Kirim permohonan" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Permohonan belum dapat dikirim" })).toContainText(
    "Centang pernyataan bahwa Anda telah membaca Pemberitahuan Privasi",
  );
  await acknowledgePrivacyNotice(page);
  await page.getByRole("button", { name: "Kirim permohonan" }).click();
  await expect(page.getByText("Permohonan terkirim.")).toBeVisible({ timeout: 20_000 });
  const number = (await page.getByRole("heading", { level: 1 }).textContent())!.trim();

  // A password, to prove later that the deleted account cannot sign in with it.
  await page.goto("/akun");
  await page.getByRole("textbox", { name: "Kata sandi", exact: true }).fill(PASSWORD);
  await page.getByLabel("Ulangi kata sandi").fill(PASSWORD);
  await page.getByRole("button", { name: "Simpan kata sandi" }).click();
  await expect(page.getByText("Kata sandi tersimpan.")).toBeVisible();

  // Data saya: one ZIP with the JSON and the uploaded document.
  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Unduh data saya (ZIP)" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^data-saya-\d{4}-\d{2}-\d{2}\.zip$/);
  const zip = await JSZip.loadAsync(fs.readFileSync((await download.path())!));
  const data = JSON.parse(await zip.file("data-saya.json")!.async("string"));
  expect(data.akun.email).toBe(EMAIL);
  expect(data.profil).toMatchObject({ nomor: "198609262015052001", jabatan: "Pranata Komputer", dinas: "Dinas Pendidikan" });
  expect(data.permohonan).toHaveLength(1);
  const request = data.permohonan[0];
  expect(request).toMatchObject({ nomorRegistrasi: number, statusLabel: "Diajukan", isianLayanan: { subdomain: "privasi-e2e" } });
  expect(request.pemberitahuanPrivasiDisetujui.versi).toMatch(/\S+/);
  expect(request.riwayat[0].jenis).toBe("SUBMITTED");
  const file = await zip.file(request.dokumen[0].berkas)!.async("nodebuffer");
  expect(file.equals(fs.readFileSync(pdf))).toBe(true);

  // Deletion is refused while the request is in progress.
  await page.getByLabel("Alasan penghapusan").selectOption({ label: "Tidak ingin data pribadi disimpan" });
  await page.getByLabel(/Ketik HAPUS AKUN SAYA/).fill("HAPUS AKUN SAYA");
  await page.getByRole("button", { name: "Hapus akun saya" }).click();
  await expect(page.getByRole("form", { name: "Hapus akun" }).getByRole("alert")).toContainText(
    `masih memiliki 1 permohonan yang sedang berjalan (${number})`,
  );

  // The desk closes it (rejected); then the deletion goes through and the session ends.
  const petugas = await signIn(browser, "petugas.bulungan@loket.example", STAFF_PASSWORD);
  await openOnDesk(petugas, number);
  await petugas.getByLabel("Alasan penolakan").fill("Subdomain sudah dipakai aplikasi lain.");
  await petugas.getByRole("button", { name: "Tolak permohonan" }).click();
  await expect(petugas.locator("header").getByText("Ditolak", { exact: true })).toBeVisible();

  await page.reload();
  await page.getByLabel("Alasan penghapusan").selectOption({ label: "Tidak ingin data pribadi disimpan" });
  await page.getByLabel(/Ketik HAPUS AKUN SAYA/).fill("HAPUS AKUN SAYA");
  await page.getByRole("button", { name: "Hapus akun saya" }).click();
  await expect(page).toHaveURL(/\/\?akun=dihapus$/, { timeout: 20_000 });
  await expect(page.getByRole("link", { name: "Masuk" })).toBeVisible();

  // Cannot sign in with the old password, and the old session's pages are closed.
  await page.goto("/masuk");
  await page.getByLabel("Alamat email").nth(1).fill(EMAIL);
  await page.getByLabel("Kata sandi", { exact: true }).fill(PASSWORD);
  await page.getByRole("button", { name: "Masuk", exact: true }).click();
  await expect(page.getByText("Email atau kata sandi salah.")).toBeVisible();
  await page.goto("/akun");
  await expect(page).toHaveURL(/\/masuk\?callbackUrl=/);

  // The desk still has the request (inside Bulungan's retention) but no longer the person's address.
  await openOnDesk(petugas, number);
  await expect(petugas.getByText(EMAIL)).toHaveCount(0);
});

test("the agency admin sets the retention years of personal data", async ({ browser }) => {
  const admin = await signIn(browser, "admin.bulungan@loket.example", STAFF_PASSWORD);
  await admin.goto("/admin/instansi");
  const form = admin.getByRole("form", { name: /Masa retensi data pribadi di .*Bulungan/ });
  await expect(form.getByLabel(/Masa retensi/)).toHaveValue("5");
  await form.getByLabel(/Masa retensi/).fill("0");
  await form.getByRole("button", { name: "Simpan masa retensi" }).click();
  await expect(form.getByText("Masa retensi paling sedikit 1 tahun.").first()).toBeVisible();
  await form.getByLabel(/Masa retensi/).fill("8");
  await form.getByRole("button", { name: "Simpan masa retensi" }).click();
  await expect(form.getByText("Masa retensi tersimpan.")).toBeVisible();
  await admin.reload();
  await expect(admin.getByRole("form", { name: /Masa retensi data pribadi di .*Bulungan/ }).getByLabel(/Masa retensi/)).toHaveValue("8");
});
