import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { encodeCursor, listAgencyQueue, type QueueParams, queueParamsSchema } from "../../features/workflow/queue";
import type { RequestStatus } from "../../lib/generated/prisma/client";
import { type Fixture, seededFixture } from "../support/fixture";

/**
 * The agency queue (/meja/antrian) against a real database: keyset pages in both orders and every
 * filter. Sixty Halmahera Timur requests (WIT, UTC+9) are inserted directly with known due
 * moments (some tied, a quarter without one), submission times, services, stages, statuses and
 * OPDs; the expected lists are computed here from the same rows and compared with what the queue
 * returns page by page. Bulungan has requests that match every filter too and must never appear.
 */
const NOW = new Date("2026-06-15T03:00:00Z");
const BASE = Date.parse("2026-06-01T00:00:00Z");
const HOUR = 3_600_000;

interface Row {
  id: string;
  registrationNumber: string;
  serviceId: string;
  opdId: string;
  stagePosition: number | null;
  status: RequestStatus;
  dueAt: Date | null;
  submittedAt: Date;
  applicantName: string;
}

let f: Fixture;
const prisma = () => f.database.prisma;
let agencyId: string;
let otherAgencyId: string;
let services: string[];
let opds: string[];
const rows: Row[] = [];
const otherIds = new Set<string>();

const OPEN: RequestStatus[] = ["DIAJUKAN", "DIVERIFIKASI", "DIPROSES", "PERLU_PERBAIKAN"];
/** Running clocks: a request waiting for the applicant's revision is paused, so never late. */
const RUNNING: RequestStatus[] = ["DIAJUKAN", "DIVERIFIKASI", "DIPROSES"];
const CLOSED: RequestStatus[] = ["SELESAI", "DITOLAK", "DIBATALKAN"];

async function insert(agency: { id: string; code: string }, serviceIds: string[], opdIds: string[], count: number, into: (r: Row) => void) {
  const applicant = await prisma().user.findUniqueOrThrow({ where: { email: "citra.lestari@haltimkab.go.id" }, select: { id: true } });
  const data = Array.from({ length: count }, (_, i) => {
    const closed = i % 10 >= 8;
    const status = closed ? CLOSED[i % 3]! : OPEN[i % 4]!;
    // Three of four have a due moment; pairs share one, so ties are broken by id.
    const dueAt = i % 4 === 0 ? null : new Date(BASE + 13 * HOUR * ((i * 7) % 23));
    const row: Row = {
      id: randomUUID(),
      registrationNumber: `${agency.code}-2026-${String(i + 1).padStart(6, "0")}`,
      serviceId: serviceIds[i % serviceIds.length]!,
      opdId: opdIds[i % 3]!,
      stagePosition: closed ? null : 1 + (i % 3),
      status,
      dueAt,
      // Every fifth shares its submission moment with the one before (ties again by id).
      submittedAt: new Date(BASE + HOUR * (i % 5 === 4 ? i - 1 : i) * 5),
      applicantName: i % 11 === 3 ? `Siti Aminah ${i}` : `Pemohon Nomor ${i}`,
    };
    into(row);
    return {
      ...row,
      agencyId: agency.id,
      applicantId: applicant.id,
      year: 2026,
      sequence: i + 1,
      trackingCode: `T${i}`,
      applicantEmail: "citra.lestari@haltimkab.go.id",
      employeeNumberKind: "NIP" as const,
      employeeNumber: "199203112020122003",
      opdName: `OPD ${i % 3}`,
      jabatan: "Pranata Komputer",
      description: "Permohonan untuk pengujian antrian.",
      idempotencyKey: randomUUID(),
      completedAt: closed ? new Date(BASE + HOUR * i * 6) : null,
    };
  });
  await prisma().serviceRequest.createMany({ data });
}

beforeAll(async () => {
  f = await seededFixture();
  const agency = await prisma().agency.findFirstOrThrow({ where: { slug: "halmahera-timur" }, select: { id: true, code: true } });
  const other = await prisma().agency.findFirstOrThrow({ where: { slug: "bulungan" }, select: { id: true, code: true } });
  agencyId = agency.id;
  otherAgencyId = other.id;
  services = (await prisma().service.findMany({ where: { agencyId }, orderBy: { position: "asc" }, select: { id: true } })).map(
    (s) => s.id,
  );
  opds = (await prisma().opd.findMany({ where: { agencyId }, orderBy: { name: "asc" }, take: 3, select: { id: true } })).map((o) => o.id);
  expect(services.length).toBeGreaterThanOrEqual(2);
  expect(opds).toHaveLength(3);
  await insert(agency, services, opds, 60, (r) => rows.push(r));
  const otherServices = (await prisma().service.findMany({ where: { agencyId: otherAgencyId }, select: { id: true } })).map((s) => s.id);
  const otherOpds = (await prisma().opd.findMany({ where: { agencyId: otherAgencyId }, take: 3, select: { id: true } })).map((o) => o.id);
  await insert(other, otherServices, otherOpds, 30, (r) => otherIds.add(r.id));
});

