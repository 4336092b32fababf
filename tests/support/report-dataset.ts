import { randomUUID } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, vi } from "vitest";
import { LocalDocumentStore } from "../../features/documents/store";
import type { SlaReport } from "../../features/reports/sla-report";
import { resubmitRevision } from "../../features/requests/revision";
import { submitRequest } from "../../features/requests/submit";
import { acceptRequest, completeRequest, rejectRequest, returnToApplicant } from "../../features/workflow/desk";
import { seedCatalog } from "../../prisma/seed/catalog";
import { seedDemoAccounts } from "../../prisma/seed/demo-accounts";
import { principalOf } from "./principals";
import { createTestDatabase, type TestDatabase } from "./test-db";

/**
 * The SLA report against a real database, with a dataset built through the desk's own functions at
 * known moments. Bulungan (WITA, UTC+8), "2×24 jam" from the file received complete; working grid
 * Mon–Thu 07.30–12.00 + 13.00–16.00, Fri 07.30–11.30 + 13.00–16.30; no holidays in Oct–Nov 2026.
 *
 *   A  Mon 5 Oct 09.00 received → Tue 6 Oct 14.00 done        on time   11.5 working hours
 *   B  Thu 8 Oct 10.00 received → Mon 12 Oct 10.00 done       late      15 working hours
 *   F  submitted 20 Oct, rejected                             received only
 *   C  submitted Sun 1 Nov 06.00 WITA (31 Oct UTC!), received Mon 2 Nov 08.00, returned to the
 *      applicant Mon 10.00 – Tue 10.00 (7.5 working hours paused), done Wed 4 Nov 15.00:
 *      due Wed 08.00 + 24 h pause = Thu 08.00 → on time; 21 − 7.5 = 13.5 working hours
 *   D  received Mon 9 Nov 09.00, still at stage 2: due Wed 11 Nov 09.00 → overdue by 49 h at "now"
 *   E  submitted Thu 12 Nov, still at stage 1 (verification)
 *   now: Fri 13 Nov 2026 10.00 WITA
 */
export let database: TestDatabase;
export let store: LocalDocumentStore;
export let root: string;
export const p = () => database.prisma;
export const who = async (email: string) => ({ principal: await principalOf(p(), email) });
export const wita = (local: string) => new Date(`${local}+08:00`);
export const NOW = wita("2026-11-13T10:00");
export const ids: Record<string, string> = {};
export let bulunganId = "";
export let serviceId = "";

export const pdf = () => {
  const bytes = new TextEncoder().encode("%PDF-1.4\n".padEnd(1200, " "));
  return { name: "surat.pdf", size: bytes.length, bytes };
};

export async function submit(email: string, serviceSlug: string, at: Date, extra: Record<string, unknown> = {}) {
  const user = await p().user.findUniqueOrThrow({ where: { email } });
  const service = await p().service.findFirstOrThrow({ where: { slug: serviceSlug }, include: { documents: true } });
  const { requestId } = await submitRequest(p(), store, {
    applicant: { id: user.id, email },
    now: at,
    fields: {
      idempotencyKey: randomUUID(),
      privacyAcknowledged: "true",
      serviceId: service.id,
      applicantName: user.name,
      employeeNumberKind: "NIP",
      employeeNumber: user.employeeNumber,
      opdId: user.opdId,
      jabatan: user.jabatan,
      description: "Permohonan untuk pengujian laporan.",
      details: {},
      letterNumber: "005/77/UJI",
      letterDate: at.toISOString().slice(0, 10),
      ...extra,
    },
    files: { [service.documents[0]!.code]: pdf() },
  });
  return requestId;
}

export const version = async (id: string) => (await p().serviceRequest.findUniqueOrThrow({ where: { id } })).version;
export const userId = async (email: string) => (await p().user.findUniqueOrThrow({ where: { email } })).id;

export async function accept(id: string, email: string, at: Date, assignee?: string) {
  const doc = await p().requestDocument.findFirstOrThrow({ where: { requestId: id } });
  await acceptRequest(
    p(),
    await who(email),
    {
      requestId: id,
      version: await version(id),
      checks: [{ documentId: doc.id, valid: true }],
      ...(assignee ? { assigneeId: await userId(assignee) } : {}),
    },
    at,
  );
}

