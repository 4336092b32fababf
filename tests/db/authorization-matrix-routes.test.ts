import { randomUUID } from "node:crypto";
import { expect, vi } from "vitest";

/**
 * Authorization matrix, route handlers: every data route as every kind of principal
 * (tests/support/authorization-matrix.ts), through the real handler and its declared access rule.
 */
const { seams } = await vi.hoisted(() => import("../support/matrix-seams"));
vi.mock("@/features/auth/session", () => ({ getPrincipal: async () => seams.principal }));
vi.mock("@/lib/db", () => ({ db: async () => seams.database!.prisma, getDatabase: async () => seams.database! }));

import { GET as getPersonalDataAccessCsv } from "@/app/api/admin/akses-data/route";
import { GET as getReportCsv } from "@/app/api/meja/laporan/csv/route";
import { GET as getAuditCsv } from "@/app/api/meja/permohonan/[id]/audit.csv/route";
import { POST as postResult } from "@/app/api/meja/permohonan/[id]/hasil/route";
import { GET as getDispositionSheet } from "@/app/api/meja/permohonan/[id]/lembar-disposisi/route";
import { GET as getDocument } from "@/app/api/dokumen/[id]/route";
import { GET as getResult } from "@/app/api/hasil/[id]/route";
import { POST as postResubmit } from "@/app/api/permohonan/[id]/perbaikan/route";
import { GET as getCompletionLetter } from "@/app/api/permohonan/[id]/surat-penyelesaian/route";
import { GET as getReceipt } from "@/app/api/permohonan/[id]/tanda-terima/route";
import { POST as postSubmit } from "@/app/api/permohonan/route";
import {
  changed,
  form,
  get,
  grew,
  json,
  okDownload,
  okPdf,
  params,
  post,
  refuseAs,
  routeOutcome,
  runMatrix,
  type Scenario,
  text,
} from "../support/authorization-matrix";
import {
  BABEL,
  BULUNGAN,
  EVERYONE,
  HALTIM,
  ids,
  LETTER,
  OWN_STAFF,
  pdfFile,
  prisma,
  STAGE_HOLDERS_AND_ADMINS,
  state,
  setUpMatrixDatabase,
} from "../support/matrix-cast";

setUpMatrixDatabase();

/** The submission form as the portal posts it, filled with the signed-in user's own name. */
function submissionForm(serviceId: string, agency: "bulungan" | "haltim"): FormData {
  const me = seams.principal;
  const scope = agency === "bulungan" ? "hosting" : "data-sektoral";
  return form({
    idempotencyKey: randomUUID(),
    serviceId,
    privacyAcknowledged: "true",
    applicantName: me?.name ?? "Tanpa Nama",
    employeeNumberKind: "NIP",
    employeeNumber: agency === "bulungan" ? "198609262015052001" : "199203112020122003",
    opdId: agency === "bulungan" ? ids.bulunganOpd! : ids.haltimOpd!,
    jabatan: "Pranata Komputer Ahli Pertama",
    description: "Permohonan untuk pengujian matriks otorisasi.",
    ...LETTER,
    // The one-lingkup and the several-lingkup field; the form sends the one the service asks for.
    scopeCode: scope,
    scopeCodes: scope,
    ...(agency === "bulungan" ? { "details.subdomain": "matriks" } : {}),
    [`document.${agency === "bulungan" ? ids.hostingDoc : ids.haltimDataDoc}`]: pdfFile("surat-permohonan.pdf"),
  });
}

const scenarios: Scenario[] = [
  {
    entry: "GET akses-data",
    name: "GET /api/admin/akses-data (breach report of personal-data access, CSV)",
    cast: BULUNGAN,
    // The platform admin only; an agency's own staff, admin included, read it as a page that does not exist.
    allowed: ["platform admin"],
    refusals: refuseAs(OWN_STAFF, "not-found"),
    watches: "none",
    setup: async () => ({ requestId: "", version: 0, target: "" }),
    call: async () => routeOutcome(await getPersonalDataAccessCsv(get("/api/admin/akses-data"), params({}))),
    effect: (e) => {
      expect(e.outcome.kind === "route" && [e.outcome.status, e.outcome.contentType]).toEqual([200, "text/csv; charset=utf-8"]);
      expect(text(e.outcome)).toMatch(/^\uFEFF"?waktu_utc"?,"?pengakses"?,/);
    },
  },
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
    call: async (f) =>
      routeOutcome(await getCompletionLetter(get(`/api/permohonan/${f.target}/surat-penyelesaian`), params({ id: f.target }))),
    effect: okPdf,
  },
  {
    entry: "GET dokumen",
    name: "GET /api/dokumen/[id] (request document) of a Bulungan request",
    cast: BULUNGAN,
    allowed: [...OWN_STAFF, "platform admin", "applicant"],
    setup: state.bulunganDocument,
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
    call: async (f) =>
      routeOutcome(await getDispositionSheet(get(`/api/meja/permohonan/${f.target}/lembar-disposisi`), params({ id: f.target }))),
    effect: okPdf,
  },
  {
    entry: "GET laporan csv",
    name: "GET /api/meja/laporan/csv?instansi=bulungan (the agency's SLA report)",
    cast: BULUNGAN,
    // Any staff role of the agency reads its report; the slug of another agency reads as unknown.
    allowed: [...OWN_STAFF, "platform admin"],
    watches: "none",
    setup: async () => ({ requestId: "", version: 0, target: "bulungan" }),
    call: async (f) => routeOutcome(await getReportCsv(get(`/api/meja/laporan/csv?instansi=${f.target}`), params({}))),
    effect: (e) => {
      expect(e.outcome.kind === "route" && [e.outcome.status, e.outcome.contentType]).toEqual([200, "text/csv; charset=utf-8"]);
    },
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
      // The header row, whether or not the writer quotes it.
      expect(text(e.outcome)).toMatch(/^\uFEFF"?id"?,"?waktu_utc"?,"?pelaku"?,/);
      expect(text(e.outcome)).toContain('"DISPOSED"');
    },
  },
  {
    entry: "POST hasil",
    name: "POST /api/meja/permohonan/[id]/hasil (result upload) on a Bulungan request at stage 2 (EXECUTE, unassigned)",
    cast: BULUNGAN,
    allowed: STAGE_HOLDERS_AND_ADMINS("PENANGGUNG_JAWAB_TEKNIS"),
    setup: state.bulunganAtExecute,
    call: async (f) =>
      routeOutcome(
        await postResult(post(`/api/meja/permohonan/${f.target}/hasil`, form({ file: pdfFile("hasil.pdf") })), params({ id: f.target })),
      ),
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
          post(
            `/api/permohonan/${f.target}/perbaikan`,
            form({ version: String(f.version), [`document.${ids.hostingDoc}`]: pdfFile("surat-baru.pdf") }),
          ),
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
    refusals: refuseAs(
      EVERYONE.filter((w) => w !== "anonymous" && w !== "applicant"),
      "ineligible",
    ),
    watches: "none",
    setup: async () => ({ requestId: "", version: 0, target: ids.haltimData! }),
    call: async (f) => routeOutcome(await postSubmit(post("/api/permohonan", submissionForm(f.target, "haltim")), params({}))),
    effect: async (e) => {
      expect(e.outcome.kind === "route" && e.outcome.status, text(e.outcome)).toBe(201);
      expect(grew(e, "requests")).toBe(1);
    },
  },
];

runMatrix(scenarios);
