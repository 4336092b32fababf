import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";

/**
 * What a citizen does with the public catalog, asserted on what they see. The expected texts are
 * copied from the agencies' published standards (prisma/seed/agencies), not from the app's code, so
 * a page that stops showing the official wording fails here.
 */

const AGENCIES = [
  { slug: "halmahera-timur", name: "Dinas Komunikasi dan Informatika Kabupaten Halmahera Timur" },
  { slug: "bulungan", name: "Dinas Komunikasi dan Informatika Kabupaten Bulungan" },
  { slug: "bangka-belitung", name: "Dinas Komunikasi dan Informatika Provinsi Kepulauan Bangka Belitung" },
  { slug: "purbalingga", name: "Dinas Komunikasi dan Informatika Kabupaten Purbalingga" },
] as const;

const SERVICES = [
  { path: "/instansi/halmahera-timur/pengelolaan-data", name: "Layanan Pengelolaan Data" },
  { path: "/instansi/halmahera-timur/integrasi-sistem", name: "Layanan Integrasi Sistem" },
  {
    path: "/instansi/bulungan/hosting-subdomain-email",
    name: "Pengelolaan Sistem Informasi (Hosting, Subdomain dan Email)",
  },
  { path: "/instansi/bangka-belitung/manajemen-data", name: "Layanan Manajemen Data" },
  { path: "/instansi/purbalingga/data-cloud", name: "Layanan Data Cloud" },
] as const;

/** The 14 components of PermenPANRB 15/2014, numbered as on every service page. */
const COMPONENTS = [
  "Persyaratan",
  "Sistem, mekanisme, dan prosedur",
  "Jangka waktu pelayanan",
  "Biaya/tarif",
  "Produk pelayanan",
  "Penanganan pengaduan, saran, dan masukan",
  "Dasar hukum",
  "Sarana, prasarana, dan/atau fasilitas",
  "Kompetensi pelaksana",
  "Pengawasan internal",
  "Jumlah pelaksana",
  "Jaminan pelayanan",
  "Jaminan keamanan dan keselamatan pelayanan",
  "Evaluasi kinerja pelaksana",
] as const;

const NOT_STATED = "Tidak dinyatakan oleh instansi.";

/** One of the 14 standard components on a service page: its heading and what follows it. */
function component(page: Page, name: (typeof COMPONENTS)[number]) {
  const number = COMPONENTS.indexOf(name) + 1;
  return page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: `${number}. ${name}`, exact: true }) });
}

/** A titled section of a catalog page (a region named by its heading). */
function section(page: Page, title: string) {
  return page.getByRole("region", { name: title, exact: true });
}

test.describe("home", () => {
  test("lists the four agencies and the five services", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1, name: "Katalog Layanan TI Pemerintah Daerah" })).toBeVisible();
    for (const agency of AGENCIES) {
      await expect(page.getByRole("link", { name: agency.name, exact: true })).toBeVisible();
    }
    for (const service of SERVICES) {
      const link = page.getByRole("link", { name: service.name, exact: true });
      await expect(link).toBeVisible();
      await expect(link).toHaveAttribute("href", service.path);
    }
  });

  for (const agency of AGENCIES) {
    test(`agency link opens ${agency.slug}`, async ({ page }) => {
      await page.goto("/");
      await page.getByRole("link", { name: agency.name, exact: true }).click();
      await expect(page).toHaveURL(`/instansi/${agency.slug}`);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(agency.name);
      await expect(section(page, "Layanan")).toBeVisible();
    });
  }
});

test.describe("search", () => {
  test("?q=subdomain finds the Bulungan hosting service", async ({ page }) => {
    await page.goto("/?q=subdomain");
    await expect(page.getByRole("heading", { name: "Hasil pencarian untuk “subdomain”" })).toBeVisible();
    await expect(page.getByRole("status")).toHaveText("1 layanan ditemukan");
    const results = section(page, "Hasil pencarian untuk “subdomain”");
    const hit = results.getByRole("link", { name: "Pengelolaan Sistem Informasi (Hosting, Subdomain dan Email)" });
    await expect(hit).toBeVisible();
    await expect(results.getByText("Dinas Komunikasi dan Informatika Kabupaten Bulungan")).toBeVisible();
    await hit.click();
    await expect(page).toHaveURL("/instansi/bulungan/hosting-subdomain-email");
  });

  test("?q=zzzz says nothing matched", async ({ page }) => {
    await page.goto("/?q=zzzz");
    await expect(page.getByRole("status")).toHaveText(
      "Tidak ada layanan yang cocok dengan “zzzz”. Coba kata lain, misalnya nama layanan atau instansi.",
    );
    await expect(page.getByRole("link", { name: "Tampilkan semua layanan" })).toBeVisible();
  });

  test("typing in the search form and submitting shows results", async ({ page }) => {
    await page.goto("/");
    const search = page.getByRole("search");
    await search.getByRole("searchbox", { name: "Cari layanan" }).fill("cloud");
    await search.getByRole("button", { name: "Cari" }).click();
    await expect(page).toHaveURL("/?q=cloud");
    await expect(page.getByRole("status")).toHaveText("1 layanan ditemukan");
    await expect(page.getByRole("link", { name: "Layanan Data Cloud" })).toBeVisible();
    // The box keeps what was searched, and clearing the search lists the catalog again.
    await expect(page.getByRole("searchbox", { name: "Cari layanan" })).toHaveValue("cloud");
    await page.getByRole("link", { name: "Tampilkan semua layanan" }).click();
    await expect(page.getByRole("heading", { name: "Instansi penyelenggara" })).toBeVisible();
  });
});

