import { randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, expect } from "vitest";
import type { Principal, Role } from "../../features/auth/roles";
import { invalidateCatalog } from "../../features/catalog/queries";
import { documentStore } from "../../features/documents";
import { submitRequest } from "../../features/requests/submit";
import * as desk from "../../features/workflow/desk";
import { env } from "../../lib/env";
import { seedCatalog } from "../../prisma/seed/catalog";
import { seedDemoAccounts } from "../../prisma/seed/demo-accounts";
import { seams } from "./matrix-seams";
import { principalOf } from "./principals";
import { createTestDatabase } from "./test-db";

/**
 * Who plays in the authorization matrix (every staff role of the request's own agency and of
 * another, the platform admin, the applicant, another applicant, nobody) and the states a request
 * is brought into before each cell, through the real submission and desk code.
 */
export const STAFF_ROLES = [
  "ADMIN",
  "KEPALA_DINAS",
  "KEPALA_BIDANG",
  "SUB_KOORDINATOR",
  "PETUGAS_LAYANAN",
  "PENANGGUNG_JAWAB_TEKNIS",
] as const satisfies readonly Role[];
const HANDLE: Record<Role, string> = {
  ADMIN: "admin",
  KEPALA_DINAS: "kadis",
  KEPALA_BIDANG: "kabid",
  SUB_KOORDINATOR: "subkoor",
  PETUGAS_LAYANAN: "petugas",
  PENANGGUNG_JAWAB_TEKNIS: "teknis",
};
type AgencyCode = "bulungan" | "babel" | "haltim";
export const staffEmail = (role: Role, agency: AgencyCode) => `${HANDLE[role]}.${agency}@loket.example`;

export type Who = `${Role} (own agency)` | `${Role} (other agency)` | "platform admin" | "applicant" | "other applicant" | "anonymous";

export const own = (role: Role): Who => `${role} (own agency)`;
export const OWN_STAFF: Who[] = STAFF_ROLES.map(own);
export const EVERYONE: Who[] = [
  ...OWN_STAFF,
  ...STAFF_ROLES.map((r): Who => `${r} (other agency)`),
  "platform admin",
  "applicant",
  "other applicant",
  "anonymous",
];
export const STAGE_HOLDERS_AND_ADMINS = (role: Role): Who[] => [own(role), own("ADMIN"), "platform admin"];

const APPLICANT = {
  ani: "ani.rahmawati@bulungan.go.id",
  bayu: "bayu.pratama@bulungan.go.id",
  citra: "citra.lestari@haltimkab.go.id",
  dimas: "dimas.saputra@babelprov.go.id",
} as const;

/** Which agency is "own"/"other" and who the applicants are, per scenario. */
export interface Cast {
  own: AgencyCode;
  other: AgencyCode;
  applicant: string;
  otherApplicant: string;
}
export const BULUNGAN: Cast = { own: "bulungan", other: "babel", applicant: APPLICANT.ani, otherApplicant: APPLICANT.bayu };
export const BABEL: Cast = { own: "babel", other: "bulungan", applicant: APPLICANT.dimas, otherApplicant: APPLICANT.ani };
export const HALTIM: Cast = { own: "haltim", other: "bulungan", applicant: APPLICANT.citra, otherApplicant: APPLICANT.ani };

export function emailOf(who: Who, cast: Cast): string | null {
  if (who === "anonymous") return null;
  if (who === "platform admin") return "platform@loket.example";
  if (who === "applicant") return cast.applicant;
  if (who === "other applicant") return cast.otherApplicant;
  const [role, scope] = who.split(" ") as [Role, string];
  return staffEmail(role, scope === "(own" ? cast.own : cast.other);
}

const principals = new Map<string, Principal>();
export const principal = (email: string) => principals.get(email)!;
export const userId = (email: string) => principal(email).id;
export const official = (email: string) => ({ principal: principal(email) });

/** Runs `fn` with `p` signed in (the mocked session seam). */
export async function as<T>(p: Principal | null, fn: () => Promise<T>): Promise<T> {
  seams.principal = p;
  try {
    return await fn();
  } finally {
    seams.principal = null;
  }
}

export const prisma = () => seams.database!.prisma;
/** Ids of the seeded services, documents, agencies and OPDs the scenarios use. */
export const ids: Record<string, string> = {};

/** A fresh seeded database for the test file, and the principals of every player. */
export function setUpMatrixDatabase(): void {
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
}

export const PDF_BYTES = new TextEncoder().encode("%PDF-1.4\n".padEnd(1500, " "));
const pdfUpload = () => ({ name: "surat.pdf", size: PDF_BYTES.length, bytes: PDF_BYTES });
export const pdfFile = (name: string) => new File([PDF_BYTES], name, { type: "application/pdf" });

/** The applicant's own letter, dated a week ago (the form refuses a date in the future). */
export const LETTER = { letterNumber: "005/214/Disdik/2026", letterDate: new Date(Date.now() - 7 * 86_400_000).toISOString().slice(0, 10) };

/** The lingkup chosen, in both the one-lingkup and the several-lingkup shape of the form. */
export const scopeFields = (code: string) => ({ scopeCode: code, scopeCodes: [code] });

/** A fresh request, submitted by its applicant through the real submission code. */
async function submitted(cast: Cast): Promise<string> {
  const applicant = await prisma().user.findUniqueOrThrow({ where: { email: cast.applicant } });
  const bulungan = cast.own === "bulungan";
  const opd = await prisma().opd.findFirstOrThrow({ where: { id: applicant.opdId! } });
  const r = await submitRequest(prisma(), documentStore(), {
    applicant: { id: applicant.id, email: applicant.email },
    fields: {
      idempotencyKey: randomUUID(),
      privacyAcknowledged: "true",
      serviceId: bulungan ? ids.hosting! : ids.data!,
      applicantName: applicant.name,
      employeeNumberKind: "NIP",
      employeeNumber: applicant.employeeNumber,
      opdId: opd.id,
      jabatan: applicant.jabatan,
      description: "Permohonan untuk pengujian matriks otorisasi.",
      ...LETTER,
      ...(bulungan ? { ...scopeFields("hosting"), details: { subdomain: "arsip" } } : { ...scopeFields("perencanaan-data"), details: {} }),
    },
    files: { [bulungan ? ids.hostingDoc! : ids.dataDoc!]: pdfUpload() },
  });
  return r.requestId;
}

export interface Fixture {
  requestId: string;
  version: number;
  /** The id the cell addresses (request, document, result or agency). */
  target: string;
  documentId?: string;
}

export async function fixture(requestId: string, target: "request" | "document" | "result" = "request"): Promise<Fixture> {
  const r = await prisma().serviceRequest.findUniqueOrThrow({
    where: { id: requestId },
    select: { version: true, documents: { where: { supersededAt: null }, select: { id: true } }, results: { select: { id: true } } },
  });
  const documentId = r.documents[0]?.id;
  const ofTarget = { request: requestId, document: documentId!, result: r.results[0]?.id ?? "" };
  return { requestId, version: r.version, target: ofTarget[target], documentId };
}

export const state = {
  /** Bulungan hosting, stage 1 (VERIFY, PETUGAS_LAYANAN). */
  bulunganAtVerify: async () => fixture(await submitted(BULUNGAN)),
  /** A Bulungan request addressed by its first document. */
  bulunganDocument: async () => fixture(await submitted(BULUNGAN), "document"),
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
