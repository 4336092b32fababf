import "server-only";
import { randomUUID } from "node:crypto";
import { z } from "@/lib/validation";
import { db } from "@/lib/db";
import { DATABASE_RETRY_AFTER_SECONDS, isDatabaseUnavailable } from "@/lib/db/unavailable";
import { fieldErrorsOf, ForbiddenError, NotFoundError, ServiceUnavailableError, UnauthenticatedError, UserError } from "@/lib/errors";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { logger } from "@/lib/logger";
import { submittedValues, type SubmittedValues } from "./form-values";
import { hasAgencyRole, type Principal, type Role } from "./roles";
import { getPrincipal } from "./session";

/**
 * The one path every mutation takes. `guardedAction` builds a server action from a zod schema, an
 * access rule and a handler: it parses the input (FormData or an object), resolves the signed-in
 * principal, checks role and agency against the data itself, runs the handler and maps errors to
 * a safe result. Files marked "use server" export only what this returns (tests/unit enforce it).
 */
export type ActionResult<T> =
  | { status: "ok"; data: T }
  | {
      status: "error";
      message: string;
      fieldErrors?: Record<string, string[]>;
      /** Reference for errors we did not expect, to quote to support. */
      reference?: string;
      /** What the form submitted, so it can show the input again (React resets a form after its action). */
      values?: SubmittedValues;
    };

export interface ActionContext {
  principal: Principal | null;
  prisma: PrismaClient;
  requestId: string;
}

export interface SignedInContext extends ActionContext {
  principal: Principal;
}

export type Access<I> =
  | { kind: "public" }
  | { kind: "signed-in" }
  | {
      kind: "agency-role";
      roles: readonly Role[];
      /** The agency the input touches, read from the data (never trusted from the browser alone). */
      agencyOf: (input: I, ctx: SignedInContext) => Promise<string | null>;
    }
  | { kind: "platform-admin" };

export const GENERIC_ERROR = "Maaf, terjadi kesalahan pada sistem. Perubahan Anda tidak disimpan; silakan coba lagi.";
export const INVALID_INPUT = "Periksa kembali isian yang ditandai.";

/** FormData → plain object: repeated keys become arrays, empty file inputs are dropped. */
export function formDataToObject(form: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of form.entries()) {
    if (key.startsWith("$ACTION")) continue;
    if (typeof value !== "string" && value.size === 0 && value.name === "") continue;
    const existing = out[key];
    out[key] = existing === undefined ? value : Array.isArray(existing) ? [...existing, value] : [existing, value];
  }
  return out;
}

async function authorize<I>(access: Access<I>, input: I, ctx: ActionContext): Promise<void> {
  if (access.kind === "public") return;
  if (!ctx.principal) throw new UnauthenticatedError();
  const signedIn = ctx as SignedInContext;
  if (access.kind === "signed-in") return;
  if (access.kind === "platform-admin") {
    if (!ctx.principal.isPlatformAdmin) throw new ForbiddenError();
    return;
  }
  const agencyId = await access.agencyOf(input, signedIn);
  // Unknown or foreign rows look the same: not found, so ids of other agencies leak nothing.
  if (!agencyId) throw new NotFoundError();
  if (!hasAgencyRole(ctx.principal, agencyId, access.roles)) {
    if (!ctx.principal.memberships.some((m) => m.agencyId === agencyId) && !ctx.principal.isPlatformAdmin) {
      throw new NotFoundError();
    }
    throw new ForbiddenError();
  }
}

/** A database outage becomes the user-facing "try again shortly", logged once as a warning, not a fault. */
function asOutage(error: unknown, name: string, requestId: string): unknown {
  if (error instanceof UserError || !isDatabaseUnavailable(error)) return error;
  logger.warn("database unavailable", { action: name, requestId, error: (error as Error)?.message?.split("\n")[0] ?? String(error) });
  return new ServiceUnavailableError(DATABASE_RETRY_AFTER_SECONDS);
}

export function toErrorResult(error: unknown, name: string, requestId: string): ActionResult<never> {
  error = asOutage(error, name, requestId);
  if (error instanceof UserError) {
    return { status: "error", message: error.message, fieldErrors: error.fieldErrors };
  }
  logger.error("action failed", { action: name, requestId, error: (error as Error)?.stack ?? String(error) });
  return { status: "error", message: GENERIC_ERROR, reference: requestId.slice(0, 8) };
}

export function guardedAction<S extends z.ZodType, R, C extends ActionContext = ActionContext>(
  spec: { name: string; schema: S; access: Access<z.output<S>> },
  handler: (input: z.output<S>, ctx: C) => Promise<R>,
): (previous: ActionResult<R> | null, payload: FormData | z.input<S>) => Promise<ActionResult<R>> {
  return async (_previous, payload) => {
    const requestId = randomUUID();
    const values = payload instanceof FormData ? submittedValues(payload) : undefined;
    try {
      const raw = payload instanceof FormData ? formDataToObject(payload) : payload;
      const parsed = spec.schema.safeParse(raw);
      const principal = await getPrincipal();
      const ctx: ActionContext = { principal, prisma: await db(), requestId };
      if (!parsed.success) {
        // Access is still checked first-class: an anonymous caller learns nothing from validation.
        if (spec.access.kind !== "public" && !principal) throw new UnauthenticatedError();
        return { status: "error", message: INVALID_INPUT, fieldErrors: fieldErrorsOf(parsed.error), values };
      }
      await authorize(spec.access, parsed.data, ctx);
      return { status: "ok", data: await handler(parsed.data, ctx as C) };
    } catch (error) {
      return { ...toErrorResult(error, spec.name, requestId), ...(values && { values }) };
    }
  };
}

