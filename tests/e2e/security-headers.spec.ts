import { expect, type Page, test } from "@playwright/test";
import { APPLICANT_PASSWORD, signIn, STAFF_PASSWORD } from "../support/e2e-session";

/**
 * Every page carries a Content-Security-Policy: a fresh nonce on pages rendered per request, and on
 * the cached public pages (sent without inline scripts) scripts from the site itself only. The
 * browser reports no violation while the page loads and hydrates (a blocked script or style would
 * break the page for real visitors under the same policy). Malformed URLs answer 404, never 500.
 */

async function watchViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  await page.exposeFunction("__loketCspViolation", (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      (window as unknown as { __loketCspViolation: (t: string) => void }).__loketCspViolation(
        `${e.violatedDirective} blocked ${e.blockedURI || "inline"} at ${e.sourceFile}:${e.lineNumber}`,
      );
    });
  });
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  return violations;
}

async function visit(page: Page, path: string, violations: string[], kind: "per-request" | "cached" = "per-request") {
  const response = await page.goto(path);
  expect(response?.status(), path).toBeLessThan(400);
  const csp = response!.headers()["content-security-policy"] ?? "";
  if (kind === "cached") {
    expect(csp, `${path} allows scripts from the site only`).toMatch(/(^|; )script-src 'self'(;|$)/);
    expect(await response!.text(), `${path} has no inline script`).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
  } else {
    expect(csp, `${path} has a CSP`).toMatch(/script-src [^;]*'nonce-[A-Za-z0-9+/=]{16,}'/);
  }
  expect(csp).not.toContain("unsafe-inline");
  expect(csp).toContain("object-src 'none'");
  expect(csp).toContain("frame-ancestors 'none'");
  await page.waitForLoadState("networkidle");
  expect(violations, `CSP violations on ${path}`).toEqual([]);
}

test("public pages load under their policy without a violation", async ({ page }) => {
  test.setTimeout(120_000);
  const violations = await watchViolations(page);
  for (const path of [
    "/",
    "/?q=subdomain",
    "/instansi/bulungan",
    "/instansi/bulungan/hosting-subdomain-email",
    "/instansi/bulungan/kinerja",
    "/lacak",
  ]) {
    await visit(page, path, violations, "cached");
  }
  await visit(page, "/lacak?nomor=X&kode=Y", violations);
  await visit(page, "/masuk", violations);
});

test("a fresh nonce on every response", async ({ request }) => {
  const nonce = async () => /'nonce-([^']+)'/.exec((await request.get("/masuk")).headers()["content-security-policy"] ?? "")?.[1];
  const [a, b] = [await nonce(), await nonce()];
  expect(a).toBeTruthy();
  expect(a).not.toEqual(b);
});

test("the applicant's form and the staff desk load without a violation", async ({ browser }) => {
  test.setTimeout(120_000);
  const applicant = await signIn(browser, "ani.rahmawati@bulungan.go.id", APPLICANT_PASSWORD);
  const applicantViolations = await watchViolations(applicant);
  await visit(applicant, "/instansi/bulungan/hosting-subdomain-email/ajukan", applicantViolations);
  await visit(applicant, "/permohonan", applicantViolations);
  await visit(applicant, "/akun", applicantViolations);

  const staff = await signIn(browser, "admin.bulungan@loket.example", STAFF_PASSWORD);
  const staffViolations = await watchViolations(staff);
  for (const path of ["/meja", "/meja/antrian", "/meja/laporan", "/meja/kalender"]) await visit(staff, path, staffViolations);
});

test("malformed percent-encoding answers 404, not 500", async ({ request }) => {
  for (const path of [
    "/instansi/%E0%A4%A",
    "/%C0%AF",
    "/instansi/bulungan/%E0%A4%A",
    "/lacak/%ZZ",
    "/api/dokumen/%E0%A4%A",
    "/api/%C0%AF",
  ]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(404);
  }
});
