import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, type Page, test } from "@playwright/test";
import { APPLICANT_PASSWORD, openOnDesk, signIn, STAFF_PASSWORD, submitRequest } from "../support/e2e-session";

/**
 * Retention in a real browser: a closed and an open request of one office; the retention job runs
 * with the clock set six years forward (`npm run job -- retention --as-of …`, limited to that
 * office so that other tests' requests are untouched); the desk then shows the closed request
 * anonymized, its document gone, and the open one exactly as before.
 *
 * The job opens the database from outside the server, which only a PostgreSQL server allows (the
 * embedded database belongs to the server process): with the embedded database this test is skipped;
 * `.ci/run` runs it against the server.
 */
const port = process.env.E2E_PORT || "3210";
const info = (): { dataDir: string; databaseUrl: string | null } =>
  JSON.parse(fs.readFileSync(path.join(os.tmpdir(), `loket-e2e-${port}.json`), "utf8"));
const SERVICE = "/instansi/purbalingga/data-cloud";
const APPLICANT = "eka.wulandari@purbalinggakab.go.id";

test("the retention job with the clock set forward anonymizes the closed request and nothing else", async ({ browser }) => {
  test.skip(!info().databaseUrl, "needs the PostgreSQL server (DATABASE_URL): the embedded database belongs to the server process");
  test.setTimeout(180_000);
  const applicant = await signIn(browser, APPLICANT, APPLICANT_PASSWORD);
  const fill = (holder: string) => async (page: Page) => {
    await page.getByLabel("Penanggung jawab akun data cloud").fill(holder);
  };
  const closed = await submitRequest(applicant, SERVICE, fill("Rina Arsip, Pranata Komputer"));
  const open = await submitRequest(applicant, SERVICE, fill("Sari Berjalan, Pranata Komputer"));

  const admin = await signIn(browser, "admin.purbalingga@loket.example", STAFF_PASSWORD);
  await openOnDesk(admin, closed.number);
  await admin.getByLabel("Alasan penolakan").fill("Kapasitas penyimpanan awan tahun ini sudah penuh.");
  await admin.getByRole("button", { name: "Tolak permohonan" }).click();
  await expect(admin.locator("header").getByText("Ditolak", { exact: true })).toBeVisible();

  const later = new Date(Date.now() + 6 * 366 * 86_400_000).toISOString().slice(0, 10);
  const { dataDir, databaseUrl } = info();
  const run = spawnSync(
    process.execPath,
    ["--import", "tsx", "scripts/job.ts", "retention", "--as-of", later, "--instansi", "purbalingga"],
    {
      env: {
        ...process.env,
        DATABASE_URL: databaseUrl!,
        LOKET_DATA_DIR: dataDir,
        APP_URL: `http://127.0.0.1:${port}`,
        LOKET_DEMO_DATA: "1",
      },
      encoding: "utf8",
    },
  );
  expect(run.status, run.stderr).toBe(0);
  expect(run.stdout).toContain(`retention as of ${later} for purbalingga: 1 request(s) anonymized`);

  await openOnDesk(admin, closed.number);
  await expect(admin.getByText("Pemohon (dianonimkan)")).toBeVisible();
  await expect(admin.getByText("Eka Wulandari")).toHaveCount(0);
  await expect(admin.getByText("Rina Arsip, Pranata Komputer")).toHaveCount(0);
  await expect(admin.getByRole("link", { name: /surat-permohonan\.pdf/ })).toHaveCount(0);

  await openOnDesk(admin, open.number);
  await expect(admin.getByText("Sari Berjalan, Pranata Komputer")).toBeVisible();
  await expect(admin.getByText(APPLICANT)).toBeVisible();
  await expect(admin.getByRole("link", { name: /surat-permohonan\.pdf/ }).first()).toBeVisible();
});
