import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

/**
 * Every mutation and every data route goes through the one guard (features/auth/guard.ts):
 * route handlers are built with `guardedRoute`, server actions with `guardedAction`. The few
 * exceptions are listed with their reason.
 */
const ROUTE_EXCEPTIONS: Record<string, string> = {
  "app/api/auth/[...nextauth]/route.ts": "next-auth's own endpoints are the authentication itself",
  "app/api/health/route.ts": "public liveness probe; reads nothing but SELECT 1",
};

function walk(dir: string, out: string[] = []): string[] {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === "node_modules" || entry.name.startsWith(".") || entry.name === "generated") continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full, out);
    else if (/\.(ts|tsx)$/.test(entry.name)) out.push(full);
  }
  return out;
}

const files = ["app", "features", "lib", "components"].flatMap((d) => walk(d));

describe("guarded entry points", () => {
  it("route handlers export only guardedRoute handlers", () => {
    const routes = files.filter((f) => f.endsWith("route.ts"));
    expect(routes.length).toBeGreaterThan(3);
    for (const file of routes) {
      const rel = file.split(path.sep).join("/");
      if (ROUTE_EXCEPTIONS[rel]) continue;
      const source = fs.readFileSync(file, "utf8");
      const exported = [...source.matchAll(/export\s+(?:async\s+)?(?:const|function)\s+(GET|POST|PUT|PATCH|DELETE)\b([^\n]*)/g)];
      expect(exported.length, `${rel} exports no handler`).toBeGreaterThan(0);
      for (const [, method, rest] of exported) {
        expect(rest, `${rel} ${method} must be built with guardedRoute(…)`).toMatch(/^\s*=\s*guardedRoute[<(]/);
      }
    }
  });

  it("route handlers that serve a row declare it, and get a signed-in principal from the guard", () => {
    for (const file of files.filter((f) => f.endsWith("route.ts"))) {
      const rel = file.split(path.sep).join("/");
      if (ROUTE_EXCEPTIONS[rel]) continue;
      const source = fs.readFileSync(file, "utf8");
      // The guard loads and scopes the row (404 for another agency's or applicant's), not the handler.
      if (rel.includes("/[")) {
        expect(source, `${rel} takes an id: declare the row it serves (access: staffOfRequest, …)`).not.toMatch(
          /access:\s*["'](signed-in|public)["']/,
        );
      }
      expect(source, `${rel}: the guard hands the handler a non-null principal`).not.toMatch(/principal!/);
      expect(source, `${rel}: not-found is the access rule's answer`).not.toMatch(/new NotFoundError/);
    }
  });

  it('"use server" files export only guardedAction results', () => {
    for (const file of files) {
      const source = fs.readFileSync(file, "utf8");
      if (!/^\s*["']use server["']/m.test(source)) continue;
      const rel = file.split(path.sep).join("/");
      expect(source, `${rel}: no bare exported functions in a "use server" file`).not.toMatch(/export\s+(async\s+)?function/);
      // Local factories count when their body builds the action with guardedAction.
      const factories = [...source.matchAll(/function\s+(\w+)[^{]*\{([\s\S]*?)\n\}/g)]
        .filter(([, , body]) => /guardedAction[<(]/.test(body!))
        .map(([, name]) => name!);
      const allowed = new RegExp(`^\\s*=\\s*(guardedAction${factories.map((f) => `|${f}`).join("")})[<(]`);
      const exported = [...source.matchAll(/export\s+const\s+(\w+)([^\n]*)/g)];
      for (const [, name, rest] of exported) {
        expect(rest, `${rel} ${name} must be built with guardedAction(…)`).toMatch(allowed);
      }
    }
  });
});