afterAll(async () => {
  await f?.dispose();
});

const params = (raw: Record<string, string> = {}): QueueParams => queueParamsSchema.parse(raw);
const ids = (list: { id: string }[]) => list.map((r) => r.id);

const byUrgency = (list: Row[]) => [
  ...list.filter((r) => r.dueAt).sort((a, b) => a.dueAt!.getTime() - b.dueAt!.getTime() || (a.id < b.id ? -1 : 1)),
  ...list.filter((r) => !r.dueAt).sort((a, b) => a.submittedAt.getTime() - b.submittedAt.getTime() || (a.id < b.id ? -1 : 1)),
];
const byNewest = (list: Row[]) => [...list].sort((a, b) => b.submittedAt.getTime() - a.submittedAt.getTime() || (a.id < b.id ? 1 : -1));
const open = (r: Row) => r.stagePosition !== null;

/** Follows the cursor to the end; every page holds at most `limit` rows. */
async function allPages(raw: Record<string, string>, limit: number, agency = agencyId) {
  const seen: string[] = [];
  const pages: number[] = [];
  let cursor: string | undefined;
  for (let guard = 0; guard < 200; guard++) {
    const page = await listAgencyQueue(prisma(), agency, params({ ...raw, ...(cursor ? { setelah: cursor } : {}) }), {
      now: NOW,
      limit,
    });
    expect(page.rows.length).toBeLessThanOrEqual(limit);
    pages.push(page.rows.length);
    seen.push(...ids(page.rows));
    if (!page.next) return { seen, pages };
    cursor = page.next;
  }
  throw new Error("the cursor never ended");
}

describe("urgency order (the default)", () => {
  it("pages through the due part, then the undated part, without duplicates or gaps", async () => {
    const expected = ids(byUrgency(rows.filter(open)));
    const dated = rows.filter((r) => open(r) && r.dueAt).length;
    expect(dated).toBeGreaterThan(10);
    expect(expected.length - dated).toBeGreaterThan(5);
    // Page sizes that end a page inside the due part, exactly at its end, and across it.
    for (const limit of [1, 7, dated, dated - 1, dated + 2, 100]) {
      const { seen, pages } = await allPages({}, limit);
      expect(seen, `limit ${limit}`).toEqual(expected);
      expect(
        pages.slice(0, -1).every((n) => n === limit),
        `limit ${limit}: only the last page is short`,
      ).toBe(true);
    }
  });

  it("continues from a cursor taken in the due part across into the undated part", async () => {
    const expected = ids(byUrgency(rows.filter(open)));
    const dated = rows.filter((r) => open(r) && r.dueAt).length;
    const first = await listAgencyQueue(prisma(), agencyId, params(), { now: NOW, limit: dated - 2 });
    const second = await listAgencyQueue(prisma(), agencyId, params({ setelah: first.next! }), {
      now: NOW,
      limit: 5,
    });
    expect(ids(second.rows)).toEqual(expected.slice(dated - 2, dated + 3));
    expect(second.rows.slice(0, 2).every((r) => r.dueAt)).toBe(true);
    expect(second.rows.slice(2).every((r) => r.dueAt === null)).toBe(true);
  });
});

describe("newest order", () => {
  it("pages from the newest submission down, ties broken by id", async () => {
    const expected = ids(byNewest(rows.filter(open)));
    for (const limit of [1, 6, 9, 100]) expect((await allPages({ urut: "terbaru" }, limit)).seen, `limit ${limit}`).toEqual(expected);
  });

  it("shows closed requests too when asked for every status", async () => {
    expect((await allPages({ urut: "terbaru", status: "semua" }, 8)).seen).toEqual(ids(byNewest(rows)));
  });
});

