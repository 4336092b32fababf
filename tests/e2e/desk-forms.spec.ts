import { type Browser, expect, type Locator, type Page, test } from "@playwright/test";
import { APPLICANT_PASSWORD, fakePdf, openOnDesk, samplePdf, signIn, STAFF_PASSWORD, submitRequest } from "../support/e2e-session";

/**
 * Desk forms after the server refuses an input: what the officer typed, ticked and chose is still
 * there, each error sits next to its field (aria-invalid, aria-describedby) and a summary that
 * takes focus links to the fields by the labels the page shows.
 */

/** The field shows the error and is marked invalid. */
async function expectFieldError(field: Locator, message: RegExp) {
  await expect(field).toHaveAttribute("aria-invalid", "true");
  await expect(field).toHaveAccessibleDescription(message);
}

/** The error summary: focused, and each of its links leads to a field of this page. */
async function expectSummaryLinksTo(page: Page, fieldLabels: RegExp[]) {
  const summary = page.locator("[data-error-summary]");
  await expect(summary).toBeFocused();
  for (const label of fieldLabels) {
    const link = summary.getByRole("link", { name: label });
    await expect(link).toHaveCount(1);
    const target = (await link.getAttribute("href"))!.slice(1);
    await expect(page.locator(`[id="${target}"]`)).toHaveCount(1);
  }
}

function occurrences(text: string, part: string) {
  return text.split(part).length - 1;
}

test("returning for revision without a reason keeps the findings and names the field", async ({ browser }) => {
  test.setTimeout(120_000);
  const applicant = await signIn(browser, "bayu.pratama@bulungan.go.id", APPLICANT_PASSWORD);
  const { number } = await submitRequest(applicant, "/instansi/bulungan/hosting-subdomain-email", async (p) => {
    await p.getByLabel("Subdomain", { exact: true }).check();
    await p.getByLabel("Nama subdomain yang diminta").fill("forms-e2e");
  });
  const petugas = await signIn(browser, "petugas.bulungan@loket.example", STAFF_PASSWORD);
  await openOnDesk(petugas, number);

  await petugas.getByRole("radio", { name: "Perlu perbaikan" }).check();
  await petugas.getByLabel(/Alasan perbaikan Surat permohonan/).fill("Surat belum ditandatangani kepala dinas.");
  await petugas.getByRole("checkbox", { name: "Jabatan", exact: true }).check();
  await petugas.getByLabel("Alasan perbaikan Jabatan").fill("Jabatan tidak sesuai SK terakhir.");
  await petugas.getByRole("button", { name: "Kembalikan kepada pemohon" }).click();

  await expect(petugas.getByRole("radio", { name: "Perlu perbaikan" })).toBeChecked();
  await expect(petugas.getByLabel(/Alasan perbaikan Surat permohonan/)).toHaveValue("Surat belum ditandatangani kepala dinas.");
  await expect(petugas.getByRole("checkbox", { name: "Jabatan", exact: true })).toBeChecked();
  await expect(petugas.getByLabel("Alasan perbaikan Jabatan")).toHaveValue("Jabatan tidak sesuai SK terakhir.");
  await expect(petugas.getByRole("button", { name: "Kembalikan kepada pemohon" })).toBeVisible();
  const message = petugas.getByLabel(/Alasan pengembalian/);
  await expectFieldError(message, /Alasan pengembalian minimal 3 karakter/);
  await expectSummaryLinksTo(petugas, [/Alasan pengembalian/]);

  // The desk's own check (a document marked for revision needs its reason) lands next to that document.
  await petugas.getByLabel(/Alasan perbaikan Surat permohonan/).fill("");
  await message.fill("Mohon unggah surat yang sudah ditandatangani.");
  await petugas.getByRole("button", { name: "Kembalikan kepada pemohon" }).click();
  await expectFieldError(petugas.getByLabel(/Alasan perbaikan Surat permohonan/), /alasan/i);
  await expectSummaryLinksTo(petugas, [/Alasan perbaikan Surat permohonan/]);
  await expect(message).toHaveValue("Mohon unggah surat yang sudah ditandatangani.");
  await expect(message).not.toHaveAttribute("aria-invalid", "true");
  await expect(petugas.getByLabel("Alasan perbaikan Jabatan")).toHaveValue("Jabatan tidak sesuai SK terakhir.");

  await petugas.getByLabel(/Alasan perbaikan Surat permohonan/).fill("Surat belum ditandatangani kepala dinas.");
  await petugas.getByRole("button", { name: "Kembalikan kepada pemohon" }).click();
  await expect(petugas.getByText("Permohonan dikembalikan kepada pemohon untuk perbaikan.")).toBeVisible();
});

async function fileHaltimDataRequest(browser: Browser): Promise<string> {
  const applicant = await signIn(browser, "citra.lestari@haltimkab.go.id", APPLICANT_PASSWORD);
  const { number } = await submitRequest(applicant, "/instansi/halmahera-timur/pengelolaan-data", async (p) => {
    const scope = p.getByLabel("Data Sektoral");
    if (await scope.count()) await scope.check();
  });
  await applicant.context().close();
  return number;
}

