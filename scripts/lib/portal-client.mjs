// A portal client for benchmarks and tests that drive the production server over HTTP: signs in a
// demo applicant with the password provider, reads the apply page's form configuration, and submits
// a request with a PDF the way the portal form posts it.
import { randomUUID } from "node:crypto";

// DEMO_APPLICANTS[0] and DEMO_APPLICANT_PASSWORD of prisma/seed/demo-accounts.ts (TypeScript: not importable here).
export const APPLICANT = { email: "ani.rahmawati@bulungan.go.id", password: "Pemohon-Demo-2026" };
export const APPLY_PAGE = "/instansi/bulungan/hosting-subdomain-email/ajukan";
const OPD_NAME = "Dinas Pendidikan";

function cookiesOf(res) {
  const jar = {};
  for (const header of res.headers.getSetCookie()) {
    const pair = header.split(";")[0];
    const eq = pair.indexOf("=");
    jar[pair.slice(0, eq).trim()] = pair.slice(eq + 1).trim();
  }
  return jar;
}

export async function signIn(origin, account = APPLICANT) {
  const csrfRes = await fetch(`${origin}/api/auth/csrf`);
  const { csrfToken } = await csrfRes.json();
  const jar = cookiesOf(csrfRes);
  const res = await fetch(`${origin}/api/auth/callback/password`, {
    method: "POST",
    redirect: "manual",
    headers: {
      "Content-Type": "application/x-www-form-urlencoded",
      Cookie: Object.entries(jar)
        .map(([k, v]) => `${k}=${v}`)
        .join("; "),
      Origin: origin,
    },
    body: new URLSearchParams({ csrfToken, email: account.email, password: account.password, json: "true" }),
  });
  const token = cookiesOf(res)["next-auth.session-token"];
  if (!token) throw new Error(`sign-in as ${account.email} gave no session cookie (HTTP ${res.status})`);
  return `next-auth.session-token=${token}`;
}

/** The service, OPD and document code, as the apply page hands them to its form. */
export async function loadTarget(origin, cookie) {
  const res = await fetch(`${origin}${APPLY_PAGE}`, { headers: { Cookie: cookie } });
  if (!res.ok) throw new Error(`GET ${APPLY_PAGE} answered ${res.status}`);
  const html = (await res.text()).replaceAll('\\"', '"');
  const serviceId = /"serviceId":"([0-9a-f-]{36})"/.exec(html)?.[1];
  const opdId = new RegExp(`"id":"([0-9a-f-]{36})","name":"${OPD_NAME}"`).exec(html)?.[1];
  const documentCode = /"documents":\[\{"code":"([^"]+)"/.exec(html)?.[1];
  if (!serviceId || !opdId || !documentCode) throw new Error(`the apply page did not show the form's configuration`);
  return { serviceId, opdId, documentCode };
}

export function submissionFields(target, i) {
  return {
    idempotencyKey: randomUUID(),
    privacyAcknowledged: "true",
    serviceId: target.serviceId,
    applicantName: "Ani Rahmawati",
    employeeNumberKind: "NIP",
    employeeNumber: "198609262015052001",
    opdId: target.opdId,
    jabatan: "Pranata Komputer Ahli Pertama",
    scopeCodes: "hosting",
    letterNumber: `005/${i}/Disdik/2026`,
    letterDate: new Date(Date.now() - 86_400_000).toISOString().slice(0, 10),
    description: `Mohon hosting dan subdomain untuk aplikasi nomor ${i} Dinas Pendidikan.`,
    "details.subdomain": `app${i}`,
  };
}

export async function submitNormal(origin, cookie, target, i, pdfBytes = 100 * 1024) {
  const form = new FormData();
  for (const [k, v] of Object.entries(submissionFields(target, i))) form.append(k, v);
  const pdf = new Uint8Array(pdfBytes).fill(0x20);
  pdf.set(new TextEncoder().encode("%PDF-1.4\n"), 0);
  pdf.set(new TextEncoder().encode("\n%%EOF\n"), pdfBytes - 7);
  form.append(`document.${target.documentCode}`, new Blob([pdf], { type: "application/pdf" }), "surat-permohonan.pdf");
  const started = performance.now();
  try {
    const res = await fetch(`${origin}/api/permohonan`, {
      method: "POST",
      headers: { Cookie: cookie, Origin: origin },
      body: form,
      signal: AbortSignal.timeout(60_000),
    });
    const body = await res.text();
    return { ok: res.status === 201, status: res.status, body, ms: performance.now() - started };
  } catch (error) {
    return { ok: false, status: 0, body: String(error), ms: performance.now() - started };
  }
}