const STATUS_OF: Record<string, number> = {
  UnauthenticatedError: 401,
  ForbiddenError: 403,
  NotFoundError: 404,
  ConflictError: 409,
  PayloadTooLargeError: 413,
  ServiceUnavailableError: 503,
  StorageFullError: 503,
  UserError: 400,
};

/** JSON error response for a route handler, from the same safe error mapping as actions. */
export function errorResponse(error: unknown, name: string, requestId: string): Response {
  error = asOutage(error, name, requestId);
  const result = toErrorResult(error, name, requestId);
  const status = error instanceof UserError ? (STATUS_OF[error.name] ?? 400) : 500;
  const headers: Record<string, string> = { "Cache-Control": "no-store" };
  // The rest of an oversize body is still on its way: closing the connection after the answer
  // stops it, where keeping it alive would mean reading it all.
  if (status === 413) headers.Connection = "close";
  if (error instanceof ServiceUnavailableError) headers["Retry-After"] = String(error.retryAfterSeconds);
  return Response.json(result, { status, headers });
}

function sameOrigin(request: Request): boolean {
  const origin = request.headers.get("origin");
  if (!origin) return request.headers.get("sec-fetch-site") === "same-origin";
  // scripts/server.mjs drops X-Forwarded-Host unless a trusted proxy (LOKET_TRUSTED_PROXIES) sent it.
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

/** What a route handler runs with. `url` carries the query string the access rule may read. */
export interface RouteContext<P> {
  principal: Principal | null;
  prisma: PrismaClient;
  requestId: string;
  params: P;
  url: URL;
}

export interface SignedInRouteContext<P> extends RouteContext<P> {
  principal: Principal;
}

export interface RowRouteContext<P, R> extends SignedInRouteContext<P> {
  /** The row the route serves, already scoped to the principal. */
  row: R;
}

/**
 * Access of a route that serves one row (a request, a document, an agency's report): `load` reads
 * it scoped to the signed-in principal and returns null when they may not see it. Absent and
 * foreign rows answer the same 404 with the same message, so ids of other agencies and other
 * applicants leak nothing. Rules are declared once (features/auth/route-access.ts) and named by
 * the routes.
 */
export interface RowAccess<P, R> {
  kind: "row";
  notFound: string;
  load: (ctx: SignedInRouteContext<P>) => Promise<R | null>;
}

export function rowAccess<P, R>(notFound: string, load: (ctx: SignedInRouteContext<P>) => Promise<R | null>): RowAccess<P, R> {
  return { kind: "row", notFound, load };
}

type RouteHandler<P> = (request: Request, context: { params: Promise<P> }) => Promise<Response>;

/**
 * The same guard for route handlers: refuses cross-site mutations, resolves the principal,
 * enforces the declared access (for a row rule: loads and scopes the row before the handler
 * runs) and maps errors to safe JSON. The handler gets a non-null principal for every access but
 * "public", and the loaded row for a row rule.
 */
export function guardedRoute<P, R>(
  spec: { name: string; access: RowAccess<P, R> },
  handler: (request: Request, ctx: RowRouteContext<P, R>) => Promise<Response>,
): RouteHandler<P>;
export function guardedRoute<P = Record<string, string>>(
  spec: { name: string; access: "signed-in" },
  handler: (request: Request, ctx: SignedInRouteContext<P>) => Promise<Response>,
): RouteHandler<P>;
export function guardedRoute<P = Record<string, string>>(
  spec: { name: string; access: "public" },
  handler: (request: Request, ctx: RouteContext<P>) => Promise<Response>,
): RouteHandler<P>;
export function guardedRoute<P, R>(
  spec: { name: string; access: "public" | "signed-in" | RowAccess<P, R> },
  handler: (request: Request, ctx: never) => Promise<Response>,
): RouteHandler<P> {
  const run = handler as (request: Request, ctx: RouteContext<P> & { row?: R }) => Promise<Response>;
  return async (request, context) => {
    const requestId = randomUUID();
    try {
      if (request.method !== "GET" && request.method !== "HEAD" && !sameOrigin(request)) {
        throw new ForbiddenError("Permintaan ditolak: asal permintaan tidak dikenal. Muat ulang halaman lalu coba lagi.");
      }
      const principal = await getPrincipal();
      const ctx: RouteContext<P> = { principal, prisma: await db(), requestId, params: await context.params, url: new URL(request.url) };
      if (spec.access === "public") return await run(request, ctx);
      if (!principal) throw new UnauthenticatedError();
      const signedIn = ctx as SignedInRouteContext<P>;
      if (spec.access === "signed-in") return await run(request, signedIn);
      const row = await spec.access.load(signedIn);
      if (row === null) throw new NotFoundError(spec.access.notFound);
      return await run(request, { ...signedIn, row });
    } catch (error) {
      return errorResponse(error, spec.name, requestId);
    }
  };
}
