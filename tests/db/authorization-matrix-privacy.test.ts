import JSZip from "jszip";
import { expect, vi } from "vitest";

/**
 * Authorization matrix, personal data: "Data saya" (the export route), the agency's retention
 * setting and account deletion, as every kind of principal (tests/support/authorization-matrix.ts).
 */
const { seams } = await vi.hoisted(() => import("../support/matrix-seams"));
vi.mock("@/features/auth/session", () => ({ getPrincipal: async () => seams.principal }));
vi.mock("@/lib/db", () => ({ db: async () => seams.database!.prisma, getDatabase: async () => seams.database! }));

import { GET as getMyData } from "@/app/api/akun/data-saya/route";
import { setRetentionAction } from "@/features/admin/actions";
import { deleteOwnAccountAction } from "@/features/privacy/actions";
import { EXPORT_JSON } from "@/features/privacy/export";
import { actionOutcome, form, get, params, refuseAs, routeOutcome, runMatrix, type Scenario } from "../support/authorization-matrix";
import { BULUNGAN, EVERYONE, ids, own, prisma, setUpMatrixDatabase, state } from "../support/matrix-cast";

setUpMatrixDatabase();

const STAFF_AND_PLATFORM = EVERYONE.filter((w) => w !== "applicant" && w !== "other applicant" && w !== "anonymous");

const scenarios: Scenario[] = [
  {
    entry: "GET akun/data-saya",
    name: "GET /api/akun/data-saya (own data as ZIP) while Ani has a Bulungan request",
    cast: BULUNGAN,
    // Everyone signed in gets their own data, never anyone else's.
    allowed: EVERYONE.filter((w) => w !== "anonymous"),
    watches: "none",
    setup: state.bulunganAtVerify,
    call: async () => routeOutcome(await getMyData(get("/api/akun/data-saya"), params({}))),
    effect: async (e) => {
      expect(e.outcome.kind === "route" && [e.outcome.status, e.outcome.contentType]).toEqual([200, "application/zip"]);
      const zip = await JSZip.loadAsync(e.outcome.kind === "route" ? e.outcome.body : new Uint8Array());
      const data = JSON.parse(await zip.file(EXPORT_JSON)!.async("string"));
      expect([data.akun.id, data.akun.email]).toEqual([e.principal.id, e.principal.email]);
      const own = await prisma().serviceRequest.findMany({ where: { applicantId: e.principal.id }, select: { registrationNumber: true } });
      expect(data.permohonan.map((r: { nomorRegistrasi: string }) => r.nomorRegistrasi).sort()).toEqual(
        own.map((r) => r.registrationNumber).sort(),
      );
      const logged = await prisma().personalDataAccess.findFirstOrThrow({ where: { actorId: e.principal.id }, orderBy: { id: "desc" } });
      expect([logged.kind, logged.subjectIds]).toEqual(["OWN_DATA_EXPORTED", [e.principal.id]]);
    },
  },
  {
    entry: "setRetentionAction",
    name: "setRetentionAction on Bulungan (retention years of closed requests' personal data)",
    cast: BULUNGAN,
    allowed: [own("ADMIN"), "platform admin"],
    watches: "none",
    setup: async () => {
      await prisma().agency.update({ where: { id: ids.bulungan! }, data: { retentionYears: 5 } });
      return { requestId: "", version: 0, target: ids.bulungan! };
    },
    call: (f) => actionOutcome(setRetentionAction(null, form({ agencyId: f.target, retentionYears: "7" }))),
    effect: async (e) => {
      expect(e.outcome).toEqual({ kind: "action", result: { status: "ok", data: { done: true } } });
      expect((await prisma().agency.findUniqueOrThrow({ where: { id: ids.bulungan! } })).retentionYears).toBe(7);
    },
  },
  {
    // Last: the allowed cells delete the cast's applicants.
    entry: "deleteOwnAccountAction",
    name: "deleteOwnAccountAction (own account only; staff accounts are not deleted here)",
    cast: BULUNGAN,
    allowed: ["applicant", "other applicant"],
    refusals: refuseAs(STAFF_AND_PLATFORM, "forbidden"),
    watches: "none",
    setup: async () => {
      // Close what earlier scenarios left open, so that nothing in progress blocks the deletion.
      await prisma().serviceRequest.updateMany({
        where: { status: { notIn: ["SELESAI", "DITOLAK", "DIBATALKAN"] } },
        data: { status: "SELESAI", stagePosition: null, completedAt: new Date() },
      });
      return { requestId: "", version: 0, target: "" };
    },
    call: () => actionOutcome(deleteOwnAccountAction(null, form({ reason: "PRIVASI", confirm: "HAPUS AKUN SAYA" }))),
    effect: async (e) => {
      expect(e.outcome.kind === "action" && e.outcome.result.status).toBe("ok");
      const user = await prisma().user.findUniqueOrThrow({ where: { id: e.principal.id } });
      expect(user.email).not.toBe(e.principal.email);
      expect(user.erasedAt).not.toBeNull();
      expect(await prisma().dataErasure.count({ where: { userId: e.principal.id, kind: "ACCOUNT_DELETION" } })).toBe(1);
    },
  },
];

runMatrix(scenarios);
