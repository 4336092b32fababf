import os from "node:os";
import path from "node:path";
import { expect, type Page, test } from "@playwright/test";
import { APPLICANT_PASSWORD, openOnDesk, samplePdf, signIn, STAFF_PASSWORD, submitRequest } from "../support/e2e-session";
import { pdfText } from "../support/pdf-text";

/**
 * The staff desk in a real browser with the demo accounts: Bangka Belitung's disposition chain
 * end to end, two officers racing on one step, and Bulungan's return-for-revision and rejection.
 */
async function dispose(page: Page, to: RegExp, instruction: string, note: string, urgency = "Biasa") {
  await page.getByLabel("Diteruskan kepada").selectOption({ label: (await optionLabel(page, "Diteruskan kepada", to))! });
  await page.getByLabel(instruction).check();
  await page.getByLabel("Sifat", { exact: true }).selectOption({ label: urgency });
  await page.getByLabel("Catatan disposisi").fill(note);
  await page.getByRole("button", { name: "Kirim disposisi" }).click();
  await expect(page.getByText("Disposisi terkirim.")).toBeVisible();
}

async function optionLabel(page: Page, select: string, match: RegExp) {
  const labels = await page.getByLabel(select).locator("option").allTextContents();
  return labels.find((l) => match.test(l));
}

test.describe.configure({ mode: "serial" });

test("a Manajemen Data request goes Kepala Dinas → Kepala Bidang → Sub Koordinator → petugas → completed", async ({ browser }) => {
  test.setTimeout(180_000);
  const applicant = await signIn(browser, "dimas.saputra@babelprov.go.id", APPLICANT_PASSWORD);
  const { number, url } = await submitRequest(applicant, "/instansi/bangka-belitung/manajemen-data", async (p) => {
    await p.getByLabel("Perencanaan data").check();
  });

  const kadis = await signIn(browser, "kadis.babel@loket.example", STAFF_PASSWORD);
  await kadis.goto("/meja");
  await expect(kadis.getByRole("link", { name: number, exact: true })).toBeVisible();
  await openOnDesk(kadis, number);
  await dispose(kadis, /Kepala Bidang/, "Proses lebih lanjut", "Mohon segera ditindaklanjuti sesuai SOP.", "Segera");

  const kabid = await signIn(browser, "kabid.babel@loket.example", STAFF_PASSWORD);
  await kabid.goto("/meja");
  await expect(kabid.getByRole("link", { name: number, exact: true })).toBeVisible();
  await openOnDesk(kabid, number);
  await dispose(kabid, /Sub Koordinator/, "Koordinasikan/konfirmasikan", "Koordinasikan dengan BPS Provinsi.");

  const subkoor = await signIn(browser, "subkoor.babel@loket.example", STAFF_PASSWORD);
  await openOnDesk(subkoor, number);
  await dispose(subkoor, /Petugas Service Desk/, "Untuk ditindaklanjuti", "Siapkan daftar data prioritas.");

  const petugas = await signIn(browser, "petugas.babel@loket.example", STAFF_PASSWORD);
  await openOnDesk(petugas, number);
  await petugas.getByLabel(/Berkas hasil/).setInputFiles(samplePdf("daftar-data-prioritas-2027.pdf"));
  await petugas.getByRole("button", { name: "Unggah hasil" }).click();
  await expect(petugas.getByText("Dokumen hasil tersimpan.")).toBeVisible();
  await petugas.getByLabel("Ringkasan hasil").fill("Daftar data prioritas 2027 telah disusun bersama BPS Provinsi.");
  await petugas.getByRole("button", { name: "Selesaikan permohonan" }).click();
  await expect(petugas.locator("header").getByText("Selesai", { exact: true })).toBeVisible();

  // The disposition sheet lists the three dispositions with their notes.
  const sheetPromise = petugas.waitForEvent("download");
  await petugas.getByRole("link", { name: "Lembar disposisi (PDF)" }).click();
  const sheetFile = path.join(os.tmpdir(), `sheet-${Date.now()}.pdf`);
  await (await sheetPromise).saveAs(sheetFile);
  const sheet = pdfText(sheetFile);
  expect(sheet).toContain("LEMBAR DISPOSISI");
  expect(sheet).toContain(number);
  for (const note of ["Mohon segera ditindaklanjuti sesuai SOP.", "Koordinasikan dengan BPS Provinsi.", "Siapkan daftar data prioritas."]) {
    expect(sheet.replace(/\s+/g, " ")).toContain(note);
  }

  // The applicant saw every step and gets the result and the completion letter.
  await applicant.goto(url);
  await expect(applicant.locator("header").getByText("Selesai", { exact: true })).toBeVisible();
  // The applicant reads where the request went; disposition instructions and notes stay internal.
  await expect(applicant.getByText(/^Diteruskan kepada /)).toHaveCount(3);
  await expect(applicant.getByText(/^Diteruskan kepada Sub Koordinator/)).toBeVisible();
  await expect(applicant.getByText(/Koordinasikan dengan BPS Provinsi/)).toHaveCount(0);
  await expect(applicant.getByText("Permohonan diajukan.", { exact: true })).toBeVisible();
  const letter = await applicant.request.get(`${url.replace("/permohonan/", "/api/permohonan/")}/surat-penyelesaian`);
  expect(letter.status()).toBe(200);
  const letterText = pdfText(await letter.body()).replace(/\s+/g, " ");
  expect(letterText).toContain(number);
  expect(letterText).toContain("Daftar data prioritas 2027 telah disusun");
  const resultLink = applicant.getByRole("link", { name: "daftar-data-prioritas-2027.pdf" });
  await expect(resultLink).toBeVisible();
  const result = await applicant.request.get((await resultLink.getAttribute("href"))!);
  expect(result.status()).toBe(200);
});

