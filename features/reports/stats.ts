import { businessMinutesBetween } from "../sla/business-time";
import type { BusinessCalendar } from "../sla/calendar";

/**
 * Pure arithmetic of the SLA report: handling time of one request, percentiles, and the figures of
 * one cell (a service in a month, a service over the period, the whole agency). No rounding here:
 * values are exact until they are shown or exported.
 */

/** Share of completed requests that must be on time when the standard states no availability target. */
export const DEFAULT_TARGET_PERCENT = 90;

export type Interval = { from: Date; to: Date | null };

/**
 * Working minutes spent on a request: the agency calendar's working time from the moment the file
 * was received complete to completion, less the working time of its pauses (waiting for the
 * pemohon). Pauses are clipped to that span and merged, so overlaps are not subtracted twice; an
 * open pause runs to completion.
 */
export function handlingMinutes(cal: BusinessCalendar, start: Date, end: Date, pauses: readonly Interval[]): number {
  if (end <= start) return 0;
  let total = businessMinutesBetween(cal, start, end);
  for (const [from, to] of mergedWithin(pauses, start.getTime(), end.getTime())) {
    total -= businessMinutesBetween(cal, new Date(from), new Date(to));
  }
  return Math.max(0, total);
}

function mergedWithin(pauses: readonly Interval[], start: number, end: number): [number, number][] {
  const ranges = pauses
    .map((p): [number, number] => [Math.max(p.from.getTime(), start), Math.min(p.to?.getTime() ?? end, end)])
    .filter(([a, b]) => b > a)
    .sort((x, y) => x[0] - y[0]);
  const merged: [number, number][] = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push(r);
  }
  return merged;
}

/**
 * Nearest-rank percentile: the smallest value such that at least p % of the values are ≤ it
 * (rank ⌈p/100 × n⌉ of the sorted values). Always one of the observed values; null when there are none.
 */
export function nearestRankPercentile(values: readonly number[], p: number): number | null {
  if (!(p > 0 && p <= 100)) throw new RangeError(`percentile must be in (0, 100], got ${p}`);
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  // The epsilon keeps 0.9 × 10 = 9.000000000000002 at rank 9.
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length - 1e-9));
  return sorted[rank - 1]!;
}

export function mean(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  let sum = 0;
  for (const v of values) sum += v;
  return sum / values.length;
}

/** Counts of one cell, as the database aggregates them, plus the handling times measured in TS. */
export interface CellInput {
  /** Requests submitted in the period. */
  received: number;
  /** Requests completed (SELESAI) in the period. */
  completed: number;
  /** Completed requests that had a due moment (complexity services without a target have none). */
  withDue: number;
  /** Completed requests with completedAt ≤ dueAt. */
  onTime: number;
  /** Handling time of each completed request that has a clock start, in working minutes. */
  handlingMinutes: number[];
}

export interface SlaCell {
  received: number;
  completed: number;
  withDue: number;
  onTime: number;
  /** onTime ÷ withDue, 0–1; null when nothing with a due moment was completed. */
  compliance: number | null;
  /** The target as a fraction (0.9); null for an agency total over services with different targets. */
  target: number | null;
  /** Whether compliance reaches the target; null when either is unknown. */
  meetsTarget: boolean | null;
  /** Completed requests whose handling time was measured. */
  measured: number;
  avgHours: number | null;
  p90Hours: number | null;
}

export const EMPTY_CELL_INPUT: CellInput = { received: 0, completed: 0, withDue: 0, onTime: 0, handlingMinutes: [] };

export function summarise(input: CellInput, target: number | null): SlaCell {
  const compliance = input.withDue > 0 ? input.onTime / input.withDue : null;
  const avg = mean(input.handlingMinutes);
  const p90 = nearestRankPercentile(input.handlingMinutes, 90);
  return {
    received: input.received,
    completed: input.completed,
    withDue: input.withDue,
    onTime: input.onTime,
    compliance,
    target,
    // Compared exactly (on counts), so 9 of 10 meets 90 % without floating-point doubt.
    meetsTarget: compliance === null || target === null ? null : input.onTime * 1000 >= Math.round(target * 1000) * input.withDue,
    measured: input.handlingMinutes.length,
    avgHours: avg === null ? null : avg / 60,
    p90Hours: p90 === null ? null : p90 / 60,
  };
}

export function addCells(a: CellInput, b: CellInput): CellInput {
  return {
    received: a.received + b.received,
    completed: a.completed + b.completed,
    withDue: a.withDue + b.withDue,
    onTime: a.onTime + b.onTime,
    handlingMinutes: [...a.handlingMinutes, ...b.handlingMinutes],
  };
}

/**
 * The months a report shows: the chosen one, or every month of the year up to the current one
 * (months that have not started yet would only be empty rows).
 */
export function reportMonths(period: { year: number; month?: number | null }, now: { year: number; month: number }): number[] {
  if (period.month) return [period.month];
  const last = period.year < now.year ? 12 : period.year === now.year ? now.month : 0;
  return Array.from({ length: last }, (_, i) => i + 1);
}
