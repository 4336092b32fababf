import { randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { ActionResult } from "@/features/auth/guard";
import type { Principal, Role } from "@/features/auth/roles";
import type { TestDatabase } from "../support/test-db";

/**
 * Authorization matrix: every desk server action and every data route, called through its real
 * export (guard, schema, desk rules, route handler), as each kind of principal. Only the two
 * process seams are replaced: the session (who is signed in) and the app's database (the test
 * database). Every cell acts on a request freshly brought into the state the action needs, and a
 * refused cell must leave the database and the document store exactly as they were.
 */
const seams = await vi.hoisted(async () => {
  const nodeFs = await import("node:fs");
  const nodeOs = await import("node:os");
  const nodePath = await import("node:path");
  // Before anything calls env(): the document store the routes use lives here.
  const dataDir = nodeFs.mkdtempSync(nodePath.join(nodeOs.tmpdir(), "loket-authz-"));
  process.env.LOKET_DATA_DIR = dataDir;
  return { dataDir, principal: null as Principal | null, database: null as TestDatabase | null };
});

vi.mock("@/features/auth/session", () => ({ getPrincipal: async () => seams.principal }));
vi.mock("@/lib/db", () => ({
  db: async () => seams.database!.prisma,
  getDatabase: async () => seams.database!,
}));

const { GET: getAuditCsv } = await import("@/app/api/meja/permohonan/[id]/audit.csv/route");
const { POST: postResult } = await import("@/app/api/meja/permohonan/[id]/hasil/route");
const { GET: getDispositionSheet } = await import("@/app/api/meja/permohonan/[id]/lembar-disposisi/route");
const { GET: getDocument } = await import("@/app/api/dokumen/[id]/route");
const { GET: getResult } = await import("@/app/api/hasil/[id]/route");
const { POST: postResubmit } = await import("@/app/api/permohonan/[id]/perbaikan/route");
const { GET: getCompletionLetter } = await import("@/app/api/permohonan/[id]/surat-penyelesaian/route");
const { GET: getReceipt } = await import("@/app/api/permohonan/[id]/tanda-terima/route");
const { POST: postSubmit } = await import("@/app/api/permohonan/route");
const { invalidateCatalog } = await import("@/features/catalog/queries");
const { documentStore } = await import("@/features/documents");
const { submitRequest } = await import("@/features/requests/submit");
const actions = await import("@/features/workflow/actions");
const desk = await import("@/features/workflow/desk");
const { env } = await import("@/lib/env");
const { seedCatalog } = await import("../../prisma/seed/catalog");
const { seedDemoAccounts } = await import("../../prisma/seed/demo-accounts");
const { principalOf } = await import("../support/principals");
const { createTestDatabase } = await import("../support/test-db");

// ---------------------------------------------------------------------------------------------
// Principals

const STAFF_ROLES = ["ADMIN", "KEPALA_DINAS", "KEPALA_BIDANG", "SUB_KOORDINATOR", "PETUGAS_LAYANAN", "PENANGGUNG_JAWAB_TEKNIS"] as const satisfies readonly Role[];
const HANDLE: Record<Role, string> = {
  ADMIN: "admin",
  KEPALA_DINAS: "kadis",
  KEPALA_BIDANG: "kabid",
  SUB_KOORDINATOR: "subkoor",
  PETUGAS_LAYANAN: "petugas",
  PENANGGUNG_JAWAB_TEKNIS: "teknis",
};
type AgencyCode = "bulungan" | "babel" | "haltim";
const staffEmail = (role: Role, agency: AgencyCode) => `${HANDLE[role]}.${agency}@loket.example`;

type Who =
  | `${Role} (own agency)`
  | `${Role} (other agency)`
  | "platform admin"
  | "applicant"
  | "other applicant"
  | "anonymous";

const own = (role: Role): Who => `${role} (own agency)`;
const OWN_STAFF: Who[] = STAFF_ROLES.map(own);
const EVERYONE: Who[] = [
  ...OWN_STAFF,
  ...STAFF_ROLES.map((r): Who => `${r} (other agency)`),
  "platform admin",
  "applicant",
  "other applicant",
  "anonymous",
];

const APPLICANT = {
  ani: "ani.rahmawati@bulungan.go.id",
  bayu: "bayu.pratama@bulungan.go.id",
  citra: "citra.lestari@haltimkab.go.id",
  dimas: "dimas.saputra@babelprov.go.id",
} as const;

/** Which agency is "own"/"other" and who the applicants are, per scenario. */
interface Cast {
  own: AgencyCode;
  other: AgencyCode;
  applicant: string;
  otherApplicant: string;
}
const BULUNGAN: Cast = { own: "bulungan", other: "babel", applicant: APPLICANT.ani, otherApplicant: APPLICANT.bayu };
const BABEL: Cast = { own: "babel", other: "bulungan", applicant: APPLICANT.dimas, otherApplicant: APPLICANT.ani };
const HALTIM: Cast = { own: "haltim", other: "bulungan", applicant: APPLICANT.citra, otherApplicant: APPLICANT.ani };

function emailOf(who: Who, cast: Cast): string | null {
  if (who === "anonymous") return null;
  if (who === "platform admin") return "platform@loket.example";
  if (who === "applicant") return cast.applicant;
  if (who === "other applicant") return cast.otherApplicant;
  const [role, scope] = who.split(" ") as [Role, string];
  return staffEmail(role, scope === "(own" ? cast.own : cast.other);
}

const principals = new Map<string, Principal>();
const principal = (email: string) => principals.get(email)!;
const userId = (email: string) => principal(email).id;

/** Runs `fn` with `who` signed in (the mocked session seam). */
async function as<T>(p: Principal | null, fn: () => Promise<T>): Promise<T> {
  seams.principal = p;
  try {
    return await fn();
  } finally {
    seams.principal = null;
  }
}

// ---------------------------------------------------------------------------------------------
// Database, setup helpers

const prisma = () => seams.database!.prisma;
const ids: Record<string, string> = {};

beforeAll(async () => {
  seams.database = await createTestDatabase();
  await seedCatalog(prisma());
  await seedDemoAccounts(prisma());
  invalidateCatalog();
  expect(env().dataDir).toBe(path.resolve(seams.dataDir));
  const emails = [
    "platform@loket.example",
    ...Object.values(APPLICANT),
    ...(["bulungan", "babel", "haltim"] as const).flatMap((a) => STAFF_ROLES.map((r) => staffEmail(r, a))),
  ];
  for (const email of emails) principals.set(email, await principalOf(prisma(), email));
  const service = async (slug: string) => prisma().service.findFirstOrThrow({ where: { slug }, include: { documents: true } });
  const hosting = await service("hosting-subdomain-email");
  const data = await service("manajemen-data");
  const haltimData = await service("pengelolaan-data");
  Object.assign(ids, {
    hosting: hosting.id,
    hostingDoc: hosting.documents[0]!.code,
    data: data.id,
    dataDoc: data.documents[0]!.code,
    haltimData: haltimData.id,
    haltimDataDoc: haltimData.documents.find((d) => d.required)?.code ?? haltimData.documents[0]!.code,
    bulungan: hosting.agencyId,
    babel: data.agencyId,
    bulunganOpd: (await prisma().opd.findFirstOrThrow({ where: { agencyId: hosting.agencyId, name: "Dinas Pendidikan" } })).id,
    haltimOpd: (await prisma().opd.findFirstOrThrow({ where: { agencyId: haltimData.agencyId, name: { contains: "Perencanaan" } } })).id,
  });
});

afterAll(async () => {
  await seams.database?.drop();
  fs.rmSync(seams.dataDir, { recursive: true, force: true });
});

const PDF_BYTES = new TextEncoder().encode("%PDF-1.4\n".padEnd(1500, " "));
const pdfUpload = () => ({ name: "surat.pdf", size: PDF_BYTES.length, bytes: PDF_BYTES });
const pdfFile = (name: string) => new File([PDF_BYTES], name, { type: "application/pdf" });
const official = (email: string) => ({ principal: principal(email) });

/** A fresh request, submitted by its applicant through the real submission code. */
async function submitted(cast: Cast): Promise<string> {
  const applicant = await prisma().user.findUniqueOrThrow({ where: { email: cast.applicant } });
  const bulungan = cast.own === "bulungan";
  const serviceId = bulungan ? ids.hosting! : ids.data!;
  const opd = await prisma().opd.findFirstOrThrow({ where: { id: applicant.opdId! } });
  const r = await submitRequest(prisma(), documentStore(), {
    applicant: { id: applicant.id, email: applicant.email },
    fields: {
      idempotencyKey: randomUUID(),
      serviceId,
      applicantName: applicant.name,
      employeeNumberKind: "NIP",
      employeeNumber: applicant.employeeNumber,
      opdId: opd.id,
      jabatan: applicant.jabatan,
      description: "Permohonan untuk pengujian matriks otorisasi.",
      ...(bulungan ? { scopeCode: "hosting", details: { subdomain: "arsip" } } : { scopeCode: "perencanaan-data", details: {} }),
    },
    files: { [bulungan ? ids.hostingDoc! : ids.dataDoc!]: pdfUpload() },
  });
  return r.requestId;
}

interface Fixture {
  requestId: string;
  version: number;
  /** The id the cell addresses (request, document, result or agency). */
  target: string;
  documentId?: string;
}

async function fixture(requestId: string, target: "request" | "document" | "result" = "request"): Promise<Fixture> {
  const r = await prisma().serviceRequest.findUniqueOrThrow({
    where: { id: requestId },
    select: { version: true, documents: { where: { supersededAt: null }, select: { id: true } }, results: { select: { id: true } } },
  });
  const documentId = r.documents[0]?.id;
  const ofTarget = { request: requestId, document: documentId!, result: r.results[0]?.id ?? "" };
  return { requestId, version: r.version, target: ofTarget[target], documentId };
}

const state = {
  /** Bulungan hosting, stage 1 (VERIFY, PETUGAS_LAYANAN). */
  bulunganAtVerify: async () => fixture(await submitted(BULUNGAN)),
  /** Bulungan hosting, stage 2 (EXECUTE, PENANGGUNG_JAWAB_TEKNIS), nobody assigned yet. */
  bulunganAtExecute: async () => {
    const f = await state.bulunganAtVerify();
    await desk.acceptRequest(prisma(), official(staffEmail("PETUGAS_LAYANAN", "bulungan")), {
      requestId: f.requestId,
      version: f.version,
      checks: [{ documentId: f.documentId!, valid: true }],
    });
    return fixture(f.requestId);
  },
  /** Bulungan at EXECUTE with one result document uploaded by the technician. */
  bulunganWithResult: async () => {
    const f = await state.bulunganAtExecute();
    const storageKey = `${ids.bulungan}/results/${randomUUID()}`;
    await documentStore().put(storageKey, PDF_BYTES);
    await desk.addResultDocument(prisma(), official(staffEmail("PENANGGUNG_JAWAB_TEKNIS", "bulungan")), {
      requestId: f.requestId,
      fileName: "hasil.pdf",
      contentType: "application/pdf",
      sizeBytes: PDF_BYTES.length,
      sha256: "0".repeat(64),
      storageKey,
    });
    return fixture(f.requestId, "result");
  },
  /** Bulungan hosting, completed. */
  bulunganCompleted: async () => {
    const f = await state.bulunganAtExecute();
    await desk.completeRequest(prisma(), official(staffEmail("PENANGGUNG_JAWAB_TEKNIS", "bulungan")), {
      requestId: f.requestId,
      version: f.version,
      resultSummary: "Hosting arsip.bulungan.go.id aktif.",
    });
    return fixture(f.requestId);
  },
  /** Bulungan hosting, returned to the applicant: its document must be replaced. */
  bulunganReturned: async () => {
    const f = await state.bulunganAtVerify();
    await desk.returnToApplicant(prisma(), official(staffEmail("PETUGAS_LAYANAN", "bulungan")), {
      requestId: f.requestId,
      version: f.version,
      reason: "Surat permohonan belum bertanda tangan.",
      checks: [{ documentId: f.documentId!, valid: false, reason: "Tanpa tanda tangan kepala dinas." }],
      fields: [],
    });
    return fixture(f.requestId);
  },
  /** Bangka Belitung manajemen-data, stage 1 (DISPOSE, KEPALA_DINAS). */
  babelAtStage1: async () => fixture(await submitted(BABEL)),
  /** Bangka Belitung at stage 2 (DISPOSE, KEPALA_BIDANG), disposed by the Kepala Dinas to the Kepala Bidang. */
  babelAtStage2: async () => {
    const f = await state.babelAtStage1();
    await desk.disposeRequest(prisma(), official(staffEmail("KEPALA_DINAS", "babel")), {
      requestId: f.requestId,
      version: f.version,
      toUserId: userId(staffEmail("KEPALA_BIDANG", "babel")),
      instructions: ["Proses lebih lanjut"],
      note: "Mohon ditindaklanjuti.",
      urgency: "SEGERA",
    });
    return fixture(f.requestId);
  },
};

// ---------------------------------------------------------------------------------------------
// What a cell observes

interface Snapshot {
  request: {
    version: number;
    status: string;
    stagePosition: number | null;
    assigneeId: string | null;
    counts: Record<string, number>;
  } | null;
  totals: Record<string, number>;
}

function filesInStore(): number {
  const root = path.join(seams.dataDir, "files");
  if (!fs.existsSync(root)) return 0;
  return fs.readdirSync(root, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).length;
}

async function snapshot(requestId: string | null): Promise<Snapshot> {
  const p = prisma();
  const request = requestId
    ? await p.serviceRequest.findUniqueOrThrow({
        where: { id: requestId },
        select: {
          version: true,
          status: true,
          stagePosition: true,
          assigneeId: true,
          _count: { select: { dispositions: true, events: true, notes: true, results: true, checks: true, revisions: true, documents: true } },
        },
      })
    : null;
  const totals = {
    requests: await p.serviceRequest.count(),
    documents: await p.requestDocument.count(),
    results: await p.resultDocument.count(),
    events: await p.requestEvent.count(),
    notes: await p.requestNote.count(),
    dispositions: await p.disposition.count(),
    delegations: await p.delegation.count(),
    auditEntries: await p.auditEntry.count(),
    notifications: await p.notification.count(),
    mail: await p.mailMessage.count(),
    files: filesInStore(),
  };
  return {
    request: request && {
      version: request.version,
      status: request.status,
      stagePosition: request.stagePosition,
      assigneeId: request.assigneeId,
      counts: request._count,
    },
    totals,
  };
}

type Outcome =
  | { kind: "action"; result: ActionResult<unknown> }
  | { kind: "route"; status: number; contentType: string | null; body: Uint8Array };

const routeOutcome = async (response: Response): Promise<Outcome> => ({
  kind: "route",
  status: response.status,
  contentType: response.headers.get("content-type"),
  body: new Uint8Array(await response.arrayBuffer()),
});
const actionOutcome = async (result: Promise<ActionResult<unknown>>): Promise<Outcome> => ({ kind: "action", result: await result });
// ignoreBOM: keep the byte-order mark the audit CSV starts with, so the test sees it.
const text = (o: Outcome) => (o.kind === "route" ? new TextDecoder("utf-8", { ignoreBOM: true }).decode(o.body) : JSON.stringify(o.result));
const json = (o: Outcome) => (o.kind === "route" ? JSON.parse(text(o)) : o.result);

const BASE = "http://localhost";
const params = <P>(p: P) => ({ params: Promise.resolve(p) });
const get = (url: string) => new Request(`${BASE}${url}`);
// Same-origin, as the browser sends it: the guard refuses cross-site mutations.
const post = (url: string, body: FormData) => new Request(`${BASE}${url}`, { method: "POST", body, headers: { origin: BASE, host: "localhost" } });

function form(fields: Record<string, string | File>): FormData {
  const fd = new FormData();
  for (const [k, v] of Object.entries(fields)) fd.append(k, v);
  return fd;
}

// ---------------------------------------------------------------------------------------------
// Scenarios

type Refusal = "unauthenticated" | "forbidden" | "not-found" | "ineligible";

interface Effect {
  fixture: Fixture;
  before: Snapshot;
  after: Snapshot;
  outcome: Outcome;
  principal: Principal;
}

interface Scenario {
  /** The entry point, as it appears in each cell's name. */
  entry: string;
  /** The state the request is in. */
  name: string;
  cast: Cast;
  allowed: readonly Who[];
  /** Refusals other than the default (own staff and platform admin: forbidden; everyone else: not found). */
  refusals?: Partial<Record<Who, Refusal>>;
  setup: () => Promise<Fixture>;
  call: (f: Fixture) => Promise<Outcome>;
  /** What an allowed call did. */
  effect: (e: Effect) => void | Promise<void>;
  /** The request whose row the cell watches (null: only totals). */
  watches?: "request" | "none";
}

const refuseAs = (whos: Who[], refusal: Refusal): Partial<Record<Who, Refusal>> => Object.fromEntries(whos.map((w) => [w, refusal]));

const FORBIDDEN_MESSAGES = [
  "Anda tidak berwenang melakukan tindakan ini.",
  "Tindakan pada tahap ini hanya untuk pemegang peran tahap tersebut.",
  "Tahap ini ditugaskan kepada pejabat lain.",
  "Hanya pejabat instansi ini yang dapat menunjuk pengganti.",
];

const changed = (e: Effect, key: string) => e.after.request!.counts[key]! - e.before.request!.counts[key]!;
const grew = (e: Effect, key: keyof Snapshot["totals"] & string) => e.after.totals[key]! - e.before.totals[key]!;
const okAction = (e: Effect) => expect(e.outcome).toEqual({ kind: "action", result: { status: "ok", data: { done: true } } });
const okPdf = (e: Effect) => {
  expect(e.outcome.kind === "route" && e.outcome.status).toBe(200);
  expect(e.outcome.kind === "route" && e.outcome.contentType).toBe("application/pdf");
  expect(text(e.outcome).startsWith("%PDF-")).toBe(true);
};
const okDownload = (e: Effect, entity: string) => {
  expect(e.outcome.kind === "route" && e.outcome.status).toBe(200);
  expect(e.outcome.kind === "route" && Buffer.from(e.outcome.body).equals(Buffer.from(PDF_BYTES))).toBe(true);
  expect(grew(e, "auditEntries")).toBe(1);
  return prisma()
    .auditEntry.findFirstOrThrow({ where: { entityId: e.fixture.target }, orderBy: { id: "desc" } })
    .then((a) => expect([a.action, a.entity, a.actorId]).toEqual(["DOCUMENT_OPENED", entity, e.principal.id]));
};
const STAGE_HOLDERS_AND_ADMINS = (role: Role): Who[] => [own(role), own("ADMIN"), "platform admin"];

const scenarios: Scenario[] = [
  // --- server actions -------------------------------------------------------------------------
  {
    entry: "acceptAction",
    name: "acceptAction on a Bulungan request at stage 1 (VERIFY, PETUGAS_LAYANAN)",
    cast: BULUNGAN,
    allowed: STAGE_HOLDERS_AND_ADMINS("PETUGAS_LAYANAN"),
    setup: state.bulunganAtVerify,
    call: (f) =>
      actionOutcome(actions.acceptAction(null, form({ requestId: f.target, version: String(f.version), [`check.${f.documentId}`]: "sah" }))),
    effect: (e) => {
      okAction(e);
      expect(e.after.request).toMatchObject({ status: "DIPROSES", stagePosition: 2, version: e.before.request!.version + 1 });
      expect(changed(e, "checks")).toBe(1);
    },
  },
  {
    entry: "returnAction",
    name: "returnAction on a Bulungan request at stage 1 (VERIFY, PETUGAS_LAYANAN)",
    cast: BULUNGAN,
    allowed: STAGE_HOLDERS_AND_ADMINS("PETUGAS_LAYANAN"),
    setup: state.bulunganAtVerify,
    call: (f) =>
      actionOutcome(
        actions.returnAction(
          null,
          form({
            requestId: f.target,
            version: String(f.version),
            reason: "Surat permohonan belum bertanda tangan.",
            [`check.${f.documentId}`]: "perbaiki",
            [`reason.${f.documentId}`]: "Tanpa tanda tangan kepala dinas.",
          }),
        ),
      ),
    effect: (e) => {
      okAction(e);
      expect(e.after.request).toMatchObject({ status: "PERLU_PERBAIKAN", stagePosition: 1 });
      expect(changed(e, "revisions")).toBe(1);
    },
  },
  {
    entry: "rejectAction",
    name: "rejectAction on a Bangka Belitung request at stage 1 (DISPOSE, KEPALA_DINAS)",
    cast: BABEL,
    allowed: STAGE_HOLDERS_AND_ADMINS("KEPALA_DINAS"),
    setup: state.babelAtStage1,
    call: (f) => actionOutcome(actions.rejectAction(null, form({ requestId: f.target, version: String(f.version), reason: "Data yang diminta sudah tersedia di portal." }))),
    effect: (e) => {
      okAction(e);
      expect(e.after.request).toMatchObject({ status: "DITOLAK", stagePosition: null });
    },
  },
  {
    entry: "disposeAction",
    name: "disposeAction on a Bangka Belitung request at stage 1 (DISPOSE, KEPALA_DINAS)",
    cast: BABEL,
    allowed: STAGE_HOLDERS_AND_ADMINS("KEPALA_DINAS"),
    setup: state.babelAtStage1,
    call: (f) =>
      actionOutcome(
        actions.disposeAction(
          null,
          form({
            requestId: f.target,
            version: String(f.version),
            toUserId: userId(staffEmail("KEPALA_BIDANG", "babel")),
            instructions: "Proses lebih lanjut",
            note: "Mohon ditindaklanjuti.",
            urgency: "SEGERA",
          }),
        ),
      ),
    effect: (e) => {
      okAction(e);
      expect(e.after.request).toMatchObject({ status: "DIVERIFIKASI", stagePosition: 2, assigneeId: userId(staffEmail("KEPALA_BIDANG", "babel")) });
      expect(changed(e, "dispositions")).toBe(1);
    },
  },
  {
    entry: "sendBackAction",
    name: "sendBackAction on a Bangka Belitung request at stage 2 (DISPOSE, disposed to the KEPALA_BIDANG)",
    cast: BABEL,
    allowed: STAGE_HOLDERS_AND_ADMINS("KEPALA_BIDANG"),
    setup: state.babelAtStage2,
    call: (f) => actionOutcome(actions.sendBackAction(null, form({ requestId: f.target, version: String(f.version), reason: "Perlu arahan ulang Kepala Dinas." }))),
    effect: (e) => {
      okAction(e);
      expect(e.after.request).toMatchObject({ stagePosition: 1, assigneeId: userId(staffEmail("KEPALA_DINAS", "babel")) });
    },
  },
  {
    entry: "assignAction",
    name: "assignAction on a Bulungan request at stage 2 (EXECUTE, PENANGGUNG_JAWAB_TEKNIS, unassigned)",
    cast: BULUNGAN,
    allowed: STAGE_HOLDERS_AND_ADMINS("PENANGGUNG_JAWAB_TEKNIS"),
    setup: state.bulunganAtExecute,
    call: (f) =>
      actionOutcome(
        actions.assignAction(null, form({ requestId: f.target, version: String(f.version), assigneeId: userId(staffEmail("PENANGGUNG_JAWAB_TEKNIS", "bulungan")) })),
      ),
    effect: (e) => {
      okAction(e);
      expect(e.after.request).toMatchObject({ status: "DIPROSES", stagePosition: 2, assigneeId: userId(staffEmail("PENANGGUNG_JAWAB_TEKNIS", "bulungan")) });
    },
  },
  {
    entry: "completeAction",
    name: "completeAction on a Bulungan request at stage 2 (EXECUTE, PENANGGUNG_JAWAB_TEKNIS, unassigned)",
    cast: BULUNGAN,
    allowed: STAGE_HOLDERS_AND_ADMINS("PENANGGUNG_JAWAB_TEKNIS"),
    setup: state.bulunganAtExecute,
    call: (f) => actionOutcome(actions.completeAction(null, form({ requestId: f.target, version: String(f.version), resultSummary: "Hosting arsip.bulungan.go.id aktif." }))),
    effect: (e) => {
      okAction(e);
      expect(e.after.request).toMatchObject({ status: "SELESAI", stagePosition: null });
    },
  },
  {
    entry: "noteAction",
    name: "noteAction on a Bulungan request at stage 1",
    cast: BULUNGAN,
    allowed: [...OWN_STAFF, "platform admin"],
    setup: state.bulunganAtVerify,
    call: (f) => actionOutcome(actions.noteAction(null, form({ requestId: f.target, body: "Sedang dikoordinasikan dengan pemohon.", visibleToApplicant: "on" }))),
    effect: (e) => {
      okAction(e);
      expect(changed(e, "notes")).toBe(1);
      expect(e.after.request!.version).toBe(e.before.request!.version);
    },
  },
  {
    entry: "createDelegationAction",
    name: "createDelegationAction in Bangka Belitung",
    cast: BABEL,
    allowed: OWN_STAFF.filter((w) => w !== own("ADMIN")),
    watches: "none",
    setup: async () => ({ requestId: "", version: 0, target: ids.babel! }),
    call: (f) => {
      // A period in the future: a delegation made by one cell must not let a later cell's Plh act.
      const me = seams.principal?.id;
      const kabid = userId(staffEmail("KEPALA_BIDANG", "babel"));
      const substituteId = me === kabid ? userId(staffEmail("SUB_KOORDINATOR", "babel")) : kabid;
      return actionOutcome(
        actions.createDelegationAction(
          null,
          form({ agencyId: f.target, substituteId, kind: "PLH", startsAt: "2099-03-02T07:30", endsAt: "2099-03-06T16:00", reason: "Dinas luar" }),
        ),
      );
    },
    // Own ADMIN and the platform admin pass the guard but are not officials who can be away: forbidden (the default).
    effect: async (e) => {
      okAction(e);
      expect(grew(e, "delegations")).toBe(1);
      const d = await prisma().delegation.findFirstOrThrow({ orderBy: { createdAt: "desc" } });
      expect([d.agencyId, d.officialId]).toEqual([ids.babel, e.principal.id]);
    },
  },

  // --- routes ---------------------------------------------------------------------------------
  {
    entry: "GET tanda-terima",
    name: "GET /api/permohonan/[id]/tanda-terima (receipt) of a Bulungan request",
    cast: BULUNGAN,
    allowed: [...OWN_STAFF, "platform admin", "applicant"],
    setup: state.bulunganAtVerify,
    call: async (f) => routeOutcome(await getReceipt(get(`/api/permohonan/${f.target}/tanda-terima`), params({ id: f.target }))),
    effect: okPdf,
  },
  {
    entry: "GET surat-penyelesaian",
    name: "GET /api/permohonan/[id]/surat-penyelesaian (completion letter) of a completed Bulungan request",
    cast: BULUNGAN,
    allowed: [...OWN_STAFF, "platform admin", "applicant"],
    setup: state.bulunganCompleted,
    call: async (f) => routeOutcome(await getCompletionLetter(get(`/api/permohonan/${f.target}/surat-penyelesaian`), params({ id: f.target }))),
    effect: okPdf,
  },
  {
    entry: "GET dokumen",
    name: "GET /api/dokumen/[id] (request document) of a Bulungan request",
    cast: BULUNGAN,
    allowed: [...OWN_STAFF, "platform admin", "applicant"],
    setup: async () => fixture(await submitted(BULUNGAN), "document"),
    call: async (f) => routeOutcome(await getDocument(get(`/api/dokumen/${f.target}`), params({ id: f.target }))),
    effect: (e) => okDownload(e, "RequestDocument"),
  },
  {
    entry: "GET hasil",
    name: "GET /api/hasil/[id] (result document) of a Bulungan request",
    cast: BULUNGAN,
    allowed: [...OWN_STAFF, "platform admin", "applicant"],
    setup: state.bulunganWithResult,
    call: async (f) => routeOutcome(await getResult(get(`/api/hasil/${f.target}`), params({ id: f.target }))),
    effect: (e) => okDownload(e, "ResultDocument"),
  },
  {
    entry: "GET lembar-disposisi",
    name: "GET /api/meja/permohonan/[id]/lembar-disposisi of a Bangka Belitung request at stage 2",
    cast: BABEL,
    allowed: [...OWN_STAFF, "platform admin"],
    setup: state.babelAtStage2,
    call: async (f) => routeOutcome(await getDispositionSheet(get(`/api/meja/permohonan/${f.target}/lembar-disposisi`), params({ id: f.target }))),
    effect: okPdf,
  },
  {
    entry: "GET audit.csv",
    name: "GET /api/meja/permohonan/[id]/audit.csv of a Bangka Belitung request at stage 2",
    cast: BABEL,
    allowed: [...OWN_STAFF, "platform admin"],
    setup: state.babelAtStage2,
    call: async (f) => routeOutcome(await getAuditCsv(get(`/api/meja/permohonan/${f.target}/audit.csv`), params({ id: f.target }))),
    effect: (e) => {
      expect(e.outcome.kind === "route" && [e.outcome.status, e.outcome.contentType]).toEqual([200, "text/csv; charset=utf-8"]);
      expect(text(e.outcome)).toMatch(/^\uFEFFid,waktu_utc,pelaku/);
      expect(text(e.outcome)).toContain('"DISPOSED"');
    },
  },
  {
    entry: "POST hasil",
    name: "POST /api/meja/permohonan/[id]/hasil (result upload) on a Bulungan request at stage 2 (EXECUTE, unassigned)",
    cast: BULUNGAN,
    allowed: STAGE_HOLDERS_AND_ADMINS("PENANGGUNG_JAWAB_TEKNIS"),
    setup: state.bulunganAtExecute,
    call: async (f) => routeOutcome(await postResult(post(`/api/meja/permohonan/${f.target}/hasil`, form({ file: pdfFile("hasil.pdf") })), params({ id: f.target }))),
    effect: (e) => {
      expect(e.outcome.kind === "route" && e.outcome.status).toBe(201);
      expect(changed(e, "results")).toBe(1);
      expect(grew(e, "files")).toBe(1);
    },
  },
  {
    entry: "POST perbaikan",
    name: "POST /api/permohonan/[id]/perbaikan (resubmit) on a returned Bulungan request",
    cast: BULUNGAN,
    allowed: ["applicant"],
    // The revision is the applicant's own: staff and platform admins cannot resubmit for them.
    refusals: refuseAs([...OWN_STAFF, "platform admin"], "not-found"),
    setup: state.bulunganReturned,
    call: async (f) =>
      routeOutcome(
        await postResubmit(
          post(`/api/permohonan/${f.target}/perbaikan`, form({ version: String(f.version), [`document.${ids.hostingDoc}`]: pdfFile("surat-baru.pdf") })),
          params({ id: f.target }),
        ),
      ),
    effect: (e) => {
      expect(e.outcome.kind === "route" && e.outcome.status).toBe(200);
      expect(e.after.request).toMatchObject({ status: "DIAJUKAN", stagePosition: 1, version: e.before.request!.version + 1 });
      expect(changed(e, "documents")).toBe(1);
    },
  },
  {
    entry: "POST permohonan (Bulungan hosting)",
    name: "POST /api/permohonan (submit) to Bulungan hosting-subdomain-email: open to every signed-in user",
    cast: BULUNGAN,
    allowed: EVERYONE.filter((w) => w !== "anonymous"),
    watches: "none",
    setup: async () => ({ requestId: "", version: 0, target: ids.hosting! }),
    call: async (f) => routeOutcome(await postSubmit(post("/api/permohonan", submissionForm(f.target, "bulungan")), params({}))),
    effect: async (e) => {
      expect(e.outcome.kind === "route" && e.outcome.status, text(e.outcome)).toBe(201);
      expect(grew(e, "requests")).toBe(1);
      const created = await prisma().serviceRequest.findUniqueOrThrow({ where: { id: json(e.outcome).data.requestId } });
      expect([created.applicantId, created.serviceId, created.status]).toEqual([e.principal.id, ids.hosting, "DIAJUKAN"]);
    },
  },
  {
    entry: "POST permohonan (Haltim pengelolaan-data)",
    name: "POST /api/permohonan (submit) to Halmahera Timur pengelolaan-data: only @haltimkab.go.id addresses",
    cast: HALTIM,
    allowed: ["applicant"],
    refusals: refuseAs(EVERYONE.filter((w) => w !== "anonymous" && w !== "applicant"), "ineligible"),
    watches: "none",
    setup: async () => ({ requestId: "", version: 0, target: ids.haltimData! }),
    call: async (f) => routeOutcome(await postSubmit(post("/api/permohonan", submissionForm(f.target, "haltim")), params({}))),
    effect: async (e) => {
      expect(e.outcome.kind === "route" && e.outcome.status, text(e.outcome)).toBe(201);
      expect(grew(e, "requests")).toBe(1);
    },
  },
];

/** The submission form as the portal posts it, filled with the signed-in user's own name. */
function submissionForm(serviceId: string, agency: "bulungan" | "haltim"): FormData {
  const me = seams.principal;
  const fields: Record<string, string | File> = {
    idempotencyKey: randomUUID(),
    serviceId,
    applicantName: me?.name ?? "Tanpa Nama",
    employeeNumberKind: "NIP",
    employeeNumber: agency === "bulungan" ? "198609262015052001" : "199203112020122003",
    opdId: agency === "bulungan" ? ids.bulunganOpd! : ids.haltimOpd!,
    jabatan: "Pranata Komputer Ahli Pertama",
    description: "Permohonan untuk pengujian matriks otorisasi.",
  };
  if (agency === "bulungan") Object.assign(fields, { scopeCode: "hosting", "details.subdomain": "matriks" });
  else Object.assign(fields, { scopeCode: "data-sektoral" });
  fields[`document.${agency === "bulungan" ? ids.hostingDoc : ids.haltimDataDoc}`] = pdfFile("surat-permohonan.pdf");
  return form(fields);
}

function expectedOf(s: Scenario, who: Who): "allowed" | Refusal {
  if (s.allowed.includes(who)) return "allowed";
  if (who === "anonymous") return "unauthenticated";
  const override = s.refusals?.[who];
  if (override) return override;
  return who.endsWith("(own agency)") || who === "platform admin" ? "forbidden" : "not-found";
}

const LABEL: Record<"allowed" | Refusal, string> = {
  allowed: "allowed",
  unauthenticated: "refused (not signed in)",
  forbidden: "refused (forbidden)",
  "not-found": "refused (not found)",
  ineligible: "refused (not eligible)",
};

const ROUTE_STATUS: Record<Refusal, number> = { unauthenticated: 401, forbidden: 403, "not-found": 404, ineligible: 400 };

// ---------------------------------------------------------------------------------------------
// The matrix

// `%s` keeps the names whole ("$name" would be quoted and truncated).
describe.each(scenarios.map((s) => [s.name, s] as const))("%s", (_name, scenario) => {
  const cells = EVERYONE.map((who) => {
    const expected = expectedOf(scenario, who);
    return [`${scenario.entry} × ${who} → ${LABEL[expected]}`, who, expected] as const;
  });

  it.each(cells)("%s", async (_label, who, expected) => {
    const f = await scenario.setup();
    const email = emailOf(who, scenario.cast);
    const p = email ? principal(email) : null;
    const watched = scenario.watches === "none" ? null : f.requestId;
    const before = await snapshot(watched);
    const outcome = await as(p, () => scenario.call(f));
    const after = await snapshot(watched);

    if (expected === "allowed") {
      await scenario.effect({ fixture: f, before, after, outcome, principal: p! });
      return;
    }

    // Refused: and nothing changed, neither the request nor anything else (files included).
    expect(after).toEqual(before);
    if (outcome.kind === "route") {
      expect(outcome.status, text(outcome)).toBe(ROUTE_STATUS[expected]);
      expect(json(outcome).status).toBe("error");
    } else {
      expect(outcome.result.status, text(outcome)).toBe("error");
    }
    const message: string = json(outcome).message;
    switch (expected) {
      case "unauthenticated":
        expect(message).toBe("Silakan masuk terlebih dahulu.");
        break;
      case "forbidden":
        expect(FORBIDDEN_MESSAGES).toContain(message);
        break;
      case "ineligible":
        expect(message).toBe("Layanan ini hanya untuk pemohon dengan alamat email @haltimkab.go.id.");
        break;
      case "not-found": {
        // Not found, and word for word what the same principal gets for an id that does not exist:
        // the refusal must not reveal that the row exists.
        expect(message).toMatch(/tidak ditemukan\.$/);
        const probe = await as(p, () => scenario.call({ ...f, target: randomUUID() }));
        expect(json(outcome)).toEqual(json(probe));
        if (outcome.kind === "route" && probe.kind === "route") expect(outcome.status).toBe(probe.status);
        expect(await snapshot(watched)).toEqual(before);
        break;
      }
    }
  });
});

describe("substitutes (Plh) through the real disposeAction", () => {
  const kadis = () => userId(staffEmail("KEPALA_DINAS", "babel"));
  const kabid = () => staffEmail("KEPALA_BIDANG", "babel");
  const dispose = (f: Fixture) =>
    actions.disposeAction(null, {
      requestId: f.requestId,
      version: f.version,
      toUserId: userId(staffEmail("KEPALA_BIDANG", "babel")),
      instructions: ["Proses lebih lanjut"],
      urgency: "BIASA",
    });

  it.each([
    ["disposeAction × Plh of the Kepala Dinas (active delegation) → allowed", -3600_000, 3600_000, true],
    ["disposeAction × Plh of the Kepala Dinas (delegation ended) → refused (forbidden)", -7200_000, -3600_000, false],
    ["disposeAction × Plh of the Kepala Dinas (delegation not yet started) → refused (forbidden)", 3600_000, 7200_000, false],
  ] as const)("%s", async (_label, from, to, ok) => {
    const f = await state.babelAtStage1();
    const delegation = await prisma().delegation.create({
      data: { agencyId: ids.babel!, officialId: kadis(), substituteId: userId(kabid()), kind: "PLH", startsAt: new Date(Date.now() + from), endsAt: new Date(Date.now() + to) },
    });
    try {
      const before = await snapshot(f.requestId);
      const result = await as(principal(kabid()), () => dispose(f));
      const after = await snapshot(f.requestId);
      if (ok) {
        expect(result).toEqual({ status: "ok", data: { done: true } });
        const d = await prisma().disposition.findFirstOrThrow({ where: { requestId: f.requestId } });
        expect([d.fromUserId, d.onBehalfOfId]).toEqual([userId(kabid()), kadis()]);
      } else {
        expect(result).toEqual({ status: "error", message: "Tindakan pada tahap ini hanya untuk pemegang peran tahap tersebut." });
        expect(after).toEqual(before);
      }
    } finally {
      await prisma().delegation.delete({ where: { id: delegation.id } });
    }
  });
});
