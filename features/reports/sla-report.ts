import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { localPeriodBounds, localYearMonth } from "@/lib/time/zones";
import { businessMinutesBetween } from "../sla/business-time";
import type { BusinessCalendar } from "../sla/calendar";
import { loadBusinessCalendar } from "../sla/calendar-store";
import { effectiveSlaPolicy } from "../sla/policy";
import { comparisonStart, policySourcesSelect } from "../sla/request-clock";
import {
  addCells,
  type CellInput,
  DEFAULT_TARGET_PERCENT,
  EMPTY_CELL_INPUT,
  handlingMinutes,
  type Interval,
  reportMonths,
  type SlaCell,
  summarise,
} from "./stats";

/**
 * The SLA report of one agency for a year (or one month of it): per service and month, how many
 * requests came in, how many were completed and how many of those on time, against the service's
 * target, and how long they took in working hours; plus the open work by stage and the overdue list
 * as they stand now.
 *
 * Months are the agency's local months. Counts are aggregated in SQL (date_trunc in the agency's
 * zone); handling times are computed here from the completed requests of the period and the
 * agency's calendar, since working time is not something SQL can count. One agency and at most one
 * year bounds the rows read.
 */
type Db = PrismaClient | Prisma.TransactionClient;

export interface ReportPeriod {
  year: number;
  /** 1–12; null or absent for the whole year. */
  month?: number | null;
}

export interface MonthRow extends SlaCell {
  month: number;
}

export interface ServiceReport {
  serviceId: string;
  slug: string;
  name: string;
  published: boolean;
  /** Service.availabilityTarget, or 90 when the standard states none. */
  targetPercent: number;
  months: MonthRow[];
  total: SlaCell;
}

export interface OpenStageRow {
  serviceId: string;
  serviceName: string;
  stagePosition: number;
  stageName: string;
  count: number;
}

export interface OverdueRow {
  requestId: string;
  registrationNumber: string;
  serviceName: string;
  stagePosition: number;
  stageName: string;
  status: string;
  dueAt: Date;
  /** How far past the due moment, in the policy's measure (calendar or working minutes). */
  overdueMinutes: number;
  measure: "calendar" | "working";
}

export interface ReportAgency {
  id: string;
  slug: string;
  name: string;
  shortName: string;
  timeZone: string;
}

export interface ServiceStats {
  agency: ReportAgency;
  period: { year: number; month: number | null };
  /** The months shown (all of the year up to now, or the one chosen). */
  months: number[];
  services: ServiceReport[];
  total: SlaCell;
  generatedAt: Date;
}

export interface SlaReport extends ServiceStats {
  openByStage: OpenStageRow[];
  overdue: OverdueRow[];
}

export async function slaReport(prisma: Db, agencyId: string, period: ReportPeriod, now = new Date()): Promise<SlaReport> {
  const calendar = await loadBusinessCalendar(prisma, agencyId);
  const [stats, open] = await Promise.all([
    serviceStats(prisma, agencyId, period, { now, calendar }),
    openWork(prisma, agencyId, { now, calendar }),
  ]);
  return { ...stats, ...open };
}

type CountRow = { serviceId: string; month: number; received: number; completed: number; withDue: number; onTime: number };
type DoneRow = { id: string; serviceId: string; month: number; receivedCompleteAt: Date; completedAt: Date };
type PauseRow = { requestId: string; startedAt: Date; endedAt: Date | null };

