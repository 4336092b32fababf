"use server";

import { UserError } from "@/lib/errors";
import { t } from "@/lib/i18n";
import { setPasswordSchema } from "./account-schema";
import { guardedAction, type SignedInContext } from "./guard";
import { hashPassword, verifyPassword } from "./password";
import { clearRateLimit, consumeRateLimit, isRateLimited } from "./rate-limit";
import { renewCurrentSession } from "./session";

/** Wrong current passwords per account: a borrowed session must not become a password oracle. */
const CURRENT_PASSWORD_ATTEMPTS = { limit: 5, windowSeconds: 15 * 60 };

/**
 * A signed-in user sets or changes their own password (applicants may then sign in without a
 * link). Changing it asks for the current one, and ends the account's sessions on every other
 * device (this one carries on with a re-issued cookie).
 */
export const setOwnPassword = guardedAction<typeof setPasswordSchema, { saved: true }, SignedInContext>(
  { name: "auth.setOwnPassword", schema: setPasswordSchema, access: { kind: "signed-in" } },
  async (input, ctx) => {
    const { id } = ctx.principal;
    const user = await ctx.prisma.user.findUniqueOrThrow({ where: { id }, select: { passwordHash: true } });
    if (user.passwordHash) {
      const key = `account:current-password:${id}`;
      const state = await isRateLimited(ctx.prisma, key, CURRENT_PASSWORD_ATTEMPTS.limit, CURRENT_PASSWORD_ATTEMPTS.windowSeconds);
      if (!state.allowed) throw new UserError(t("account.error.tooManyAttempts", { minutes: Math.ceil(state.retryAfterSeconds / 60) }));
      if (!input.currentPassword) {
        throw new UserError(t("account.error.currentPasswordRequired"), { currentPassword: [t("account.error.currentPasswordRequired")] });
      }
      if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
        await consumeRateLimit(ctx.prisma, key, CURRENT_PASSWORD_ATTEMPTS.limit, CURRENT_PASSWORD_ATTEMPTS.windowSeconds);
        throw new UserError(t("account.error.currentPasswordWrong"), { currentPassword: [t("account.error.currentPasswordWrong")] });
      }
      await clearRateLimit(ctx.prisma, key);
    }
    const { sessionVersion } = await ctx.prisma.user.update({
      where: { id },
      data: { passwordHash: await hashPassword(input.password), sessionVersion: { increment: 1 } },
      select: { sessionVersion: true },
    });
    await renewCurrentSession(sessionVersion);
    return { saved: true as const };
  },
);
