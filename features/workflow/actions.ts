"use server";

import type { z } from "zod";
import { guardedAction, type SignedInContext } from "../auth/guard";
import { ROLES } from "../auth/roles";
import { kickMailDelivery } from "../jobs/in-process";
import { appointSubstitute } from "./delegations";
import { acceptRequest, addNote, assignRequest, completeRequest, disposeRequest, rejectRequest, returnToApplicant, sendBack } from "./desk";
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

/** Appoint a Plh/Plt (delegations.ts says who may appoint whom). */
export const createDelegationAction = guardedAction<typeof delegationSchema, { done: true }, SignedInContext>(
  {
    name: "desk.delegate",
    schema: delegationSchema,
    access: { kind: "agency-role", roles: ROLES, agencyOf: async (i) => i.agencyId },
  },
  async (input, ctx) => {
    await appointSubstitute(ctx.prisma, ctx.principal, input);
    kickMailDelivery();
    return { done: true as const };
  },
);
