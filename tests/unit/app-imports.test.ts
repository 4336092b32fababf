import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

/**
 * Route files are a loader call and a render: the database belongs to the features. Nothing under
 * app/ opens the client, imports Prisma's generated types or calls a query.
 */
const FORBIDDEN: [RegExp, string][] = [
  // The one exception, lib/db/health: the liveness probe's SELECT 1 is what the probe is for.
  [/from\s+["'](?:@\/|(?:\.\.?\/)+)lib\/db(?!\/health["'])(?:\/[^"']*)?["']/, "imports @/lib/db"],
  [/from\s+["'][^"']*lib\/generated\/prisma[^"']*["']/, "imports the generated Prisma client"],
  [/from\s+["']@prisma\/[^"']*["']/, "imports @prisma/*"],
  [/import\(\s*["'](?:@\/lib\/db|[^"']*lib\/generated\/prisma|@prisma\/)[^"']*["']\s*\)/, "imports the database dynamically"],
  [/\bprisma\./, "calls prisma."],
];

function walk(dir: string, out: string[] = []): string[] {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full, out);
    else if (/\.(ts|tsx|js|jsx|mjs)$/.test(entry.name)) out.push(full);
  }
  return out;
}

describe("app/ holds no database code", () => {
  const files = walk("app");

  it("finds the route files", () => {
    expect(files.some((f) => f.endsWith("page.tsx"))).toBe(true);
    expect(files.some((f) => f.endsWith("route.ts"))).toBe(true);
  });

  it.each(files.map((f) => [f.split(path.sep).join("/")]))("%s", (file) => {
    const source = fs.readFileSync(file, "utf8");
    const offences = FORBIDDEN.filter(([pattern]) => pattern.test(source)).map(([, what]) => what);
    expect(offences, `${file} ${offences.join(", ")}; move the query into its feature's loader`).toEqual([]);
  });
});
