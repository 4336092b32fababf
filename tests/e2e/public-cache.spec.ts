import { expect, type Page, test } from "@playwright/test";
import { APPLICANT_PASSWORD, signIn, STAFF_PASSWORD } from "../support/e2e-session";

/**
 * Public pages come from the production server's page cache (lib/http/page-cache.mjs): the same page
 * for every visitor, sent without Next.js's scripts, with public caching headers and an ETag; they
 * work with JavaScript off; a signed-in visitor still sees their menu; a catalog change shows at
 * once on every server process. Personal pages stay private.
 */
const PUBLIC = [
  "/",
  "/?q=subdomain",
  "/instansi/bulungan",
  "/instansi/bulungan/hosting-subdomain-email",
  "/instansi/bulungan/kinerja",
  "/lacak",
];

test("public pages are cacheable by browsers and proxies, answer 304 to their ETag, and load no framework script", async ({ request }) => {
  for (const path of PUBLIC) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    const headers = response.headers();
    expect(headers["cache-control"], path).toBe("public, max-age=0, s-maxage=60, stale-while-revalidate=600");
    expect(headers.etag, path).toMatch(/^"[\w-]{20,}"$/);
    const html = await response.text();
    expect(html, path).not.toMatch(/\/_next\/static\/[^"]*\.js/);
    expect(
      [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]),
      path,
    ).toEqual(['<script src="/site.js" async="">']);
    const again = await request.get(path, { headers: { "if-none-match": headers.etag! } });
    expect(again.status(), path).toBe(304);
  }
  const missing = await request.get("/instansi/bulungan/tidak-ada");
  expect(missing.status()).toBe(404);
  expect(await missing.text()).toContain("Layanan “tidak-ada” tidak ada di katalog");
});

test("personal pages and lookups stay private", async ({ browser, request }) => {
  const lookup = await request.get("/lacak?nomor=X&kode=Y");
  expect(lookup.headers()["cache-control"]).toContain("no-store");
  const applicant = await signIn(browser, "ani.rahmawati@bulungan.go.id", APPLICANT_PASSWORD);
  for (const path of ["/permohonan", "/instansi/bulungan/hosting-subdomain-email/ajukan", "/akun"]) {
    const response = await applicant.goto(path);
    expect(response?.headers()["cache-control"], path).toContain("no-store");
    expect(response?.headers()["cache-control"], path).toContain("private");
  }
  await applicant.context().close();
});

test.describe("with JavaScript off", () => {
  test.use({ javaScriptEnabled: false });

  test("the catalog, search, an agency, a service and tracking all work", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await page.getByRole("searchbox").fill("subdomain");
    await page.getByRole("button", { name: "Cari" }).click();
    await expect(page).toHaveURL(/\?q=subdomain/);
    await expect(page.getByRole("status")).toContainText(/layanan/i);
    await page
      .getByRole("main")
      .getByRole("link", { name: /subdomain/i })
      .first()
      .click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText(/subdomain/i);
    await page.goto("/instansi/bulungan");
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Bulungan");
    await page.goto("/lacak");
    await page.getByLabel("Nomor registrasi").fill("BLG-2026-999999");
    await page.getByLabel("Kode lacak").fill("ABCD-EFGH");
    await page.getByRole("main").getByRole("button", { name: "Lacak" }).click();
    await expect(page).toHaveURL(/nomor=BLG-2026-999999/);
    await expect(page.getByRole("main")).toContainText("Tidak ada permohonan dengan nomor dan kode itu");
  });

  test("an unknown service answers a server-rendered 404 that suggests the agency's services", async ({ page }) => {
    const response = await page.goto("/instansi/bulungan/hostin");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Halaman tidak ditemukan" })).toBeVisible();
    await expect(
      page
        .getByRole("main")
        .getByRole("link", { name: /Hosting/i })
        .first(),
    ).toBeVisible();
  });
});

async function accountMenu(page: Page) {
  return page.getByRole("navigation", { name: "Navigasi utama" });
}

test("a signed-in visitor sees their menu on cached public pages and can sign out there", async ({ browser }) => {
  const applicant = await signIn(browser, "ani.rahmawati@bulungan.go.id", APPLICANT_PASSWORD);
  await applicant.goto("/instansi/bulungan");
  const nav = await accountMenu(applicant);
  await expect(nav.getByText("Masuk sebagai Ani Rahmawati")).toBeVisible();
  await expect(nav.getByRole("link", { name: "Permohonan saya" })).toBeVisible();
  await expect(nav.getByRole("link", { name: "Meja layanan" })).toHaveCount(0);
  await nav.getByRole("button", { name: "Keluar" }).click();
  await expect(applicant).toHaveURL(/\/$/);
  await expect((await accountMenu(applicant)).getByRole("link", { name: "Masuk" })).toBeVisible();
  await applicant.goto("/permohonan");
  await expect(applicant).toHaveURL(/\/masuk/);
  await applicant.context().close();

  const staff = await signIn(browser, "kabid.bulungan@loket.example", STAFF_PASSWORD);
  await staff.goto("/");
  await expect((await accountMenu(staff)).getByRole("link", { name: "Meja layanan" })).toBeVisible();
  await staff.context().close();
});

test("a change to an agency shows at once on its cached page, on every server process", async ({ browser, request }) => {
  test.setTimeout(90_000);
  const sundayOf = async () => {
    const html = await (await request.get("/instansi/halmahera-timur", { headers: { connection: "close" } })).text();
    return /<th scope="row"[^>]*>Minggu<\/th><td[^>]*>([^<]*)<\/td>/.exec(html)?.[1];
  };
  // Several fetches: with a PostgreSQL server the pages come from two processes, each with its cache.
  for (let i = 0; i < 6; i++) expect(await sundayOf()).toBe("Tutup");

  const admin = await signIn(browser, "admin.haltim@loket.example", STAFF_PASSWORD);
  const setSunday = async (value: string) => {
    await admin.goto("/meja/kalender");
    await admin.getByText("Ubah jam kerja").click();
    const form = admin.locator("form", { has: admin.getByRole("button", { name: "Simpan jam kerja" }) });
    await form.getByLabel("Minggu", { exact: true }).fill(value);
    await admin.getByRole("button", { name: "Simpan jam kerja" }).click();
    await expect(admin.getByText(/Jam kerja disimpan/)).toBeVisible();
  };
  try {
    await setSunday("08.00-09.30");
    for (let i = 0; i < 6; i++) await expect.poll(sundayOf, { timeout: 5_000 }).toBe("08.00–09.30 WIT");
  } finally {
    await setSunday("");
  }
  for (let i = 0; i < 6; i++) await expect.poll(sundayOf, { timeout: 5_000 }).toBe("Tutup");
  await admin.context().close();
});
