import { z } from "@/lib/validation";
import { localDayRange } from "@/lib/time/zones";
import type { Principal } from "../auth/roles";
import { parseRegistrationNumber, formatRegistrationNumber } from "../requests/numbering";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { OPEN_STATUSES, REQUEST_STATUSES } from "../lifecycle";
import { actionableWhere, loadAuthority } from "./authority";

/**
 * The agency queue and "Perlu tindakan saya". Keyset pagination on indexed columns, so page 1 and
 * page 10 000 cost the same with a million requests:
 * - urgency: requests with a due moment first, by (dueAt, id) on the (agencyId, dueAt, id) index, then
 *   those without one by (submittedAt, id); the cursor remembers which part it is in;
 * - newest: by (submittedAt desc, id desc) on (agencyId, submittedAt, id).
 */
export const STATUS_VALUES = REQUEST_STATUSES;

const dateParam = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Tanggal harus berformat TTTT-BB-HH.")
  .optional()
  .or(z.literal("").transform(() => undefined));

/** URL parameters of the queue page, validated (bad values get a message, not a crash). */
export const queueParamsSchema = z.object({
  layanan: z
    .uuid({ error: "Layanan tidak dikenal." })
    .optional()
    .or(z.literal("").transform(() => undefined)),
  tahap: z.coerce
    .number()
    .int()
    .min(1)
    .max(20)
    .optional()
    .or(z.literal("").transform(() => undefined)),
  /** Default "terbuka" (still running): staff work on open requests; "semua" shows closed ones too. */
  status: z.enum([...STATUS_VALUES, "terbuka", "semua"] as const, { error: "Status tidak dikenal." }).default("terbuka"),
  opd: z
    .uuid({ error: "Dinas tidak dikenal." })
    .optional()
    .or(z.literal("").transform(() => undefined)),
  dari: dateParam,
  sampai: dateParam,
  terlambat: z
    .enum(["1"])
    .optional()
    .or(z.literal("").transform(() => undefined)),
  /** "saya": only requests the signed-in officer may act on now (holder, Plh/Plt, admin). */
  untuk: z
    .enum(["saya"], { error: "Pilihan tidak dikenal." })
    .optional()
    .or(z.literal("").transform(() => undefined)),
  q: z.string().trim().max(80, "Kata kunci paling banyak 80 karakter.").optional(),
  urut: z.enum(["urgensi", "terbaru"]).default("urgensi"),
  setelah: z.string().max(300).optional(),
});
export type QueueParams = z.infer<typeof queueParamsSchema>;

type Cursor = { p: "due"; d: string; i: string } | { p: "undated"; s: string; i: string } | { p: "newest"; s: string; i: string };

export function encodeCursor(c: Cursor): string {
  return Buffer.from(JSON.stringify(c)).toString("base64url");
}

/** The cursor of this order, or null (start from the top) for anything else: a cursor is only ever read back, never trusted. */
function decodeCursor(raw: string | undefined, order: QueueParams["urut"]): Cursor | null {
  if (!raw) return null;
  try {
    const c = JSON.parse(Buffer.from(raw, "base64url").toString("utf8")) as Cursor;
    const kinds = order === "terbaru" ? ["newest"] : ["due", "undated"];
    if (!kinds.includes(c?.p) || typeof c.i !== "string" || !/^[0-9a-f-]{36}$/.test(c.i)) return null;
    const moment = c.p === "due" ? c.d : c.s;
    if (typeof moment !== "string" || Number.isNaN(Date.parse(moment))) return null;
    return c;
  } catch {
    return null;
  }
}

/** Where the undated part begins: before every submission. */
const UNDATED_START: Cursor = { p: "undated", s: new Date(0).toISOString(), i: "00000000-0000-0000-0000-000000000000" };

export const queueSelect = {
  id: true,
  registrationNumber: true,
  status: true,
  stagePosition: true,
  assigneeId: true,
  applicantName: true,
  employeeNumber: true,
  opdName: true,
  submittedAt: true,
  dueAt: true,
  receivedCompleteAt: true,
  targetWorkingDays: true,
  serviceId: true,
  scopeCode: true,
  scopeCodes: true,
  version: true,
  service: { select: { name: true } },
} satisfies Prisma.ServiceRequestSelect;

export type QueueRow = Prisma.ServiceRequestGetPayload<{ select: typeof queueSelect }>;

function filterWhere(agencyId: string, f: QueueParams, now: Date, timeZone: string): Prisma.ServiceRequestWhereInput {
  const and: Prisma.ServiceRequestWhereInput[] = [{ agencyId }];
  // A registration number finds its request whatever its state.
  const number = f.q ? parseRegistrationNumber(f.q) : null;
  if (number) return { AND: [...and, { registrationNumber: formatRegistrationNumber(number) }] };
  if (f.layanan) and.push({ serviceId: f.layanan });
  if (f.tahap) and.push({ stagePosition: f.tahap });
  // Open requests are exactly those with a stage (closed ones have none): this matches the partial index.
  if (f.status === "terbuka") and.push({ stagePosition: { not: null } });
  else if (f.status === "semua") {
    // no status condition
  } else if (f.status) and.push({ status: f.status });
  if (f.opd) and.push({ opdId: f.opd });
  // Dates typed in the filter are whole days of the agency's own zone.
  if (f.dari) and.push({ submittedAt: { gte: localDayRange(f.dari, timeZone).from } });
  if (f.sampai) and.push({ submittedAt: { lt: localDayRange(f.sampai, timeZone).to } });
  if (f.terlambat) and.push({ dueAt: { lt: now }, stagePosition: { not: null }, status: { in: [...OPEN_STATUSES] } });
  if (f.q) {
    and.push({ OR: [{ applicantName: { contains: f.q, mode: "insensitive" } }, { registrationNumber: { endsWith: f.q.toUpperCase() } }] });
  }
  return { AND: and };
}

