"use server";

import type { z } from "zod";
import { guardedAction, type SignedInContext } from "../auth/guard";
import { ROLES } from "../auth/roles";
import { kickMailDelivery } from "../notifications/dispatcher";
import { zoneOffsetMinutes } from "../sla/calendar";
import { ForbiddenError, UserError } from "@/lib/errors";
import {
  acceptRequest,
  addNote,
  assignRequest,
  completeRequest,
  disposeRequest,
  rejectRequest,
  returnToApplicant,
  sendBack,
} from "./desk";
import {
  acceptSchema,
  assignSchema,
  completeSchema,
  delegationSchema,
  disposeSchema,
  noteSchema,
  rejectSchema,
  returnSchema,
  sendBackSchema,
} from "./schemas";

/**
 * The desk's server actions. The guard admits staff of the request's own agency (the agency is
 * read from the request row); desk.ts then checks the current stage's role, the named official,
 * substitutes, state and version.
 */
const staffOfRequest = {
  kind: "agency-role" as const,
  roles: ROLES,
  agencyOf: async (input: { requestId: string }, ctx: SignedInContext) =>
    (await ctx.prisma.serviceRequest.findUnique({ where: { id: input.requestId }, select: { agencyId: true } }))?.agencyId ?? null,
};

function deskAction<S extends z.ZodType<{ requestId: string }>>(
  name: string,
  schema: S,
  run: (input: z.output<S>, ctx: SignedInContext) => Promise<void>,
) {
  return guardedAction<S, { done: true }, SignedInContext>({ name, schema, access: staffOfRequest }, async (input, ctx) => {
    await run(input, ctx);
    kickMailDelivery();
    return { done: true as const };
  });
}

export const acceptAction = deskAction("desk.accept", acceptSchema, (i, ctx) =>
  acceptRequest(ctx.prisma, ctx, {
    requestId: i.requestId,
    version: i.version,
    checks: i.checks,
    assigneeId: i.assigneeId ?? null,
    targetWorkingDays: i.targetWorkingDays ?? null,
    targetReason: i.targetReason ?? null,
  }),
);
export const returnAction = deskAction("desk.return", returnSchema, (i, ctx) => returnToApplicant(ctx.prisma, ctx, i));
export const rejectAction = deskAction("desk.reject", rejectSchema, (i, ctx) => rejectRequest(ctx.prisma, ctx, i));
export const disposeAction = deskAction("desk.dispose", disposeSchema, (i, ctx) => disposeRequest(ctx.prisma, ctx, i));
export const assignAction = deskAction("desk.assign", assignSchema, (i, ctx) => assignRequest(ctx.prisma, ctx, i));
export const noteAction = deskAction("desk.note", noteSchema, (i, ctx) => addNote(ctx.prisma, ctx, i));
export const completeAction = deskAction("desk.complete", completeSchema, (i, ctx) => completeRequest(ctx.prisma, ctx, i));
export const sendBackAction = deskAction("desk.sendBack", sendBackSchema, (i, ctx) => sendBack(ctx.prisma, ctx, i));

/** An official names a substitute (Plh/Plt) for a period, in an agency where both are staff. */
export const createDelegationAction = guardedAction<typeof delegationSchema, { done: true }, SignedInContext>(
  {
    name: "desk.delegate",
    schema: delegationSchema,
    access: { kind: "agency-role", roles: ROLES, agencyOf: async (i) => i.agencyId },
  },
  async (input, ctx) => {
    if (input.substituteId === ctx.principal.id) throw new UserError("Pilih pejabat lain sebagai pengganti.", { substituteId: ["Pilih pejabat lain."] });
    const substitute = await ctx.prisma.membership.findFirst({ where: { agencyId: input.agencyId, userId: input.substituteId }, select: { id: true } });
    if (!substitute) throw new UserError("Pengganti harus pegawai instansi yang sama.", { substituteId: ["Pilih dari daftar."] });
    if (!ctx.principal.memberships.some((m) => m.agencyId === input.agencyId && m.role !== "ADMIN")) {
      throw new ForbiddenError("Hanya pejabat instansi ini yang dapat menunjuk pengganti.");
    }
    const agency = await ctx.prisma.agency.findUniqueOrThrow({ where: { id: input.agencyId }, select: { timeZone: true } });
    const offset = zoneOffsetMinutes(agency.timeZone);
    const startsAt = new Date(Date.parse(`${input.startsAt}:00Z`) - offset * 60_000);
    const endsAt = new Date(Date.parse(`${input.endsAt}:00Z`) - offset * 60_000);
    await ctx.prisma.$transaction(async (tx) => {
      const d = await tx.delegation.create({
        data: { agencyId: input.agencyId, officialId: ctx.principal.id, substituteId: input.substituteId, kind: input.kind, startsAt, endsAt, reason: input.reason || null },
      });
      await tx.auditEntry.create({
        data: { agencyId: input.agencyId, actorId: ctx.principal.id, actorName: ctx.principal.name, action: "DELEGATED", entity: "Delegation", entityId: d.id, after: { substituteId: input.substituteId, kind: input.kind, startsAt: startsAt.toISOString(), endsAt: endsAt.toISOString() } },
      });
      await tx.notification.create({
        data: { userId: input.substituteId, agencyId: input.agencyId, message: `${ctx.principal.name} menunjuk Anda sebagai ${input.kind === "PLH" ? "Plh." : "Plt."} sampai ${input.endsAt.replace("T", " ")}.`, link: "/meja" },
      });
    });
    return { done: true as const };
  },
);
