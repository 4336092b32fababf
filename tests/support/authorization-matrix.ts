import fs from "node:fs";
import path from "node:path";
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { ActionResult } from "../../features/auth/guard";
import type { Principal } from "../../features/auth/roles";
import { as, type Cast, emailOf, EVERYONE, type Fixture, PDF_BYTES, principal, prisma, type Who } from "./matrix-cast";
import { seams } from "./matrix-seams";

/**
 * The authorization matrix: every desk server action and every data route, called through its
 * real export (guard, schema, desk rules, route handler), as each kind of principal. Only the two
 * process seams are replaced (matrix-seams.ts). Every cell acts on a request freshly brought into
 * the state the action needs, and a refused cell must leave the database and the document store
 * exactly as they were.
 */
export interface Snapshot {
  request: {
    version: number;
    status: string;
    stagePosition: number | null;
    assigneeId: string | null;
    counts: Record<string, number>;
  } | null;
  totals: Record<string, number>;
}

function filesInStore(): number {
  const root = path.join(seams.dataDir, "files");
  if (!fs.existsSync(root)) return 0;
  return fs.readdirSync(root, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).length;
}

export async function snapshot(requestId: string | null): Promise<Snapshot> {
  const p = prisma();
  const request = requestId
    ? await p.serviceRequest.findUniqueOrThrow({
        where: { id: requestId },
        select: {
          version: true,
          status: true,
          stagePosition: true,
          assigneeId: true,
          _count: {
            select: { dispositions: true, events: true, notes: true, results: true, checks: true, revisions: true, documents: true },
          },
        },
      })
    : null;
  const totals = {
    requests: await p.serviceRequest.count(),
    documents: await p.requestDocument.count(),
    results: await p.resultDocument.count(),
    events: await p.requestEvent.count(),
    notes: await p.requestNote.count(),
    dispositions: await p.disposition.count(),
    delegations: await p.delegation.count(),
    auditEntries: await p.auditEntry.count(),
    notifications: await p.notification.count(),
    mail: await p.mailMessage.count(),
    personalDataAccess: await p.personalDataAccess.count(),
    files: filesInStore(),
  };
  return {
    request: request && {
      version: request.version,
      status: request.status,
      stagePosition: request.stagePosition,
      assigneeId: request.assigneeId,
      counts: request._count,
    },
    totals,
  };
}

export type Outcome =
  { kind: "action"; result: ActionResult<unknown> } | { kind: "route"; status: number; contentType: string | null; body: Uint8Array };

export const routeOutcome = async (response: Response): Promise<Outcome> => ({
  kind: "route",
  status: response.status,
  contentType: response.headers.get("content-type"),
  body: new Uint8Array(await response.arrayBuffer()),
});
export const actionOutcome = async (result: Promise<ActionResult<unknown>>): Promise<Outcome> => ({ kind: "action", result: await result });
// ignoreBOM: keep the byte-order mark the audit CSV starts with, so the test sees it.
export const text = (o: Outcome) =>
  o.kind === "route" ? new TextDecoder("utf-8", { ignoreBOM: true }).decode(o.body) : JSON.stringify(o.result);
export const json = (o: Outcome) => (o.kind === "route" ? JSON.parse(text(o)) : o.result);

const BASE = "http://localhost";
export const params = <P>(p: P) => ({ params: Promise.resolve(p) });
export const get = (url: string) => new Request(`${BASE}${url}`);
// Same-origin, as the browser sends it: the guard refuses cross-site mutations.
export const post = (url: string, body: FormData) =>
  new Request(`${BASE}${url}`, { method: "POST", body, headers: { origin: BASE, host: "localhost" } });

export function form(fields: Record<string, string | string[] | File>): FormData {
  const fd = new FormData();
  for (const [k, v] of Object.entries(fields)) for (const one of Array.isArray(v) ? v : [v]) fd.append(k, one);
  return fd;
}

export type Refusal = "unauthenticated" | "forbidden" | "not-found" | "ineligible";

export interface Effect {
  fixture: Fixture;
  before: Snapshot;
  after: Snapshot;
  outcome: Outcome;
  principal: Principal;
}

export interface Scenario {
  /** The entry point, as it appears in each cell's name. */
  entry: string;
  /** The state the request is in. */
  name: string;
  cast: Cast;
  allowed: readonly Who[];
  /** Refusals other than the default (own staff and platform admin: forbidden; everyone else: not found). */
  refusals?: Partial<Record<Who, Refusal>>;
  setup: () => Promise<Fixture>;
  call: (f: Fixture) => Promise<Outcome>;
  /** What an allowed call did. */
  effect: (e: Effect) => void | Promise<void>;
  /** The request whose row the cell watches (null: only totals). */
  watches?: "request" | "none";
}

export const refuseAs = (whos: Who[], refusal: Refusal): Partial<Record<Who, Refusal>> => Object.fromEntries(whos.map((w) => [w, refusal]));

const FORBIDDEN_MESSAGES = [
  "Anda tidak berwenang melakukan tindakan ini.",
  "Tindakan pada tahap ini hanya untuk pemegang peran tahap tersebut.",
  "Tahap ini ditugaskan kepada pejabat lain.",
  "Hanya pejabat instansi ini yang dapat menunjuk pengganti.",
  "Pengganti hanya dapat ditunjuk oleh pejabat yang digantikan, atasannya, atau admin instansi.",
  "Akun petugas tidak dapat dihapus dari halaman ini: minta admin instansi mencabut peran Anda terlebih dahulu.",
];

