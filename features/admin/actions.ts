"use server";

import { guardedAction, type SignedInContext } from "../auth/guard";
import { invalidateCatalog } from "../catalog/queries";
import {
  agencySchema,
  createAgency,
  grantRole,
  membershipSchema,
  retentionSchema,
  revokeRole,
  revokeSchema,
  setRetentionYears,
} from "./agencies";

/** Platform administration: only platform admins; the agency admin may manage roles of their own agency. */
export const createAgencyAction = guardedAction<typeof agencySchema, { done: true }, SignedInContext>(
  { name: "admin.createAgency", schema: agencySchema, access: { kind: "platform-admin" } },
  async (input, ctx) => {
    await createAgency(ctx.prisma, ctx.principal, input);
    invalidateCatalog();
    return { done: true as const };
  },
);

export const grantRoleAction = guardedAction<typeof membershipSchema, { done: true }, SignedInContext>(
  {
    name: "admin.grantRole",
    schema: membershipSchema,
    access: { kind: "agency-role", roles: ["ADMIN"], agencyOf: async (i) => i.agencyId },
  },
  async (input, ctx) => {
    await grantRole(ctx.prisma, ctx.principal, input);
    return { done: true as const };
  },
);

export const revokeRoleAction = guardedAction<typeof revokeSchema, { done: true }, SignedInContext>(
  { name: "admin.revokeRole", schema: revokeSchema, access: { kind: "agency-role", roles: ["ADMIN"], agencyOf: async (i) => i.agencyId } },
  async (input, ctx) => {
    await revokeRole(ctx.prisma, ctx.principal, input);
    return { done: true as const };
  },
);

/** The agency admin sets how long closed requests keep their personal data (the retention job reads it). */
export const setRetentionAction = guardedAction<typeof retentionSchema, { done: true }, SignedInContext>(
  {
    name: "admin.setRetention",
    schema: retentionSchema,
    access: { kind: "agency-role", roles: ["ADMIN"], agencyOf: async (i) => i.agencyId },
  },
  async (input, ctx) => {
    await setRetentionYears(ctx.prisma, ctx.principal, input);
    return { done: true as const };
  },
);
