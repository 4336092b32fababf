import { describe, expect, it, vi } from "vitest";

/**
 * Authorization matrix, server actions: every desk action as every kind of principal
 * (tests/support/authorization-matrix.ts), and substitutes (Plh) through the real disposeAction.
 */
const { seams } = await vi.hoisted(() => import("../support/matrix-seams"));
vi.mock("@/features/auth/session", () => ({ getPrincipal: async () => seams.principal }));
vi.mock("@/lib/db", () => ({ db: async () => seams.database!.prisma, getDatabase: async () => seams.database! }));

import * as actions from "@/features/workflow/actions";
import { actionOutcome, changed, form, grew, okAction, runMatrix, type Scenario, snapshot } from "../support/authorization-matrix";
import {
  as,
  BABEL,
  BULUNGAN,
  type Fixture,
  ids,
  own,
  OWN_STAFF,
  principal,
  prisma,
  STAGE_HOLDERS_AND_ADMINS,
  staffEmail,
  state,
  setUpMatrixDatabase,
  userId,
} from "../support/matrix-cast";

setUpMatrixDatabase();

const scenarios: Scenario[] = [
  {
    entry: "acceptAction",
    name: "acceptAction on a Bulungan request at stage 1 (VERIFY, PETUGAS_LAYANAN)",
    cast: BULUNGAN,
    allowed: STAGE_HOLDERS_AND_ADMINS("PETUGAS_LAYANAN"),
    setup: state.bulunganAtVerify,
    call: (f) =>
      actionOutcome(
        actions.acceptAction(null, form({ requestId: f.target, version: String(f.version), [`check.${f.documentId}`]: "sah" })),
      ),
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
    call: (f) =>
      actionOutcome(
        actions.rejectAction(
          null,
          form({ requestId: f.target, version: String(f.version), reason: "Data yang diminta sudah tersedia di portal." }),
        ),
      ),
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
      expect(e.after.request).toMatchObject({
        status: "DIPROSES",
        stagePosition: 2,
        assigneeId: userId(staffEmail("KEPALA_BIDANG", "babel")),
      });
      expect(changed(e, "dispositions")).toBe(1);
    },
  },
  {
    entry: "sendBackAction",
    name: "sendBackAction on a Bangka Belitung request at stage 2 (DISPOSE, disposed to the KEPALA_BIDANG)",
    cast: BABEL,
    allowed: STAGE_HOLDERS_AND_ADMINS("KEPALA_BIDANG"),
    setup: state.babelAtStage2,
    call: (f) =>
      actionOutcome(
        actions.sendBackAction(null, form({ requestId: f.target, version: String(f.version), reason: "Perlu arahan ulang Kepala Dinas." })),
      ),
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
        actions.assignAction(
          null,
          form({ requestId: f.target, version: String(f.version), assigneeId: userId(staffEmail("PENANGGUNG_JAWAB_TEKNIS", "bulungan")) }),
        ),
      ),
    effect: (e) => {
      okAction(e);
      expect(e.after.request).toMatchObject({
        status: "DIPROSES",
        stagePosition: 2,
        assigneeId: userId(staffEmail("PENANGGUNG_JAWAB_TEKNIS", "bulungan")),
      });
    },
  },
  {
    entry: "completeAction",
    name: "completeAction on a Bulungan request at stage 2 (EXECUTE, PENANGGUNG_JAWAB_TEKNIS, unassigned)",
    cast: BULUNGAN,
    allowed: STAGE_HOLDERS_AND_ADMINS("PENANGGUNG_JAWAB_TEKNIS"),
    setup: state.bulunganAtExecute,
    call: (f) =>
      actionOutcome(
        actions.completeAction(
          null,
          form({ requestId: f.target, version: String(f.version), resultSummary: "Hosting arsip.bulungan.go.id aktif." }),
        ),
      ),
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
    call: (f) =>
      actionOutcome(
        actions.noteAction(null, form({ requestId: f.target, body: "Sedang dikoordinasikan dengan pemohon.", visibleToApplicant: "on" })),
      ),
    effect: (e) => {
      okAction(e);
      expect(changed(e, "notes")).toBe(1);
      expect(e.after.request!.version).toBe(e.before.request!.version);
    },
  },
  {
    entry: "createDelegationAction",
    name: "createDelegationAction in Bangka Belitung: a Plh for the Kepala Bidang while he is away",
    cast: BABEL,
    // The official himself, his superior and the admins; an officer below him may not.
    allowed: [own("KEPALA_BIDANG"), own("KEPALA_DINAS"), own("ADMIN"), "platform admin"],
    watches: "none",
    setup: async () => ({ requestId: "", version: 0, target: ids.babel! }),
    call: (f) =>
      actionOutcome(
        actions.createDelegationAction(
          null,
          form({
            agencyId: f.target,
            officialId: userId(staffEmail("KEPALA_BIDANG", "babel")),
            substituteId: userId(staffEmail("SUB_KOORDINATOR", "babel")),
            kind: "PLH",
            // A period in the future: a delegation made by one cell must not let a later cell's Plh act.
            startsAt: "2099-03-02T07:30",
            endsAt: "2099-03-06T16:00",
            reason: "Dinas luar",
          }),
        ),
      ),
    effect: async (e) => {
      okAction(e);
      expect(grew(e, "delegations")).toBe(1);
      const d = await prisma().delegation.findFirstOrThrow({ orderBy: { createdAt: "desc" } });
      expect([d.agencyId, d.officialId, d.substituteId, d.appointedById]).toEqual([
        ids.babel,
        userId(staffEmail("KEPALA_BIDANG", "babel")),
        userId(staffEmail("SUB_KOORDINATOR", "babel")),
        e.principal.id,
      ]);
    },
  },
];

runMatrix(scenarios);

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
      data: {
        agencyId: ids.babel!,
        officialId: kadis(),
        substituteId: userId(kabid()),
        kind: "PLH",
        startsAt: new Date(Date.now() + from),
        endsAt: new Date(Date.now() + to),
      },
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