/** Per service and month: counts, compliance and handling times (no request-level data). */
export async function serviceStats(
  prisma: Db,
  agencyId: string,
  period: ReportPeriod,
  options: { now?: Date; calendar?: BusinessCalendar; publishedOnly?: boolean } = {},
): Promise<ServiceStats> {
  const now = options.now ?? new Date();
  const agency = await prisma.agency.findUniqueOrThrow({
    where: { id: agencyId },
    select: { id: true, slug: true, name: true, shortName: true, timeZone: true },
  });
  const { from, to } = localPeriodBounds(period, agency.timeZone);
  const tz = agency.timeZone;

  const [calendar, services, counts, done, pauses] = await Promise.all([
    options.calendar ?? loadBusinessCalendar(prisma, agencyId),
    prisma.service.findMany({
      where: { agencyId },
      orderBy: [{ position: "asc" }, { name: "asc" }],
      select: { id: true, slug: true, name: true, status: true, availabilityTarget: true },
    }),
    // Received by month of submission, completed by month of completion; both in the agency's zone.
    prisma.$queryRaw<CountRow[]>`
      WITH received AS (
        SELECT "serviceId", date_trunc('month', "submittedAt" AT TIME ZONE ${tz}) AS m, count(*)::int AS n
        FROM "ServiceRequest"
        WHERE "agencyId" = ${agencyId}::uuid AND "submittedAt" >= ${from} AND "submittedAt" < ${to}
        GROUP BY 1, 2
      ), done AS (
        SELECT "serviceId", date_trunc('month', "completedAt" AT TIME ZONE ${tz}) AS m,
               count(*)::int AS completed,
               count("dueAt")::int AS with_due,
               (count(*) FILTER (WHERE "completedAt" <= "dueAt"))::int AS on_time
        FROM "ServiceRequest"
        WHERE "agencyId" = ${agencyId}::uuid AND "status" = 'SELESAI' AND "completedAt" >= ${from} AND "completedAt" < ${to}
        GROUP BY 1, 2
      )
      SELECT COALESCE(r."serviceId", d."serviceId") AS "serviceId",
             EXTRACT(MONTH FROM COALESCE(r.m, d.m))::int AS month,
             COALESCE(r.n, 0) AS received,
             COALESCE(d.completed, 0) AS completed,
             COALESCE(d.with_due, 0) AS "withDue",
             COALESCE(d.on_time, 0) AS "onTime"
      FROM received r FULL JOIN done d ON d."serviceId" = r."serviceId" AND d.m = r.m`,
    prisma.$queryRaw<DoneRow[]>`
      SELECT "id", "serviceId", EXTRACT(MONTH FROM "completedAt" AT TIME ZONE ${tz})::int AS month, "receivedCompleteAt", "completedAt"
      FROM "ServiceRequest"
      WHERE "agencyId" = ${agencyId}::uuid AND "status" = 'SELESAI' AND "completedAt" >= ${from} AND "completedAt" < ${to}
        AND "receivedCompleteAt" IS NOT NULL`,
    prisma.$queryRaw<PauseRow[]>`
      SELECT p."requestId", p."startedAt", p."endedAt"
      FROM "SlaPause" p JOIN "ServiceRequest" r ON r."id" = p."requestId"
      WHERE r."agencyId" = ${agencyId}::uuid AND r."status" = 'SELESAI' AND r."completedAt" >= ${from} AND r."completedAt" < ${to}`,
  ]);

  const pausesOf = new Map<string, Interval[]>();
  for (const p of pauses) {
    const list = pausesOf.get(p.requestId) ?? [];
    list.push({ from: new Date(p.startedAt), to: p.endedAt ? new Date(p.endedAt) : null });
    pausesOf.set(p.requestId, list);
  }

  const cells = new Map<string, CellInput>();
  const key = (serviceId: string, month: number) => `${serviceId}|${month}`;
  const cell = (serviceId: string, month: number) => {
    const k = key(serviceId, month);
    let c = cells.get(k);
    if (!c) cells.set(k, (c = { ...EMPTY_CELL_INPUT, handlingMinutes: [] }));
    return c;
  };
  for (const r of counts)
    Object.assign(cell(r.serviceId, r.month), { received: r.received, completed: r.completed, withDue: r.withDue, onTime: r.onTime });
  for (const r of done) {
    cell(r.serviceId, r.month).handlingMinutes.push(
      handlingMinutes(calendar, new Date(r.receivedCompleteAt), new Date(r.completedAt), pausesOf.get(r.id) ?? []),
    );
  }

  const months = reportMonths(period, localYearMonth(now, agency.timeZone));
  const reports: ServiceReport[] = [];
  let agencyTotal: CellInput = EMPTY_CELL_INPUT;
  const targets = new Set<number>();
  for (const s of services) {
    const published = s.status === "PUBLISHED";
    if (options.publishedOnly && !published) continue;
    const hasData = [...cells.keys()].some((k) => k.startsWith(`${s.id}|`));
    if (!published && !hasData) continue;
    const targetPercent = s.availabilityTarget ?? DEFAULT_TARGET_PERCENT;
    const target = targetPercent / 100;
    let total: CellInput = EMPTY_CELL_INPUT;
    const rows: MonthRow[] = [];
    for (const month of months) {
      const c = cells.get(key(s.id, month)) ?? EMPTY_CELL_INPUT;
      total = addCells(total, c);
      rows.push({ month, ...summarise(c, target) });
    }
    agencyTotal = addCells(agencyTotal, total);
    targets.add(targetPercent);
    reports.push({ serviceId: s.id, slug: s.slug, name: s.name, published, targetPercent, months: rows, total: summarise(total, target) });
  }
  const commonTarget = targets.size === 1 ? [...targets][0]! / 100 : null;
  return {
    agency,
    period: { year: period.year, month: period.month ?? null },
    months,
    services: reports,
    total: summarise(agencyTotal, commonTarget),
    generatedAt: now,
  };
}

