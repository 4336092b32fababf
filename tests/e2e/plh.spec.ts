import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { pdfText } from "../support/pdf-text";
import { APPLICANT_PASSWORD, openOnDesk, signIn, STAFF_PASSWORD, submitRequest } from "../support/e2e-session";

/**
 * A Kepala Bidang appointed Plh for the Kepala Dinas finds the request waiting at the Kadis stage
 * in "Perlu tindakan saya", disposes it, and the lembar disposisi reads as a Plh signature:
 * "Plh. Kepala Dinas …" with her own name, no "a.n." after it.
 */
const localInput = (hoursFromNow: number) => new Date(Date.now() + (hoursFromNow + 7) * 3_600_000).toISOString().slice(0, 16);

test("a Plh for the Kepala Dinas finds the waiting request, disposes it, and signs the lembar disposisi as Plh", async ({ browser }) => {
  test.setTimeout(180_000);
  const applicant = await signIn(browser, "dimas.saputra@babelprov.go.id", APPLICANT_PASSWORD);
  const { number } = await submitRequest(applicant, "/instansi/bangka-belitung/manajemen-data", async (p) => {
    await p.getByLabel("Perencanaan data").check();
    await p.getByLabel(/Nomor surat/).fill("005/118/DINKES/2026");
    await p.getByLabel(/Tanggal surat/).fill("2026-11-30");
  });

  // Before the appointment the Kabid has nothing waiting at the Kadis stage.
  const kabid = await signIn(browser, "kabid.babel@loket.example", STAFF_PASSWORD);
  await kabid.goto("/meja");
  await expect(kabid.getByRole("link", { name: number, exact: true })).toHaveCount(0);

  // The Kadis, going on official travel, names the Kabid as Plh.
  const kadis = await signIn(browser, "kadis.babel@loket.example", STAFF_PASSWORD);
  await kadis.goto("/meja/pengganti");
  const form = kadis.getByRole("form", { name: /Tunjuk pengganti/ });
  await form.getByLabel("Pengganti", { exact: true }).selectOption({
    label: (await form.getByLabel("Pengganti", { exact: true }).locator("option").allTextContents()).find((l) => /Kepala Bidang/.test(l))!,
  });
  await form.getByLabel("Jenis").selectOption("PLH");
  await form.getByLabel("Mulai").fill(localInput(-1));
  await form.getByLabel("Sampai").fill(localInput(48));
  await form.getByLabel("Alasan").fill("Perjalanan dinas ke Jakarta");
  await form.getByRole("button", { name: "Tunjuk pengganti" }).click();
  await expect(kadis.getByText("Pengganti ditunjuk.")).toBeVisible();

  await kabid.goto("/meja");
  await expect(kabid.getByRole("link", { name: number, exact: true })).toBeVisible();
  await openOnDesk(kabid, number);
  await expect(kabid.getByText(/Anda bertindak sebagai Plh\./)).toBeVisible();
  const to = kabid.getByLabel("Diteruskan kepada");
  await to.selectOption({ label: (await to.locator("option").allTextContents()).find((l) => /Kepala Bidang/.test(l))! });
  await kabid.getByLabel("Proses lebih lanjut").check();
  await kabid.getByLabel("Catatan disposisi").fill("Koordinasikan dengan BPS Provinsi.");
  await kabid.getByRole("button", { name: "Kirim disposisi" }).click();
  await expect(kabid.getByText("Disposisi terkirim.")).toBeVisible();

  const download = kabid.waitForEvent("download");
  await kabid.getByRole("link", { name: "Lembar disposisi (PDF)" }).click();
  const file = path.join(os.tmpdir(), `plh-sheet-${Date.now()}.pdf`);
  await (await download).saveAs(file);
  const sheet = pdfText(file).replace(/\s+/g, " ");
  expect(sheet).toContain("Plh. Kepala Dinas");
  expect(sheet).toContain("Rina Oktaviani");
  expect(sheet).not.toMatch(/a\.n\./);
  expect(sheet).toContain("005/118/DINKES/2026");

  // The applicant reads where it went, not the internal note.
  await applicant.reload();
  await expect(applicant.getByText("Koordinasikan dengan BPS Provinsi.")).toHaveCount(0);
});
