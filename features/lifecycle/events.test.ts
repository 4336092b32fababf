import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { auditActionLabel, EVENT_KINDS, eventLabel, knownCodes } from "./events";
import { REQUEST_STATUSES, STATUS } from "./status";
import { RequestStatus as PrismaRequestStatus } from "../../lib/generated/prisma/enums";

/** Every code a user can see has one Indonesian label: a code written anywhere in the sources without one fails here. */
const ROOT = path.resolve(__dirname, "../..");
function sources(dir: string): string[] {
  return fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((e) => {
    const rel = path.join(dir, e.name);
    if (e.isDirectory()) return sources(rel);
    return /\.(ts|tsx)$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [rel] : [];
  });
}

/** Codes written as timeline kinds or audit actions: `kind: "X"` / `action: "X"` in TypeScript, 'X' in the submission SQL. */
function writtenCodes(): Map<string, string> {
  const found = new Map<string, string>();
  for (const file of [...sources("features"), ...sources("app"), ...sources("scripts")]) {
    const text = fs.readFileSync(path.join(ROOT, file), "utf8");
    if (!/requestEvent|auditEntry|RequestEvent|AuditEntry|EventKind|AuditAction|Outcome|transition\(|recordAudit/.test(text)) continue;
    for (const m of text.matchAll(/\b(?:kind|action):\s*"([A-Z][A-Z_]+)"/g)) found.set(m[1]!, file);
    for (const m of text.matchAll(/INSERT INTO "(?:RequestEvent|AuditEntry)"[\s\S]{0,600}?'([A-Z][A-Z_]+)'/g)) found.set(m[1]!, file);
  }
  return found;
}

const NOT_EVENT_CODES = new Set([
  "VERIFY",
  "DISPOSE",
  "EXECUTE",
  "PLH",
  "PLT",
  "LOKAL",
  "NASIONAL",
  "CUTI_BERSAMA",
  "NIP",
  "NIK",
  "NI_PPPK",
]);

describe("event kinds and audit actions", () => {
  it("gives every code written in the sources an Indonesian label", () => {
    const written = writtenCodes();
    expect([...written.keys()]).toEqual(expect.arrayContaining(["SUBMITTED", "DISPOSED", "RESULT_ADDED", "DELEGATED", "HOLIDAY_ADDED"]));
    const missing = [...written].filter(([code]) => !NOT_EVENT_CODES.has(code) && !knownCodes().includes(code));
    expect(missing).toEqual([]);
  });
  it("labels every known kind, never with the raw code", () => {
    for (const code of knownCodes()) {
      expect(auditActionLabel(code)).not.toBe(code);
      expect(auditActionLabel(code)).toMatch(/^[A-Z][a-z]/);
    }
    for (const kind of Object.keys(EVENT_KINDS)) expect(eventLabel(kind)).not.toBe(kind);
    expect(eventLabel("RESULT_ADDED")).toBe("Dokumen hasil diunggah");
  });
  it("shows an unknown stored code as a neutral phrase, not the code", () => {
    expect(eventLabel("SOMETHING_NEW")).toBe("Perubahan lain");
  });
});

describe("statuses", () => {
  it("are declared once and agree with the database enum", () => {
    expect([...REQUEST_STATUSES].sort()).toEqual(Object.values(PrismaRequestStatus).sort());
    for (const s of REQUEST_STATUSES) expect(STATUS[s].label).toMatch(/^[A-Z][a-z]/);
  });
});
