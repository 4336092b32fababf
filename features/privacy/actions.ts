"use server";

import { guardedAction, type SignedInContext } from "../auth/guard";
import { documentStore } from "../documents";
import { deleteAccountSchema } from "./deletion-schema";
import { type AccountErasure, deleteOwnAccount } from "./erasure";

/** The signed-in applicant deletes their own account; nobody can delete someone else's from here. */
export const deleteOwnAccountAction = guardedAction<typeof deleteAccountSchema, AccountErasure, SignedInContext>(
  { name: "privacy.deleteOwnAccount", schema: deleteAccountSchema, access: { kind: "signed-in" } },
  async (input, ctx) => deleteOwnAccount(ctx.prisma, documentStore(), ctx.principal, input),
);
