import "server-only";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { db } from "@/lib/db";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Principal } from "./roles";
import { getPrincipal } from "./session";

/**
 * How a page runs its feature's loader: `loadPage(loadQueuePage, raw)` resolves the signed-in
 * principal and the app's database and hands them to the loader, so route files hold neither a
 * query nor a client. Loaders take (prisma, principal, …) and scope every read themselves; tests
 * call them with a test database.
 *
 * A visitor without a session is sent to sign in and back (the layouts do the same; whichever
 * renders first wins, and neither throws into the error log).
 */
export type PageLoader<A extends unknown[], R> = (prisma: PrismaClient, principal: Principal, ...args: A) => Promise<R>;
export type PublicPageLoader<A extends unknown[], R> = (prisma: PrismaClient, principal: Principal | null, ...args: A) => Promise<R>;

async function signInRedirect(): Promise<never> {
  const path = (await headers()).get("x-loket-path");
  redirect(path ? `/masuk?callbackUrl=${encodeURIComponent(path)}` : "/masuk");
}

export async function loadPage<A extends unknown[], R>(load: PageLoader<A, R>, ...args: A): Promise<R> {
  const principal = await getPrincipal();
  if (!principal) return signInRedirect();
  return load(await db(), principal, ...args);
}

/** For pages anyone may open; the loader decides what a visitor without a session sees. */
export async function loadPublicPage<A extends unknown[], R>(load: PublicPageLoader<A, R>, ...args: A): Promise<R> {
  return load(await db(), await getPrincipal(), ...args);
}

/** Search parameters as the loaders take them: one value per key (a repeated key keeps its first). */
export type RawParams = Record<string, string | undefined>;

export function firstValues(params: Record<string, string | string[] | undefined>): RawParams {
  return Object.fromEntries(Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
}
