import { guardedRoute } from "@/features/auth/guard";
import { sessionSummary } from "@/features/auth/session-summary";

/**
 * Who is signed in, for the header of cached public pages (public/site.js fills the account menu
 * from it). Only the caller's own first name and whether they have a desk; never cached.
 */
export const GET = guardedRoute({ name: "auth.sessionSummary", access: "public" }, async (_request, ctx) =>
  Response.json(sessionSummary(ctx.principal), { headers: { "Cache-Control": "private, no-store" } }),
);
