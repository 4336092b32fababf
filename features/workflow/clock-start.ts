import { dueDate } from "../sla/business-time";
import { loadBusinessCalendar } from "../sla/calendar-store";
import type { SlaPolicy } from "../sla/policy";
import { policyOfRequest } from "../sla/request-clock";
import type { LoadedRequest, Tx } from "./transition";

/**
 * When a desk action starts a request's SLA clock: the completeness check (VERIFY) or, in a
 * workflow without one, the first official's action on the letter. Policies that count from the
 * submission count from then.
 */
async function policyFor(tx: Tx, r: LoadedRequest): Promise<SlaPolicy | null> {
  return policyOfRequest(tx, r.serviceId, r.scopeCodes, r.receivedCompleteAt ?? r.submittedAt);
}

export async function needsTarget(tx: Tx, r: LoadedRequest): Promise<boolean> {
  return (await policyFor(tx, r))?.kind === "complexity";
}

/** Whether the clock runs already (so a return to the applicant pauses it). */
export async function clockRunning(tx: Tx, r: LoadedRequest): Promise<boolean> {
  if (r.receivedCompleteAt) return true;
  return (await policyFor(tx, r))?.startsAt === "submitted";
}

/** The columns that start (or restart with a target) the clock now. */
export async function clockStart(
  tx: Tx,
  r: LoadedRequest,
  now: Date,
  targetWorkingDays: number | null,
): Promise<{ receivedCompleteAt: Date; dueAt: Date | null }> {
  const receivedCompleteAt = r.receivedCompleteAt ?? now;
  const policy = await policyFor(tx, r);
  if (!policy) return { receivedCompleteAt, dueAt: null };
  const calendar = await loadBusinessCalendar(tx, r.agencyId);
  const from = policy.startsAt === "submitted" ? r.submittedAt : receivedCompleteAt;
  return { receivedCompleteAt, dueAt: dueDate(policy, calendar, from, targetWorkingDays ? { targetWorkingDays } : undefined) };
}
