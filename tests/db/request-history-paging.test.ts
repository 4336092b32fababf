import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadApplicantRequestPage } from "../../features/requests/portal-page";
import { HISTORY_PAGE, parseHistoryCursor } from "../../features/requests/history";
import { trackRequest } from "../../features/requests/queries";
import { loadDeskRequestPage } from "../../features/workflow/desk-page";
import { type Fixture, seededFixture } from "../support/fixture";

/**
 * A request's timeline, notes and audit trail grow with use: each is paged (the newest page first,
 * then keyset pages before it), every entry reachable exactly once, and opening a long-lived request
 * reads one page of each, not all of it.
 */
let fx: Fixture;
const ANI = "ani.rahmawati@bulungan.go.id";
const STAFF = "petugas.bulungan@loket.example";
let requestId = "";
let registrationNumber = "";
let trackingCode = "";
const EVENTS = HISTORY_PAGE * 2 + 7;
const NOTES = HISTORY_PAGE + 3;
const AUDIT = HISTORY_PAGE + 11;

beforeAll(async () => {
  fx = await seededFixture();
  const submitted = await fx.submitAs(ANI, "hosting-subdomain-email", { scopeCode: "hosting", details: { subdomain: "panjang" } });
  requestId = submitted.requestId;
  const p = fx.database.prisma;
  const request = await p.serviceRequest.findUniqueOrThrow({ where: { id: requestId } });
  registrationNumber = request.registrationNumber;
  trackingCode = request.trackingCode;
  const staff = await p.user.findUniqueOrThrow({ where: { email: STAFF } });
  const base = Date.now() - 86_400_000;
  // Some entries share a millisecond: the cursor's id tie-break must keep them all.
  const at = (i: number) => new Date(base + Math.floor(i / 3) * 1000);
  await p.requestEvent.createMany({
    data: Array.from({ length: EVENTS }, (_, i) => ({
      agencyId: request.agencyId,
      requestId,
      kind: i % 2 === 0 ? "NOTE" : "RESULT_ADDED",
      visibleToApplicant: i % 2 === 1,
      actorId: staff.id,
      actorName: staff.name,
      message: `peristiwa ${i}`,
      createdAt: at(i),
    })),
  });
  await p.requestNote.createMany({
    data: Array.from({ length: NOTES }, (_, i) => ({
      agencyId: request.agencyId,
      requestId,
      authorId: staff.id,
      authorName: staff.name,
      visibleToApplicant: false,
      body: `catatan ${i}`,
      createdAt: at(i),
    })),
  });
  await p.auditEntry.createMany({
    data: Array.from({ length: AUDIT }, (_, i) => ({
      agencyId: request.agencyId,
      requestId,
      actorId: staff.id,
      actorName: staff.name,
      action: "request.note",
      entity: "ServiceRequest",
      entityId: requestId,
      createdAt: at(i),
    })),
  });
}, 120_000);
afterAll(() => fx.dispose());

async function deskPage(cursors: { events?: string; notes?: string; audit?: string }) {
  const { principal } = await fx.who(STAFF);
  const loaded = await loadDeskRequestPage(fx.database.prisma, principal, requestId, {
    history: {
      events: parseHistoryCursor(cursors.events),
      notes: parseHistoryCursor(cursors.notes),
      audit: parseHistoryCursor(cursors.audit),
    },
  });
  return loaded!.data;
}

/** Walks a list from its newest page to its first entry, returning every id in the order shown. */
async function walk(list: "events" | "notes" | "audit") {
  const pages: string[][] = [];
  let cursor: string | undefined;
  for (let guard = 0; guard < 10; guard++) {
    const data = await deskPage({ [list]: cursor });
    const rows = list === "events" ? data.request.events : list === "notes" ? data.request.notes : data.audit;
    expect(rows.length).toBeLessThanOrEqual(HISTORY_PAGE);
    expect(data.links[list].paged).toBe(cursor !== undefined);
    pages.unshift(rows.map((r) => String(r.id)));
    const times = rows.map((r) => r.createdAt.getTime());
    expect(times).toEqual([...times].sort((a, b) => a - b));
    if (!data.links[list].older) break;
    cursor = data.links[list].older!;
  }
  return pages;
}

describe("a long-lived request's history", () => {
  it("pages the desk's timeline, notes and audit trail, each entry once, oldest first within a page", async () => {
    const p = fx.database.prisma;
    for (const [list, total] of [
      ["events", (await p.requestEvent.count({ where: { requestId } })) as number],
      ["notes", NOTES],
      ["audit", (await p.auditEntry.count({ where: { requestId } })) as number],
    ] as const) {
      const pages = await walk(list);
      const ids = pages.flat();
      expect(new Set(ids).size, list).toBe(ids.length);
      expect(ids.length, list).toBe(total);
      expect(pages.length, list).toBe(Math.ceil(total / HISTORY_PAGE));
      expect(pages.at(-1)!.length, list).toBe(HISTORY_PAGE);
    }
  });

  it("shows the newest page when a cursor is not one it wrote", async () => {
    for (const bad of ["bukan-kursor", "1_' OR 1=1", "9".repeat(40)]) {
      expect(parseHistoryCursor(bad)).toBeNull();
      const data = await deskPage({ events: bad, audit: bad });
      expect(data.request.events).toHaveLength(HISTORY_PAGE);
      expect(data.audit).toHaveLength(HISTORY_PAGE);
      expect(data.links.events.paged).toBe(false);
    }
  });

  it("pages the applicant's timeline over the entries they may see only", async () => {
    const { principal } = await fx.who(ANI);
    const visible = await fx.database.prisma.requestEvent.count({ where: { requestId, visibleToApplicant: true } });
    const seen: string[] = [];
    let cursor: string | undefined;
    for (let guard = 0; guard < 10; guard++) {
      const loaded = await loadApplicantRequestPage(fx.database.prisma, principal, requestId, parseHistoryCursor(cursor));
      seen.push(...loaded!.detail.events.map((e) => e.id));
      if (!loaded!.detail.eventLinks.older) break;
      cursor = loaded!.detail.eventLinks.older;
    }
    expect(new Set(seen).size).toBe(visible);
    const staffOnly = await fx.database.prisma.requestEvent.findMany({
      where: { requestId, visibleToApplicant: false },
      select: { id: true },
    });
    expect(staffOnly.some((e) => seen.includes(e.id))).toBe(false);
  });

  it("shows the public tracking page the newest entries only, and says there are more", async () => {
    const tracked = await trackRequest(fx.database.prisma, registrationNumber, trackingCode);
    expect(tracked!.events).toHaveLength(HISTORY_PAGE);
    expect(tracked!.moreEvents).toBe(true);
  });
});
