import { addBusinessMs, businessMsBetween, dueMs } from "./business-time";
import { type BusinessCalendar, compileCalendar } from "./calendar";
import type { SlaPolicy } from "./policy";

/**
 * The clock of one request: its due instant once pauses are accounted for, how much of the allowed
 * time is used, and its state. Pure, over the working-time arithmetic of `business-time.ts`.
 */

const MINUTE_MS = 60_000;

export type SlaPause = { from: Date; to: Date | null; reason: string };

export type SlaClockInput = {
  startedAt: Date;
  /** Periods the clock stood still (waiting for the pemohon, say); `to: null` = still paused. */
  pauses?: readonly SlaPause[];
  completedAt?: Date | null;
  now: Date;
  targetWorkingDays?: number;
};

export type SlaState = "on_track" | "warning" | "breached" | "paused" | "completed" | "not_set";

export type SlaClock = {
  /** Due instant after pauses; with an open pause, the due instant if the clock resumed now. */
  dueAt: Date | null;
  /** Active elapsed time / allowed time, in the policy's measure; > 1 once breached. */
  usedFraction: number | null;
  /** Allowed − active elapsed time, in minutes of the policy's measure; negative once breached. */
  remainingMinutes: number | null;
  state: SlaState;
  /** "calendar" for calendar policies, "working" for every other kind. */
  measure: "calendar" | "working";
  /** Paused time in the policy's measure, in minutes, up to completion or now. */
  pausedMinutes: number;
  /** For completed requests: whether they were completed by `dueAt`. */
  completedOnTime: boolean | null;
};

/** Share of the allowed time from which a running request is shown as "warning". */
export const SLA_WARNING_FRACTION = 0.75;

/**
 * State of one request's SLA clock at `now` (or at completion).
 *
 * Measure: calendar policies count calendar time; all other kinds count working time, range policies
 * in weeks/months included, since their due instants sit at a closing time. The allowed time is the
 * measure between `startedAt` and the un-paused due date. Pauses stop the clock: `dueAt` is the
 * instant at which active (un-paused) time reaches the allowed time. For a pause before the due date
 * this is the due date shifted by the paused time in the policy's measure: paused working minutes for
 * working-time policies (a pause over a weekend shifts nothing), paused calendar time for calendar
 * policies. A pause that starts after the due date has passed does not undo the breach.
 *
 * State, in order: completed (completedAt set) · not_set (no due date: complexity without a target)
 * · breached (the evaluation instant is after dueAt) · paused (a pause is open at now) · warning
 * (≥ 75 % used) · on_track. Overlapping pauses are merged; pauses are clipped to [startedAt, now or
 * completion], and pauses with `to` ≤ `from` are ignored.
 */
export function slaClock(policy: SlaPolicy, cal: BusinessCalendar, input: SlaClockInput): SlaClock {
  const measure = policy.kind === "calendar" ? "calendar" : "working";
  const start = input.startedAt.getTime();
  const nowMs = input.now.getTime();
  const evaluatedAt = input.completedAt ? input.completedAt.getTime() : nowMs;
  const pauses = input.pauses ?? [];
  const isPausedNow = pauses.some((p) => p.from.getTime() <= nowMs && (p.to === null || p.to.getTime() > nowMs));

  const baseDue = dueMs(policy, cal, start, input.targetWorkingDays);
  if (baseDue === null) {
    return {
      dueAt: null,
      usedFraction: null,
      remainingMinutes: null,
      state: input.completedAt ? "completed" : "not_set",
      measure,
      pausedMinutes: 0,
      completedOnTime: null,
    };
  }

  const c = compileCalendar(cal);
  const between =
    measure === "calendar" ? (a: number, b: number) => Math.max(0, b - a) : (a: number, b: number) => businessMsBetween(c, a, b);
  const add = measure === "calendar" ? (a: number, ms: number) => a + ms : (a: number, ms: number) => addBusinessMs(c, a, ms);

  const stops = mergedPauses(pauses, start, evaluatedAt);
  const allowed = between(start, baseDue);

  let dueAt: number | null = null;
  let left = allowed;
  let cursor = start;
  for (const [from, to] of stops) {
    const active = between(cursor, from);
    if (active >= left) {
      dueAt = add(cursor, left);
      break;
    }
    left -= active;
    cursor = to;
  }
  dueAt ??= add(cursor, left);

  let pausedMs = 0;
  for (const [from, to] of stops) pausedMs += between(from, to);
  const usedMs = between(start, evaluatedAt) - pausedMs;
  const usedFraction = allowed > 0 ? usedMs / allowed : evaluatedAt > dueAt ? Infinity : 0;

  let state: SlaState;
  if (input.completedAt) state = "completed";
  else if (nowMs > dueAt) state = "breached";
  else if (isPausedNow) state = "paused";
  else if (usedFraction >= SLA_WARNING_FRACTION) state = "warning";
  else state = "on_track";

  return {
    dueAt: new Date(dueAt),
    usedFraction,
    remainingMinutes: (allowed - usedMs) / MINUTE_MS,
    state,
    measure,
    pausedMinutes: pausedMs / MINUTE_MS,
    completedOnTime: input.completedAt ? evaluatedAt <= dueAt : null,
  };
}

/** Pauses as sorted, disjoint [from, to) ms ranges within [start, end]; open pauses run to `end`. */
function mergedPauses(pauses: readonly SlaPause[], start: number, end: number): [number, number][] {
  const ranges: [number, number][] = [];
  for (const p of pauses) {
    const from = Math.max(p.from.getTime(), start);
    const to = Math.min(p.to === null ? end : p.to.getTime(), end);
    if (to > from) ranges.push([from, to]);
  }
  ranges.sort((x, y) => x[0] - y[0]);
  const merged: [number, number][] = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push(r);
  }
  return merged;
}