test("accepting a 'sesuai kompleksitas' request without the target's reason keeps the assignee and target", async ({ browser }) => {
  test.setTimeout(120_000);
  const number = await fileHaltimDataRequest(browser);
  const petugas = await signIn(browser, "petugas.haltim@loket.example", STAFF_PASSWORD);
  await openOnDesk(petugas, number);
  const assignee = petugas.getByLabel("Teruskan kepada (tahap berikutnya)");
  const chosen = (await assignee.locator("option").nth(1).getAttribute("value"))!;
  await assignee.selectOption(chosen);
  await petugas.getByLabel("Target (hari kerja)").fill("7");
  await petugas.getByRole("button", { name: "Nyatakan lengkap dan teruskan" }).click();
  await expect(petugas.getByLabel("Target (hari kerja)")).toHaveValue("7");
  await expect(assignee).toHaveValue(chosen);
  await expectFieldError(petugas.getByLabel("Alasan target (sesuai kompleksitas)"), /Alasan wajib diisi/);
  await expectSummaryLinksTo(petugas, [/Alasan target/]);
  await petugas.getByLabel("Alasan target (sesuai kompleksitas)").fill("Data dihimpun dari tiga OPD.");
  await petugas.getByRole("button", { name: "Nyatakan lengkap dan teruskan" }).click();
  await expect(petugas.getByText("Berkas dinyatakan lengkap dan diteruskan.")).toBeVisible();
  await expect(petugas.getByText("7 hari kerja — Data dihimpun dari tiga OPD.")).toBeVisible();
});

test("a refused result upload shows its error once, a later upload clears it, and completing keeps the summary typed", async ({
  browser,
}) => {
  test.setTimeout(150_000);
  const number = await fileHaltimDataRequest(browser);
  const petugas = await signIn(browser, "petugas.haltim@loket.example", STAFF_PASSWORD);
  await openOnDesk(petugas, number);
  await petugas.getByLabel("Target (hari kerja)").fill("5");
  await petugas.getByLabel(/Alasan target/).fill("Data tersedia di satu OPD.");
  await petugas.getByRole("button", { name: "Nyatakan lengkap dan teruskan" }).click();
  await expect(petugas.getByText("Berkas dinyatakan lengkap dan diteruskan.")).toBeVisible();

  const teknis = await signIn(browser, "teknis.haltim@loket.example", STAFF_PASSWORD);
  await openOnDesk(teknis, number);
  const actions = teknis.getByRole("complementary", { name: "Tindakan" });
  const file = teknis.getByLabel(/Berkas hasil/);
  await file.setInputFiles(fakePdf("data-sektoral.pdf"));
  await teknis.getByRole("button", { name: "Unggah hasil" }).click();
  await expect(actions.getByText(/bukan PDF walaupun/).first()).toBeVisible();
  expect(occurrences(await actions.innerText(), "bukan PDF walaupun")).toBe(1);
  await expectFieldError(file, /bukan PDF walaupun namanya berakhiran \.pdf/);
  await file.setInputFiles(samplePdf("data-sektoral-2026.pdf"));
  await teknis.getByRole("button", { name: "Unggah hasil" }).click();
  await expect(teknis.getByText("Dokumen hasil tersimpan.")).toBeVisible();
  expect(occurrences(await actions.innerText(), "bukan PDF walaupun")).toBe(0);
  await expect(file).not.toHaveAttribute("aria-invalid", "true");
  await expect(teknis.getByRole("link", { name: "data-sektoral-2026.pdf" })).toBeVisible();

  await teknis.getByLabel("Ringkasan hasil").fill("ok");
  await teknis.getByRole("button", { name: "Selesaikan permohonan" }).click();
  await expect(teknis.getByLabel("Ringkasan hasil")).toHaveValue("ok");
  await expectFieldError(teknis.getByLabel("Ringkasan hasil"), /Ringkasan hasil minimal 3 karakter/);
  await teknis.getByLabel("Ringkasan hasil").fill("Data sektoral 2026 diserahkan dalam format PDF.");
  await teknis.getByRole("button", { name: "Selesaikan permohonan" }).click();
  await expect(teknis.locator("header").getByText("Selesai", { exact: true })).toBeVisible();
});