export async function complete(id: string, email: string, at: Date) {
  await completeRequest(p(), await who(email), { requestId: id, version: await version(id), resultSummary: "Selesai." }, at);
}

export const bulungan = (local: string, extra: Record<string, unknown> = {}) =>
  submit("ani.rahmawati@bulungan.go.id", "hosting-subdomain-email", wita(local), {
    scopeCodes: ["hosting"],
    details: { subdomain: `uji${Object.keys(ids).length}` },
    ...extra,
  });
export const PETUGAS = "petugas.bulungan@loket.example";
export const TEKNIS = "teknis.bulungan@loket.example";

beforeAll(async () => {
  database = await createTestDatabase();
  await seedCatalog(database.prisma);
  await seedDemoAccounts(database.prisma);
  root = fs.mkdtempSync(path.join(os.tmpdir(), "loket-reports-"));
  store = new LocalDocumentStore(root);
  bulunganId = (await p().agency.findUniqueOrThrow({ where: { slug: "bulungan" } })).id;
  serviceId = (await p().service.findFirstOrThrow({ where: { agencyId: bulunganId, slug: "hosting-subdomain-email" } })).id;

  ids.A = await bulungan("2026-10-05T08:00");
  await accept(ids.A, PETUGAS, wita("2026-10-05T09:00"), TEKNIS);
  await complete(ids.A, TEKNIS, wita("2026-10-06T14:00"));

  ids.B = await bulungan("2026-10-08T08:00");
  await accept(ids.B, PETUGAS, wita("2026-10-08T10:00"), TEKNIS);
  await complete(ids.B, TEKNIS, wita("2026-10-12T10:00"));

  ids.F = await bulungan("2026-10-20T09:00");
  await rejectRequest(
    p(),
    await who(PETUGAS),
    { requestId: ids.F, version: await version(ids.F), reason: "Bukan layanan kami." },
    wita("2026-10-20T10:00"),
  );

  ids.C = await bulungan("2026-11-01T06:00");
  await accept(ids.C, PETUGAS, wita("2026-11-02T08:00"), TEKNIS);
  const doc = await p().requestDocument.findFirstOrThrow({ where: { requestId: ids.C } });
  await returnToApplicant(
    p(),
    await who(TEKNIS),
    {
      requestId: ids.C,
      version: await version(ids.C),
      reason: "Mohon surat bertanda tangan.",
      checks: [{ documentId: doc.id, valid: false, reason: "Belum ditandatangani." }],
      fields: [],
    },
    wita("2026-11-02T10:00"),
  );
  // The applicant's resubmission takes the clock's time; only Date is faked, timers stay real.
  vi.useFakeTimers({ toFake: ["Date"], now: wita("2026-11-03T10:00") });
  try {
    const ani = await p().user.findUniqueOrThrow({ where: { email: "ani.rahmawati@bulungan.go.id" } });
    await resubmitRevision(p(), store, {
      applicant: { id: ani.id, name: ani.name },
      requestId: ids.C,
      expectedVersion: await version(ids.C),
      fields: {},
      files: { [doc.requirementCode]: pdf() },
    });
  } finally {
    vi.useRealTimers();
  }
  await complete(ids.C, TEKNIS, wita("2026-11-04T15:00"));

  ids.D = await bulungan("2026-11-09T08:00");
  await accept(ids.D, PETUGAS, wita("2026-11-09T09:00"), TEKNIS);

  ids.E = await bulungan("2026-11-12T10:00");

  // Another agency's work must not leak into Bulungan's figures.
  const other = await submit("eka.wulandari@purbalinggakab.go.id", "data-cloud", new Date("2026-10-05T09:00:00+07:00"), {
    details: { accountHolder: "Eka Wulandari" },
  });
  await accept(other, "petugas.purbalingga@loket.example", new Date("2026-10-05T10:00:00+07:00"));
}, 120_000);

afterAll(async () => {
  await database.drop();
  fs.rmSync(root, { recursive: true, force: true });
});

export const hosting = (r: { services: { slug: string }[] }) =>
  r.services.find((s) => s.slug === "hosting-subdomain-email") as SlaReport["services"][number];

export function s(report: SlaReport) {
  return hosting(report);
}