test.describe("service pages show the published standards", () => {
  for (const service of SERVICES) {
    test(`${service.path} shows all 14 components and an apply link`, async ({ page }) => {
      await page.goto(service.path);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(service.name);
      for (const [index, name] of COMPONENTS.entries()) {
        await expect(page.getByRole("heading", { name: `${index + 1}. ${name}`, exact: true })).toBeVisible();
      }
      const apply = page.getByRole("link", { name: "Ajukan permohonan" });
      await expect(apply).toHaveAttribute("href", `${service.path}/ajukan`);
      await apply.click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Ajukan permohonan: ${service.name}`);
    });
  }

  test("Bulungan: 2×24 jam in the service time", async ({ page }) => {
    await page.goto("/instansi/bulungan/hosting-subdomain-email");
    await expect(section(page, "Jangka waktu pelayanan")).toContainText("Maksimal 2×24 jam sejak berkas permohonan diterima dinas");
    await expect(component(page, "Jangka waktu pelayanan")).toContainText("2×24 jam");
    await expect(component(page, "Biaya/tarif")).toContainText("Gratis");
  });

  test("Purbalingga: 1 Hari Kerja and its complaint channels", async ({ page }) => {
    await page.goto("/instansi/purbalingga/data-cloud");
    await expect(section(page, "Jangka waktu pelayanan")).toContainText("1 Hari Kerja");
    const complaints = component(page, "Penanganan pengaduan, saran, dan masukan");
    await expect(complaints).toContainText("Telepon: (0281) 8902091");
    await expect(complaints).toContainText("Email: dinkominfo@purbalinggakab.go.id");
    await expect(complaints).toContainText("SP4N-LAPOR (www.lapor.go.id)");
    await expect(complaints.getByRole("link", { name: "dinkominfo@purbalinggakab.go.id" })).toHaveAttribute(
      "href",
      "mailto:dinkominfo@purbalinggakab.go.id",
    );
  });

  test("Purbalingga agency page: complaint channels and deadlines 5/5/14/60 hari kerja", async ({ page }) => {
    await page.goto("/instansi/purbalingga");
    const complaints = section(page, "Pengaduan, saran, dan masukan");
    await expect(complaints.getByRole("link", { name: "(0281) 8902091" })).toHaveAttribute("href", "tel:+622818902091");
    await expect(complaints.getByRole("link", { name: "www.lapor.go.id" })).toBeVisible();
    await expect(complaints.getByRole("heading", { name: "Jangka waktu penyelesaian pengaduan" })).toBeVisible();
    await expect(complaints.getByRole("listitem").filter({ hasText: "hari kerja" })).toHaveText([
      "Pengaduan ringan: 5 hari kerja",
      "Pengaduan bersifat normatif: 5 hari kerja",
      "Pengaduan tidak berkadar pengawasan: 14 hari kerja",
      "Pengaduan berkadar pengawasan dan memerlukan pemeriksaan: 60 hari kerja",
    ]);
  });

  test("Halmahera Timur Integrasi Sistem: exactly two lingkup", async ({ page }) => {
    await page.goto("/instansi/halmahera-timur/integrasi-sistem");
    await expect(section(page, "Lingkup layanan").getByRole("listitem")).toHaveText(["Integrasi Aplikasi", "Integrasi Data"]);
  });

  test("Bangka Belitung Manajemen Data: number, four components with their SLAs, SOP", async ({ page }) => {
    await page.goto("/instansi/bangka-belitung/manajemen-data");
    await expect(page.getByText("Nomor: SC - 06/EGOTIK/2023")).toBeVisible();
    await expect(section(page, "Lingkup layanan").getByRole("listitem")).toHaveText([
      /^Perencanaan data/,
      /^Pengumpulan data/,
      /^Pemeriksaan data/,
      /^Penyebarluasan data/,
    ]);
    await expect(section(page, "Jangka waktu pelayanan").getByRole("listitem")).toHaveText([
      /^Perencanaan data: .*1 s\.d 3 bulan.*\(1–3 bulan\)$/,
      /^Pengumpulan data: .*3 s\.d 6 bulan.*\(3–6 bulan\)$/,
      /^Pemeriksaan data: .*1 s\.d 3 bulan.*\(1–3 bulan\)$/,
      /^Penyebarluasan data: .*1 s\.d 6 minggu.*\(1–6 minggu\)$/,
    ]);
    const steps = section(page, "Prosedur").getByRole("listitem");
    await expect(steps).toHaveCount(4);
    await expect(steps.nth(0)).toContainText("User OPD melakukan pengajuan layanan");
    await expect(steps.nth(1)).toContainText("Kadis Kominfo melakukan disposisi kepada Kabid eGotik");
    await expect(steps.nth(1)).toContainText("Norma waktu: 30 menit");
    await expect(steps.nth(2)).toContainText("Norma waktu: 15 menit");
    await expect(steps.nth(3)).toContainText("Norma waktu: 15 menit");
  });

  test("Halmahera Timur Pengelolaan Data: unstated components and the email domain rule", async ({ page }) => {
    await page.goto("/instansi/halmahera-timur/pengelolaan-data");
    for (const name of ["Produk pelayanan", "Penanganan pengaduan, saran, dan masukan", "Dasar hukum"] as const) {
      await expect(component(page, name)).toContainText(NOT_STATED);
    }
    await expect(component(page, "Biaya/tarif")).toContainText("Tidak Dipungut Biaya Apapun.");
    await expect(component(page, "Biaya/tarif")).not.toContainText(NOT_STATED);
    await expect(section(page, "Siapa yang dapat mengajukan")).toContainText("Hanya alamat email @haltimkab.go.id");
  });
});

test.describe("not found", () => {
  test("an unknown agency answers 404 and suggests the agencies", async ({ page }) => {
    const response = await page.goto("/instansi/tidak-ada");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Halaman tidak ditemukan");
    await expect(page.getByText("Instansi “tidak-ada” tidak ada di katalog.")).toBeVisible();
    await expect(page.getByText("Mungkin yang Anda cari:")).toBeVisible();
    for (const agency of AGENCIES) {
      await expect(page.getByRole("link", { name: agency.name, exact: true })).toHaveAttribute("href", `/instansi/${agency.slug}`);
    }
  });

  test("an unknown service answers 404 and lists that agency's services", async ({ page }) => {
    const response = await page.goto("/instansi/halmahera-timur/tidak-ada");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Halaman tidak ditemukan");
    await expect(
      page.getByText("Layanan “tidak-ada” tidak ada di katalog Dinas Komunikasi dan Informatika Kabupaten Halmahera Timur."),
    ).toBeVisible();
    const suggestions = page.getByRole("main").getByRole("listitem");
    await expect(suggestions).toHaveText(["Layanan Pengelolaan Data", "Layanan Integrasi Sistem"]);
    await page.getByRole("link", { name: "Layanan Integrasi Sistem" }).click();
    await expect(page).toHaveURL("/instansi/halmahera-timur/integrasi-sistem");
  });
});

test("GET /api/health answers 200 JSON with status ok", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("application/json");
  expect(await response.json()).toMatchObject({ status: "ok", database: "reachable" });
});

test.describe("accessibility", () => {
  for (const path of ["/", "/instansi/purbalingga", "/instansi/bangka-belitung/manajemen-data"]) {
    test(`${path} has no serious or critical axe violations`, async ({ page }) => {
      await page.goto(path);
      const results = await new AxeBuilder({ page }).analyze();
      const severe = results.violations
        .filter((v) => v.impact === "serious" || v.impact === "critical")
        .map((v) => `${v.impact} ${v.id}: ${v.help} → ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
      expect(severe, severe.join("\n")).toEqual([]);
    });
  }
});

test.describe("mobile", () => {
  test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

  for (const path of ["/", "/instansi/bangka-belitung/manajemen-data"]) {
    test(`${path} fits a 360 px wide screen without horizontal scrolling`, async ({ page }) => {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      const { scrollWidth, clientWidth } = await page.evaluate(() => {
        const root = document.scrollingElement ?? document.documentElement;
        return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth };
      });
      expect(scrollWidth, `page is ${scrollWidth} px wide on a ${clientWidth} px screen`).toBeLessThanOrEqual(clientWidth);
    });
  }
});
