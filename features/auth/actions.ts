"use server";

import { setPasswordSchema } from "./account-schema";
import { guardedAction, type SignedInContext } from "./guard";
import { hashPassword } from "./password";

/** A signed-in user sets or changes their own password (applicants may then sign in without a link). */
export const setOwnPassword = guardedAction<typeof setPasswordSchema, { saved: true }, SignedInContext>(
  { name: "auth.setOwnPassword", schema: setPasswordSchema, access: { kind: "signed-in" } },
  async (input, ctx) => {
    await ctx.prisma.user.update({
      where: { id: ctx.principal.id },
      data: { passwordHash: await hashPassword(input.password) },
    });
    return { saved: true as const };
  },
);