test("a disposition without an instruction and a too-short note keep every choice", async ({ browser }) => {
  test.setTimeout(120_000);
  const applicant = await signIn(browser, "dimas.saputra@babelprov.go.id", APPLICANT_PASSWORD);
  const { number } = await submitRequest(applicant, "/instansi/bangka-belitung/manajemen-data", async (p) => {
    await p.getByLabel("Perencanaan data").check();
  });
  const kadis = await signIn(browser, "kadis.babel@loket.example", STAFF_PASSWORD);
  await openOnDesk(kadis, number);

  await kadis.getByLabel("Sifat", { exact: true }).selectOption({ label: "Sangat segera" });
  await kadis.getByLabel("Catatan disposisi").fill("Mohon dibahas dalam rapat Senin.");
  await kadis.getByRole("button", { name: "Kirim disposisi" }).click();
  await expect(kadis.getByLabel("Sifat", { exact: true })).toHaveValue("SANGAT_SEGERA");
  await expect(kadis.getByLabel("Catatan disposisi")).toHaveValue("Mohon dibahas dalam rapat Senin.");
  await expectFieldError(kadis.getByRole("group", { name: "Dengan hormat harap" }), /Pilih sekurang-kurangnya satu instruksi/);
  await expectSummaryLinksTo(kadis, [/Dengan hormat harap/]);

  await kadis.getByRole("textbox", { name: "Catatan", exact: true }).fill("ok");
  await kadis.getByLabel("Tampilkan kepada pemohon").check();
  await kadis.getByRole("button", { name: "Simpan catatan" }).click();
  await expect(kadis.getByRole("textbox", { name: "Catatan", exact: true })).toHaveValue("ok");
  await expect(kadis.getByLabel("Tampilkan kepada pemohon")).toBeChecked();
  await expectFieldError(kadis.getByRole("textbox", { name: "Catatan", exact: true }), /Catatan minimal 3 karakter/);

  await kadis.getByLabel("Alasan penolakan").fill("no");
  await kadis.getByRole("button", { name: "Tolak permohonan" }).click();
  await expectFieldError(kadis.getByLabel("Alasan penolakan"), /Alasan penolakan minimal 3 karakter/);
  await expect(kadis.getByLabel("Alasan penolakan")).toHaveValue("no");

  await kadis.getByLabel("Proses lebih lanjut").check();
  await kadis.getByRole("button", { name: "Kirim disposisi" }).click();
  await expect(kadis.getByText("Disposisi terkirim.")).toBeVisible();
  await expect(kadis.getByText("Sangat segera · Proses lebih lanjut")).toBeVisible();
});

test("the Plh/Plt, calendar, role and password forms keep what was typed after an error", async ({ browser }) => {
  test.setTimeout(120_000);
  const kadis = await signIn(browser, "kadis.bulungan@loket.example", STAFF_PASSWORD);
  await kadis.goto("/meja/pengganti");
  await kadis.getByLabel("Jenis", { exact: true }).selectOption("PLT");
  await kadis.getByLabel("Mulai", { exact: true }).fill("2026-12-10T08:00");
  await kadis.getByLabel("Sampai", { exact: true }).fill("2026-12-09T08:00");
  await kadis.getByLabel(/^Alasan/).fill("Dinas luar ke Jakarta.");
  await kadis.getByRole("button", { name: "Tunjuk pengganti" }).click();
  await expect(kadis.getByLabel("Jenis", { exact: true })).toHaveValue("PLT");
  await expect(kadis.getByLabel("Mulai", { exact: true })).toHaveValue("2026-12-10T08:00");
  await expect(kadis.getByLabel(/^Alasan/)).toHaveValue("Dinas luar ke Jakarta.");
  await expectFieldError(kadis.getByLabel("Sampai", { exact: true }), /Tanggal selesai harus setelah tanggal mulai/);
  await expectSummaryLinksTo(kadis, [/Sampai/]);

  const admin = await signIn(browser, "admin.bulungan@loket.example", STAFF_PASSWORD);
  await admin.goto("/meja/kalender");
  await admin.getByLabel("Tanggal", { exact: true }).fill("2026-12-28");
  await admin.getByLabel("Nama hari libur").fill("HU");
  await admin.getByRole("button", { name: "Tambah hari libur" }).click();
  await expect(admin.getByLabel("Tanggal", { exact: true })).toHaveValue("2026-12-28");
  await expect(admin.getByLabel("Nama hari libur")).toHaveValue("HU");
  await expectFieldError(admin.getByLabel("Nama hari libur"), /Nama hari libur minimal 3 karakter/);

  await admin.goto("/admin/instansi");
  await admin.getByLabel("Email", { exact: true }).fill("operator.baru@bulungan.go.id");
  await admin.getByLabel("Peran", { exact: true }).selectOption({ label: "Kepala Bidang" });
  await admin.getByLabel("Jabatan (dicetak pada dokumen)").fill("Kepala Bidang Aplikasi Informatika");
  await admin.getByRole("button", { name: "Berikan peran" }).click();
  await expect(admin.getByLabel("Email", { exact: true })).toHaveValue("operator.baru@bulungan.go.id");
  await expect(admin.getByLabel("Peran", { exact: true })).toHaveValue("KEPALA_BIDANG");
  await expect(admin.getByLabel("Jabatan (dicetak pada dokumen)")).toHaveValue("Kepala Bidang Aplikasi Informatika");
  await expectFieldError(admin.getByLabel("Nama lengkap (akun baru)"), /Isi nama lengkap/);

  await admin.goto("/akun");
  await admin.getByLabel("Kata sandi baru").fill("Sandi-Baru-2026!");
  await admin.getByLabel("Ulangi kata sandi").fill("Sandi-Lain-2026!");
  await admin.getByRole("button", { name: "Simpan kata sandi" }).click();
  await expectFieldError(admin.getByLabel("Ulangi kata sandi"), /Kedua kata sandi tidak sama/);
  await expectSummaryLinksTo(admin, [/Ulangi kata sandi/]);
});