test("two officers dispose the same step at once: one succeeds, the other is told and nothing changes", async ({ browser }) => {
  test.setTimeout(120_000);
  const applicant = await signIn(browser, "dimas.saputra@babelprov.go.id", APPLICANT_PASSWORD);
  const { number } = await submitRequest(applicant, "/instansi/bangka-belitung/manajemen-data", async (p) => {
    await p.getByLabel("Pemeriksaan data").check();
  });
  const kadis = await signIn(browser, "kadis.babel@loket.example", STAFF_PASSWORD);
  const admin = await signIn(browser, "admin.babel@loket.example", STAFF_PASSWORD);
  await openOnDesk(kadis, number);
  await openOnDesk(admin, number);
  for (const page of [kadis, admin]) {
    await page.getByLabel("Proses lebih lanjut").check();
    await page.getByLabel("Catatan disposisi").fill(`Dari ${page === kadis ? "Kepala Dinas" : "Admin"}`);
  }
  await Promise.all([kadis, admin].map((p) => p.getByRole("button", { name: "Kirim disposisi" }).click()));
  const outcomes = await Promise.all(
    [kadis, admin].map(async (p) => {
      await expect(p.getByText(/Disposisi terkirim\.|sudah ditindaklanjuti oleh/)).toBeVisible();
      return (await p
        .getByText(/Disposisi terkirim\.|sudah ditindaklanjuti oleh/)
        .first()
        .textContent())!;
    }),
  );
  expect(outcomes.filter((o) => o.includes("Disposisi terkirim."))).toHaveLength(1);
  expect(outcomes.filter((o) => /sudah ditindaklanjuti oleh (Dr\. Ahmad Sopian|Indra Kurniawan)/.test(o))).toHaveLength(1);
  await kadis.reload();
  // Exactly one disposition entry exists (the loser changed nothing).
  await expect(kadis.getByText(/^“Dari (Kepala Dinas|Admin)”$/)).toHaveCount(1);
});

