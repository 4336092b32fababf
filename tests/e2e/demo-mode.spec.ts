import { expect, test } from "@playwright/test";

/** The end-to-end server runs the demo: every page says so, so that nobody mistakes it for the real portal. */
test("a permanent demo banner on public, applicant and staff pages", async ({ page }) => {
  for (const path of ["/", "/instansi/bulungan", "/lacak", "/masuk", "/kotak-surat"]) {
    await page.goto(path);
    const banner = page.getByRole("note", { name: "Pemberitahuan mode demo" });
    await expect(banner, path).toBeVisible();
    await expect(banner).toContainText("Mode demo.");
    await expect(banner).toContainText("Jangan masukkan data sungguhan.");
  }
});