describe("filters", () => {
  const cases: [string, Record<string, string>, (r: Row) => boolean][] = [
    ["layanan", { layanan: "<service1>" }, (r) => open(r) && r.serviceId === services[1]],
    ["tahap", { tahap: "2" }, (r) => r.stagePosition === 2],
    ["status terbuka (default)", { status: "terbuka" }, open],
    ["status semua", { status: "semua" }, () => true],
    ["a closed status", { status: "SELESAI" }, (r) => r.status === "SELESAI"],
    ["an open status", { status: "PERLU_PERBAIKAN" }, (r) => r.status === "PERLU_PERBAIKAN"],
    ["opd", { opd: "<opd2>" }, (r) => open(r) && r.opdId === opds[2]],
    ["terlambat", { terlambat: "1" }, (r) => open(r) && RUNNING.includes(r.status) && r.dueAt !== null && r.dueAt < NOW],
    ["q by name, any case", { q: "siti AMINAH" }, (r) => open(r) && r.applicantName.startsWith("Siti Aminah")],
    [
      "layanan and opd together",
      { layanan: "<service0>", opd: "<opd1>", status: "semua" },
      (r) => r.serviceId === services[0] && r.opdId === opds[1],
    ],
  ];

  it.each(cases)("%s", async (_name, raw, keep) => {
    const resolved = Object.fromEntries(
      Object.entries(raw).map(([k, v]) => [
        k,
        v.replace(/^<service(\d)>$/, (_, n) => services[+n]!).replace(/^<opd(\d)>$/, (_, n) => opds[+n]!),
      ]),
    );
    const expected = rows.filter(keep);
    expect(expected.length, "the filter keeps some rows").toBeGreaterThan(0);
    if (raw.status !== "semua" || Object.keys(raw).length > 1) expect(expected.length, "and drops some").toBeLessThan(rows.length);
    expect((await allPages(resolved, 4)).seen).toEqual(ids(byUrgency(expected)));
    expect((await allPages({ ...resolved, urut: "terbaru" }, 5)).seen).toEqual(ids(byNewest(expected)));
  });

  it("dari and sampai are whole days in the agency's zone (WIT)", async () => {
    // 2026-06-03 in WIT runs from 2026-06-02T15:00Z to 2026-06-04T15:00Z exclusive for dari=03, sampai=04.
    const from = Date.parse("2026-06-02T15:00:00Z");
    const to = Date.parse("2026-06-04T15:00:00Z");
    const expected = rows.filter((r) => r.submittedAt.getTime() >= from && r.submittedAt.getTime() < to);
    expect(expected.length).toBeGreaterThan(3);
    // The rows just outside the local days exist, so the bounds are tested, not the data's edges.
    expect(rows.some((r) => r.submittedAt.getTime() < from && r.submittedAt.getTime() >= from - 6 * HOUR)).toBe(true);
    expect(rows.some((r) => r.submittedAt.getTime() >= to && r.submittedAt.getTime() < to + 6 * HOUR)).toBe(true);
    const { seen } = await allPages({ dari: "2026-06-03", sampai: "2026-06-04", status: "semua" }, 3);
    expect(seen).toEqual(ids(byUrgency(expected)));
  });

  it("a registration number finds its request whatever its state, and only in this agency", async () => {
    const closed = rows.find((r) => r.status === "DITOLAK")!;
    const page = await listAgencyQueue(prisma(), agencyId, params({ q: closed.registrationNumber.toLowerCase() }), {
      now: NOW,
    });
    expect(ids(page.rows)).toEqual([closed.id]);
    // Bulungan numbers look alike (BLG-…); the same sequence under this agency's code is a different request.
    const elsewhere = await listAgencyQueue(prisma(), otherAgencyId, params({ q: closed.registrationNumber }), { now: NOW });
    expect(elsewhere.rows).toEqual([]);
  });
});

describe("tenancy and bad input", () => {
  it("never shows another agency's rows, whatever the filters", async () => {
    const filters: Record<string, string>[] = [
      {},
      { status: "semua" },
      { urut: "terbaru", status: "semua" },
      { q: "Pemohon" },
      { terlambat: "1" },
    ];
    for (const raw of filters) {
      const { seen } = await allPages(raw, 10);
      expect(
        seen.filter((id) => otherIds.has(id)),
        JSON.stringify(raw),
      ).toEqual([]);
      expect(seen.length).toBeGreaterThan(0);
    }
    // Another agency's service or OPD as a filter finds nothing here.
    const foreignService = (await prisma().service.findFirstOrThrow({ where: { agencyId: otherAgencyId } })).id;
    expect((await allPages({ layanan: foreignService, status: "semua" }, 10)).seen).toEqual([]);
  });

  it("ignores a cursor it cannot read and starts from the first page", async () => {
    const first = ids((await listAgencyQueue(prisma(), agencyId, params(), { now: NOW, limit: 5 })).rows);
    const bad = [
      "not-a-cursor",
      Buffer.from("{").toString("base64url"),
      Buffer.from(JSON.stringify({ p: "sideways", i: randomUUID() })).toString("base64url"),
      Buffer.from(JSON.stringify({ p: "due", d: "2026-06-01T00:00:00Z", i: "'; DROP TABLE x; --" })).toString("base64url"),
      encodeCursor({ p: "due", d: "kemarin", i: randomUUID() }),
      encodeCursor({ p: "undated", s: "bukan tanggal", i: randomUUID() }),
    ];
    for (const setelah of bad) {
      const page = await listAgencyQueue(prisma(), agencyId, params({ setelah }), { now: NOW, limit: 5 });
      expect(ids(page.rows), setelah).toEqual(first);
    }
  });

  it("a cursor of the other order starts that order from the top", async () => {
    const newest = await listAgencyQueue(prisma(), agencyId, params({ urut: "terbaru" }), { now: NOW, limit: 5 });
    const urgent = await listAgencyQueue(prisma(), agencyId, params({ setelah: newest.next! }), { now: NOW, limit: 5 });
    expect(ids(urgent.rows)).toEqual(ids(byUrgency(rows.filter(open))).slice(0, 5));
  });
});