/** Open requests by stage, and the overdue ones, as they stand at `now` (not bound to a period). */
export async function openWork(
  prisma: Db,
  agencyId: string,
  options: { now?: Date; calendar?: BusinessCalendar } = {},
): Promise<{ openByStage: OpenStageRow[]; overdue: OverdueRow[] }> {
  const now = options.now ?? new Date();
  const [calendar, byStage, late, services, stages] = await Promise.all([
    options.calendar ?? loadBusinessCalendar(prisma, agencyId),
    prisma.serviceRequest.groupBy({
      by: ["serviceId", "stagePosition"],
      where: { agencyId, stagePosition: { not: null } },
      _count: { _all: true },
    }),
    prisma.serviceRequest.findMany({
      where: { agencyId, stagePosition: { not: null }, dueAt: { lt: now } },
      orderBy: [{ dueAt: "asc" }, { id: "asc" }],
      select: {
        id: true,
        registrationNumber: true,
        serviceId: true,
        scopeCodes: true,
        submittedAt: true,
        receivedCompleteAt: true,
        status: true,
        stagePosition: true,
        dueAt: true,
        // While the applicant fixes the request the clock stands still from the pause's start.
        pauses: { where: { endedAt: null }, select: { startedAt: true } },
      },
    }),
    prisma.service.findMany({
      where: { agencyId },
      orderBy: { position: "asc" },
      select: { ...policySourcesSelect, name: true, position: true },
    }),
    prisma.workflowStage.findMany({ where: { agencyId }, select: { serviceId: true, position: true, name: true } }),
  ]);

  const serviceOf = new Map(services.map((s) => [s.id, s]));
  const stageName = (serviceId: string, position: number) =>
    stages.find((s) => s.serviceId === serviceId && s.position === position)?.name ?? `Tahap ${position}`;
  const serviceOrder = (id: string) => serviceOf.get(id)?.position ?? Number.MAX_SAFE_INTEGER;

  const openByStage = byStage
    .map((g) => ({
      serviceId: g.serviceId,
      serviceName: serviceOf.get(g.serviceId)?.name ?? "",
      stagePosition: g.stagePosition!,
      stageName: stageName(g.serviceId, g.stagePosition!),
      count: g._count._all,
    }))
    .sort((a, b) => serviceOrder(a.serviceId) - serviceOrder(b.serviceId) || a.stagePosition - b.stagePosition);

  const overdue: OverdueRow[] = [];
  for (const r of late) {
    const stoppedAt = r.status === "PERLU_PERBAIKAN" && r.pauses[0] ? r.pauses[0].startedAt : now;
    // Returned to the applicant before the due moment: the clock stopped in time, not late.
    if (stoppedAt <= r.dueAt!) continue;
    const service = serviceOf.get(r.serviceId);
    const policy = service ? effectiveSlaPolicy(service, r.scopeCodes, { calendar, startedAt: comparisonStart(r) }).policy : null;
    const measure = policy?.kind === "calendar" ? "calendar" : "working";
    overdue.push({
      requestId: r.id,
      registrationNumber: r.registrationNumber,
      serviceName: serviceOf.get(r.serviceId)?.name ?? "",
      stagePosition: r.stagePosition!,
      stageName: stageName(r.serviceId, r.stagePosition!),
      status: r.status,
      dueAt: r.dueAt!,
      overdueMinutes:
        measure === "calendar"
          ? (stoppedAt.getTime() - r.dueAt!.getTime()) / 60_000
          : businessMinutesBetween(calendar, r.dueAt!, stoppedAt),
      measure,
    });
  }
  return { openByStage, overdue };
}
