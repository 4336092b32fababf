// A portal client for benchmarks and tests that drive the production server over HTTP: signs in a
// demo account with the password provider, reads the apply page's form configuration, submits a
// request with a PDF the way the portal form posts it, and sends a desk form the way a browser
// without JavaScript does.
import { randomUUID } from "node:crypto";

// DEMO_APPLICANTS[0], DEMO_APPLICANT_PASSWORD and DEMO_STAFF_PASSWORD of prisma/seed/demo-accounts.ts
// (TypeScript: not importable here).
export const APPLICANT = { email: "ani.rahmawati@bulungan.go.id", password: "Pemohon-Demo-2026" };
export const STAFF_PASSWORD = "Demo-Loket-2026";
export const APPLY_PAGE = "/instansi/bulungan/hosting-subdomain-email/ajukan";
const OPD_NAME = "Dinas Pendidikan";

/** `name=value` pairs of the Set-Cookie headers of a response. */
export function cookiesOf(res) {
  const jar = {};
  for (const header of res.headers.getSetCookie()) {
    const pair = header.split(";")[0];
    const eq = pair.indexOf("=");
    jar[pair.slice(0, eq).trim()] = pair.slice(eq + 1).trim();
  }
  return jar;
}

const cookieHeader = (jar) =>
  Object.entries(jar)
    .map(([k, v]) => `${k}=${v}`)
    .join("; ");

/** Signs `account` in with its password; returns the Cookie header of a session that resolves to it. */
export async function signIn(origin, account = APPLICANT) {
  const csrfRes = await fetch(`${origin}/api/auth/csrf`);
  if (!csrfRes.ok) throw new Error(`GET /api/auth/csrf answered ${csrfRes.status}`);
  const { csrfToken } = await csrfRes.json();
  const jar = cookiesOf(csrfRes);
  const res = await fetch(`${origin}/api/auth/callback/password`, {
    method: "POST",
    redirect: "manual",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: cookieHeader(jar), Origin: origin },
    body: new URLSearchParams({ csrfToken, email: account.email, password: account.password, json: "true" }),
  });
  const body = await res.text();
  const token = cookiesOf(res)["next-auth.session-token"];
  if (!token) throw new Error(`sign-in as ${account.email} gave no session cookie (HTTP ${res.status}): ${body.slice(0, 500)}`);
  const cookie = `next-auth.session-token=${token}`;
  const session = await (await fetch(`${origin}/api/auth/session`, { headers: { Cookie: cookie } })).json();
  if (session?.user?.email !== account.email) {
    throw new Error(`the session cookie does not resolve to ${account.email}: ${JSON.stringify(session)}`);
  }
  return cookie;
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

const decodeEntities = (v) =>
  v.replaceAll("&quot;", '"').replaceAll("&#x27;", "'").replaceAll("&lt;", "<").replaceAll("&gt;", ">").replaceAll("&amp;", "&");

/**
 * The first form of a server-rendered page whose markup contains `marker` (e.g. a field's name), as
 * a browser without JavaScript would send it untouched: hidden inputs (among them the server
 * action's reference), checked radios and boxes, text fields and selects with their values. Null
 * when the page has no such form.
 */
export function pageForm(html, marker) {
  const form = html.match(/<form\b[^>]*>[\s\S]*?<\/form>/g)?.find((f) => f.includes(marker));
  if (!form) return null;
  const fields = [];
  const attr = (tag, name) => {
    const v = new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
    return v === undefined ? undefined : decodeEntities(v);
  };
  for (const [tag] of form.matchAll(/<input\b[^>]*>/g)) {
    const name = attr(tag, "name");
    const type = attr(tag, "type") ?? "text";
    if (!name || type === "file" || type === "submit") continue;
    if ((type === "radio" || type === "checkbox") && !/\schecked=""/.test(tag)) continue;
    fields.push([name, attr(tag, "value") ?? (type === "checkbox" ? "on" : "")]);
  }
  for (const [, tag, body] of form.matchAll(/(<textarea\b[^>]*>)([\s\S]*?)<\/textarea>/g)) {
    const name = attr(tag, "name");
    if (name) fields.push([name, decodeEntities(body)]);
  }
  for (const [, tag, body] of form.matchAll(/(<select\b[^>]*>)([\s\S]*?)<\/select>/g)) {
    const name = attr(tag, "name");
    const selected = /<option\b[^>]*\sselected=""[^>]*>/.exec(body)?.[0] ?? /<option\b[^>]*>/.exec(body)?.[0];
    if (name) fields.push([name, selected ? (attr(selected, "value") ?? "") : ""]);
  }
  return fields;
}

/**
 * Posts a page's form (from `pageForm`, with `changes` set) to the page, as a browser without
 * JavaScript does: the server action runs and the page answers re-rendered. `ok` is false when the
 * answer is not 200 or shows the form's error summary.
 */
export async function postPageForm(origin, cookie, pagePath, fields, changes = {}) {
  const form = new FormData();
  for (const [name, value] of fields) if (!Object.hasOwn(changes, name)) form.append(name, value);
  for (const [name, value] of Object.entries(changes)) form.append(name, value);
  const started = performance.now();
  try {
    const res = await fetch(`${origin}${pagePath}`, {
      method: "POST",
      headers: { Cookie: cookie, Origin: origin },
      body: form,
      redirect: "manual",
      signal: AbortSignal.timeout(30_000),
    });
    const body = await res.text();
    return { ok: res.status === 200 && !body.includes('role="alert"'), status: res.status, body, ms: performance.now() - started };
  } catch (error) {
    return { ok: false, status: 0, body: String(error), ms: performance.now() - started };
  }
}