test("a request is returned for revision, fixed by the applicant, then rejected", async ({ browser }) => {
  test.setTimeout(120_000);
  const applicant = await signIn(browser, "bayu.pratama@bulungan.go.id", APPLICANT_PASSWORD);
  const { number, url } = await submitRequest(applicant, "/instansi/bulungan/hosting-subdomain-email", async (p) => {
    await p.getByLabel("Subdomain", { exact: true }).check();
    await p.getByLabel("Nama subdomain yang diminta").fill("dinkes-e2e");
  });
  const petugas = await signIn(browser, "petugas.bulungan@loket.example", STAFF_PASSWORD);
  await openOnDesk(petugas, number);
  await petugas.getByRole("radio", { name: "Perlu perbaikan" }).check();
  await petugas.getByLabel(/Alasan perbaikan Surat permohonan/).fill("Surat belum ditandatangani kepala dinas.");
  await petugas.getByLabel("Pesan kepada pemohon").fill("Mohon unggah surat yang sudah ditandatangani.");
  await petugas.getByRole("button", { name: "Kembalikan kepada pemohon" }).click();
  await expect(petugas.locator("header").getByText("Perlu perbaikan", { exact: true })).toBeVisible();

  await applicant.goto(url);
  await expect(applicant.getByText("Surat belum ditandatangani kepala dinas.").first()).toBeVisible();
  await applicant.getByRole("link", { name: "Perbaiki sekarang" }).click();
  await applicant.locator("input[type=file]").first().setInputFiles(samplePdf("surat-bertanda-tangan.pdf"));
  await applicant.getByRole("button", { name: "Kirim perbaikan" }).click();
  await expect(applicant.getByText("Perbaikan dikirim")).toBeVisible();
  await expect(applicant.getByRole("link", { name: "surat-bertanda-tangan.pdf" })).toBeVisible();

  await openOnDesk(petugas, number);
  await petugas.getByLabel("Alasan penolakan").fill("Subdomain dinkes-e2e sudah dipakai aplikasi lain.");
  await petugas.getByRole("button", { name: "Tolak permohonan" }).click();
  await expect(petugas.locator("header").getByText("Ditolak", { exact: true })).toBeVisible();
  await applicant.goto(url);
  await expect(applicant.locator("header").getByText("Ditolak", { exact: true })).toBeVisible();
  await expect(applicant.getByText("Subdomain dinkes-e2e sudah dipakai aplikasi lain.")).toBeVisible();
});

test("the due moment and time left agree between the applicant's and the officer's pages", async ({ browser }) => {
  test.setTimeout(120_000);
  const applicant = await signIn(browser, "ani.rahmawati@bulungan.go.id", APPLICANT_PASSWORD);
  const { number, url } = await submitRequest(applicant, "/instansi/bulungan/hosting-subdomain-email", async (p) => {
    await p.getByLabel("Hosting", { exact: true }).check();
    await p.getByLabel("Nama subdomain yang diminta").fill("sla-e2e");
  });
  const petugas = await signIn(browser, "petugas.bulungan@loket.example", STAFF_PASSWORD);
  await openOnDesk(petugas, number);
  await petugas.getByRole("button", { name: "Nyatakan lengkap dan teruskan" }).click();
  await expect(petugas.getByText("Berkas dinyatakan lengkap dan diteruskan.")).toBeVisible();
  const officerDue = (await petugas.getByTestId("sla-due").textContent())!;
  expect(officerDue).toMatch(/WITA$/);
  await expect(petugas.getByTestId("sla-left")).toContainText(/Sisa waktu: 1 hari 23 jam|Sisa waktu: 2 hari/);
  await applicant.goto(url);
  await expect(applicant.getByTestId("sla-due")).toHaveText(officerDue);
  await expect(applicant.getByTestId("sla-left")).toContainText(/Sisa waktu: 1 hari 23 jam|Sisa waktu: 2 hari/);
  await expect(applicant.locator("[data-sla-state]")).toHaveText("Tepat waktu");
});