export async function listAgencyQueue(
  prisma: PrismaClient,
  agencyId: string,
  f: QueueParams,
  options: { now?: Date; limit?: number; principal?: Principal } = {},
): Promise<{ rows: QueueRow[]; next: string | null }> {
  const limit = options.limit ?? 25;
  const now = options.now ?? new Date();
  // The agency's zone matters only for date filters: read it then, from the agency itself.
  const timeZone =
    f.dari || f.sampai ? (await prisma.agency.findUniqueOrThrow({ where: { id: agencyId }, select: { timeZone: true } })).timeZone : "UTC";
  const filtered = filterWhere(agencyId, f, now, timeZone);
  const where =
    f.untuk === "saya" && options.principal ? { AND: [filtered, await actionableBy(prisma, options.principal, agencyId, now)] } : filtered;
  const cursor = decodeCursor(f.setelah, f.urut);

  if (f.urut === "terbaru") {
    const after = cursor?.p === "newest" ? cursor : null;
    const rows = await prisma.serviceRequest.findMany({
      where: after
        ? {
            AND: [
              where,
              // The redundant bound lets PostgreSQL start the index scan at the cursor instead of filtering from the top.
              { submittedAt: { lte: new Date(after.s) } },
              { OR: [{ submittedAt: { lt: new Date(after.s) } }, { submittedAt: new Date(after.s), id: { lt: after.i } }] },
            ],
          }
        : where,
      orderBy: [{ submittedAt: "desc" }, { id: "desc" }],
      take: limit + 1,
      select: queueSelect,
    });
    const page = rows.slice(0, limit);
    const last = page.at(-1);
    return {
      rows: page,
      next: rows.length > limit && last ? encodeCursor({ p: "newest", s: last.submittedAt.toISOString(), i: last.id }) : null,
    };
  }

  const rows: QueueRow[] = [];
  let next: string | null = null;
  if (!cursor || cursor.p === "due") {
    const after = cursor?.p === "due" ? cursor : null;
    const dated = await prisma.serviceRequest.findMany({
      where: {
        AND: [
          where,
          { dueAt: { not: null } },
          ...(after
            ? [
                { dueAt: { gte: new Date(after.d) } },
                { OR: [{ dueAt: { gt: new Date(after.d) } }, { dueAt: new Date(after.d), id: { gt: after.i } }] },
              ]
            : []),
        ],
      },
      orderBy: [{ dueAt: "asc" }, { id: "asc" }],
      take: limit + 1,
      select: queueSelect,
    });
    rows.push(...dated.slice(0, limit));
    if (dated.length > limit) {
      const last = rows.at(-1)!;
      return { rows, next: encodeCursor({ p: "due", d: last.dueAt!.toISOString(), i: last.id }) };
    }
  }
  const remaining = limit - rows.length;
  const after = cursor?.p === "undated" ? cursor : null;
  const undated = await prisma.serviceRequest.findMany({
    where: {
      AND: [
        where,
        { dueAt: null },
        ...(after
          ? [
              { submittedAt: { gte: new Date(after.s) } },
              { OR: [{ submittedAt: { gt: new Date(after.s) } }, { submittedAt: new Date(after.s), id: { gt: after.i } }] },
            ]
          : []),
      ],
    },
    orderBy: [{ submittedAt: "asc" }, { id: "asc" }],
    take: remaining + 1,
    select: queueSelect,
  });
  rows.push(...undated.slice(0, remaining));
  if (undated.length > remaining) {
    // A page filled by the last due rows continues at the start of the undated part, not after
    // the last due row's submission (which would skip undated rows submitted before it).
    const last = remaining > 0 ? rows.at(-1)! : null;
    next = encodeCursor(last ? { p: "undated", s: last.submittedAt.toISOString(), i: last.id } : UNDATED_START);
  }
  return { rows, next };
}

/** Open requests of the agency the principal may act on now, by the one authority rule (authority.ts). */
async function actionableBy(
  prisma: PrismaClient,
  principal: Principal,
  agencyId: string,
  now: Date,
): Promise<Prisma.ServiceRequestWhereInput> {
  const [authority, stages] = await Promise.all([
    loadAuthority(prisma, principal, agencyId, now),
    prisma.workflowStage.findMany({ where: { agencyId }, select: { serviceId: true, position: true, role: true } }),
  ]);
  return { AND: [{ stagePosition: { not: null }, status: { in: [...OPEN_STATUSES] } }, actionableWhere(authority, stages)] };
}

/**
 * "Perlu tindakan saya": open requests the principal may act on now — as holder of the stage's
 * role, as Plh/Plt of an official, or as agency admin — most urgent first.
 */
export async function listMyQueue(prisma: PrismaClient, principal: Principal, agencyId: string, now = new Date()) {
  return prisma.serviceRequest.findMany({
    where: { AND: [{ agencyId }, await actionableBy(prisma, principal, agencyId, now)] },
    orderBy: [{ dueAt: { sort: "asc", nulls: "last" } }, { submittedAt: "asc" }],
    take: 200,
    select: queueSelect,
  });
}
