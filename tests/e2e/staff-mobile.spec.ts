import { expect, type Locator, type Page, test } from "@playwright/test";
import { APPLICANT_PASSWORD, signIn, STAFF_PASSWORD, submitRequest } from "../support/e2e-session";

/**
 * The staff desk on a 360 px phone: no page scrolls sideways, tables turn into stacked rows whose
 * every value stays on screen, and a Kepala Dinas disposes a request from the phone.
 */
const PHONE = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };

async function expectFitsPhone(page: Page) {
  await expect(page.locator("h1").first()).toBeVisible();
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width, `${new URL(page.url()).pathname} is ${width} px wide`).toBeLessThanOrEqual(360);
}

/** Every cell of the row is shown (no column hidden away) and lies within the screen. */
async function expectRowOnScreen(row: Locator) {
  const cells = row.getByRole("cell");
  const count = await cells.count();
  expect(count).toBeGreaterThan(1);
  for (let i = 0; i < count; i++) {
    const cell = cells.nth(i);
    await expect(cell).toBeVisible();
    const box = (await cell.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(360);
  }
}

test.describe.configure({ mode: "serial" });

let number = "";

test("a Kepala Dinas works the desk and disposes a request on a 360 px phone", async ({ browser }) => {
  test.setTimeout(150_000);
  const applicant = await signIn(browser, "dimas.saputra@babelprov.go.id", APPLICANT_PASSWORD);
  ({ number } = await submitRequest(applicant, "/instansi/bangka-belitung/manajemen-data", async (p) => {
    await p.getByLabel("Perencanaan data").check();
  }));

  const kadis = await signIn(browser, "kadis.babel@loket.example", STAFF_PASSWORD, PHONE);
  await kadis.goto("/meja");
  await expectFitsPhone(kadis);
  await expectRowOnScreen(kadis.getByRole("row").filter({ hasText: number }));

  await kadis.goto(`/meja/antrian?q=${number}`);
  await expectFitsPhone(kadis);
  const row = kadis.getByRole("row").filter({ hasText: number });
  await expectRowOnScreen(row);
  await expect(row).toContainText("Dimas");
  await expect(row).toContainText("Manajemen Data");

  await row.getByRole("link", { name: number, exact: true }).tap();
  await expect(kadis.getByRole("heading", { name: number })).toBeVisible();
  await expectFitsPhone(kadis);

  const to = kadis.getByLabel("Diteruskan kepada");
  const kabid = (await to.locator("option").allTextContents()).find((l) => /Kepala Bidang/.test(l))!;
  await to.selectOption({ label: kabid });
  await kadis.getByLabel("Proses lebih lanjut").tap();
  await kadis.getByLabel("Catatan disposisi").fill("Ditindaklanjuti dari ponsel.");
  await kadis.getByRole("button", { name: "Kirim disposisi" }).tap();
  await expect(kadis.getByText("Disposisi terkirim.")).toBeVisible();
  await expectFitsPhone(kadis);
  // The audit trail now holds the disposition: its rows read as cards too.
  await expectRowOnScreen(kadis.getByRole("region", { name: "Jejak audit" }).getByRole("row").nth(1));

  for (const path of ["/meja/alur", "/meja/pengganti", "/meja/kalender", "/meja/laporan"]) {
    await kadis.goto(path);
    await expectFitsPhone(kadis);
  }
  await expectRowOnScreen(kadis.getByRole("table").first().getByRole("row").nth(1));
});

test("an agency admin's pages fit a 360 px phone", async ({ browser }) => {
  test.setTimeout(90_000);
  const admin = await signIn(browser, "admin.babel@loket.example", STAFF_PASSWORD, PHONE);
  for (const path of ["/meja", "/meja/antrian", "/meja/alur", "/meja/pengganti", "/meja/kalender", "/meja/laporan", "/admin/instansi"]) {
    await admin.goto(path);
    await expectFitsPhone(admin);
  }
  // The members' table: each person's row is readable without scrolling sideways.
  await expectRowOnScreen(admin.getByRole("row").filter({ hasText: "kadis.babel@loket.example" }));
  await admin.goto("/meja/kalender");
  await expectRowOnScreen(admin.getByRole("table", { name: "Hari libur" }).getByRole("row").nth(1));
  await admin.goto(`/meja/antrian?q=${number}`);
  await admin.getByRole("link", { name: number, exact: true }).tap();
  await expect(admin.getByRole("heading", { name: number })).toBeVisible();
  await expectFitsPhone(admin);
});