export const changed = (e: Effect, key: string) => e.after.request!.counts[key]! - e.before.request!.counts[key]!;
export const grew = (e: Effect, key: keyof Snapshot["totals"] & string) => e.after.totals[key]! - e.before.totals[key]!;
export const okAction = (e: Effect) => expect(e.outcome).toEqual({ kind: "action", result: { status: "ok", data: { done: true } } });
export const okPdf = (e: Effect) => {
  expect(e.outcome.kind === "route" && e.outcome.status).toBe(200);
  expect(e.outcome.kind === "route" && e.outcome.contentType).toBe("application/pdf");
  expect(text(e.outcome).startsWith("%PDF-")).toBe(true);
};
/** The stored bytes came back, and the opening was audited as the principal's. */
export const okDownload = async (e: Effect, entity: string) => {
  expect(e.outcome.kind === "route" && e.outcome.status).toBe(200);
  expect(e.outcome.kind === "route" && Buffer.from(e.outcome.body).equals(Buffer.from(PDF_BYTES))).toBe(true);
  expect(grew(e, "auditEntries")).toBe(1);
  const a = await prisma().auditEntry.findFirstOrThrow({ where: { entityId: e.fixture.target }, orderBy: { id: "desc" } });
  expect([a.action, a.entity, a.actorId]).toEqual(["DOCUMENT_OPENED", entity, e.principal.id]);
  // Personal-data access log: staff opening the applicant's document is logged; the applicant's own look is not.
  const { applicantId } = await prisma().serviceRequest.findUniqueOrThrow({
    where: { id: e.fixture.requestId },
    select: { applicantId: true },
  });
  expect(grew(e, "personalDataAccess")).toBe(e.principal.id === applicantId ? 0 : 1);
};

function expectedOf(s: Scenario, who: Who): "allowed" | Refusal {
  if (s.allowed.includes(who)) return "allowed";
  if (who === "anonymous") return "unauthenticated";
  const override = s.refusals?.[who];
  if (override) return override;
  return who.endsWith("(own agency)") || who === "platform admin" ? "forbidden" : "not-found";
}

const LABEL: Record<"allowed" | Refusal, string> = {
  allowed: "allowed",
  unauthenticated: "refused (not signed in)",
  forbidden: "refused (forbidden)",
  "not-found": "refused (not found)",
  ineligible: "refused (not eligible)",
};

const ROUTE_STATUS: Record<Refusal, number> = { unauthenticated: 401, forbidden: 403, "not-found": 404, ineligible: 400 };

/** What a refusal tells the caller; the form values echoed back are the caller's own input. */
function answer(o: Outcome) {
  return Object.fromEntries(Object.entries(json(o) as Record<string, unknown>).filter(([key]) => key !== "values"));
}

/** One `describe` per scenario, one cell per principal. */
export function runMatrix(scenarios: Scenario[]): void {
  // `%s` keeps the names whole ("$name" would be quoted and truncated).
  describe.each(scenarios.map((s) => [s.name, s] as const))("%s", (_name, scenario) => {
    const cells = EVERYONE.map((who) => {
      const expected = expectedOf(scenario, who);
      return [`${scenario.entry} × ${who} → ${LABEL[expected]}`, who, expected] as const;
    });

    it.each(cells)("%s", async (_label, who, expected) => {
      const f = await scenario.setup();
      const email = emailOf(who, scenario.cast);
      const p = email ? principal(email) : null;
      const watched = scenario.watches === "none" ? null : f.requestId;
      const before = await snapshot(watched);
      const outcome = await as(p, () => scenario.call(f));
      const after = await snapshot(watched);

      if (expected === "allowed") {
        await scenario.effect({ fixture: f, before, after, outcome, principal: p! });
        return;
      }

      // Refused: and nothing changed, neither the request nor anything else (files included).
      expect(after).toEqual(before);
      if (outcome.kind === "route") {
        expect(outcome.status, text(outcome)).toBe(ROUTE_STATUS[expected]);
        expect(json(outcome).status).toBe("error");
      } else {
        expect(outcome.result.status, text(outcome)).toBe("error");
      }
      const message: string = json(outcome).message;
      switch (expected) {
        case "unauthenticated":
          expect(message).toBe("Silakan masuk terlebih dahulu.");
          break;
        case "forbidden":
          expect(FORBIDDEN_MESSAGES).toContain(message);
          break;
        case "ineligible":
          expect(message).toBe("Layanan ini hanya untuk pemohon dengan alamat email @haltimkab.go.id.");
          break;
        case "not-found": {
          // Not found, and word for word what the same principal gets for an id that does not exist:
          // the refusal must not reveal that the row exists.
          expect(message).toMatch(/tidak ditemukan\.$/);
          const probe = await as(p, () => scenario.call({ ...f, target: randomUUID() }));
          expect(answer(outcome)).toEqual(answer(probe));
          if (outcome.kind === "route" && probe.kind === "route") expect(outcome.status).toBe(probe.status);
          expect(await snapshot(watched)).toEqual(before);
          break;
        }
      }
    });
  });
}
