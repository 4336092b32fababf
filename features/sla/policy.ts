import { z } from "@/lib/validation";
import { dueDate } from "./business-time";
import type { BusinessCalendar } from "./calendar";

/**
 * Structured SLA policy of a service or of one of its scopes. The wording the office used stays in
 * `slaText`; this is what the SLA engine computes with.
 *
 * - calendar:      a duration in calendar hours ("2×24 jam").
 * - working_days:  whole working days of the agency's calendar ("1 Hari Kerja").
 * - working_hours: hours of the agency's working time.
 * - complexity:    "sesuai kompleksitas": the verifier sets the target for each request, within
 *                  `maxWorkingDays` when the office gives a ceiling.
 * - range:         an estimate between `min` and `max` (Bangka Belitung's components); `max` is the
 *                  bound a request is measured against.
 */
export const slaStartSchema = z.enum(["received_complete", "submitted"]);

const rangeUnitSchema = z.enum(["working_day", "week", "month"]);

export const slaPolicySchema = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("calendar"),
    hours: z.number().positive(),
    startsAt: slaStartSchema,
  }),
  z.object({
    kind: z.literal("working_days"),
    days: z.number().int().positive(),
    startsAt: slaStartSchema,
  }),
  z.object({
    kind: z.literal("working_hours"),
    hours: z.number().positive(),
    startsAt: slaStartSchema,
  }),
  z.object({
    kind: z.literal("complexity"),
    maxWorkingDays: z.number().int().positive().optional(),
    startsAt: slaStartSchema,
  }),
  z.object({
    kind: z.literal("range"),
    min: z.object({ amount: z.number().int().positive(), unit: rangeUnitSchema }),
    max: z.object({ amount: z.number().int().positive(), unit: rangeUnitSchema }),
    startsAt: slaStartSchema,
  }),
]);

export type SlaPolicy = z.infer<typeof slaPolicySchema>;

/** Indonesian summary of a policy, for pages that show the structured form next to the wording. */
export function describeSlaPolicy(policy: SlaPolicy): string {
  const unitName = { working_day: "hari kerja", week: "minggu", month: "bulan" } as const;
  switch (policy.kind) {
    case "calendar":
      return `${policy.hours} jam kalender`;
    case "working_days":
      return `${policy.days} hari kerja`;
    case "working_hours":
      return `${policy.hours} jam kerja`;
    case "complexity":
      return policy.maxWorkingDays
        ? `Ditetapkan petugas sesuai kompleksitas, paling lama ${policy.maxWorkingDays} hari kerja`
        : "Ditetapkan petugas sesuai kompleksitas permohonan";
    case "range":
      return policy.min.unit === policy.max.unit
        ? `${policy.min.amount}–${policy.max.amount} ${unitName[policy.max.unit]}`
        : `${policy.min.amount} ${unitName[policy.min.unit]} – ${policy.max.amount} ${unitName[policy.max.unit]}`;
  }
}

/** Where a request's policy comes from: the service's own, and each lingkup's (raw JSON or parsed). */
export interface PolicySources {
  slaPolicy: unknown;
  slaText?: string | null;
  scopes: readonly { code: string; slaPolicy: unknown; slaText?: string | null }[];
}

export interface EffectivePolicy {
  policy: SlaPolicy | null;
  /** The office's wording of that policy. */
  slaText: string | null;
  /** The lingkup the policy is taken from; null when it is the service's. */
  scopeCode: string | null;
}

/**
 * The one SLA policy a request is measured against. Each lingkup it asks for brings its own policy,
 * or the service's when the standard gives that lingkup none; a request without lingkup takes the
 * service's. With several lingkup the request takes the longest of theirs: one letter is answered
 * once everything it asks for is done.
 *
 * "Longest" across kinds (calendar hours, working days or hours, ranges, complexity) compares due
 * moments computed from the same start on the agency's calendar, since the order can depend on it
 * (2×24 jam from a Friday morning ends on Sunday, before "1 hari kerja" ends on Monday; from a Monday
 * morning it ends after). Complexity counts as its ceiling in working days, and without a ceiling as
 * longer than any fixed term (its due moment stays open until the verifier sets it). Equal due
 * moments keep the lingkup the service lists first. Lingkup without any policy are left out; none
 * at all gives null. `compareOn` is needed only when two or more lingkup have terms to compare.
 */
export function effectiveSlaPolicy(
  service: PolicySources,
  scopeCodes: readonly string[],
  compareOn: { calendar: BusinessCalendar; startedAt: Date } | null,
): EffectivePolicy {
  const own = service.slaPolicy == null ? null : slaPolicySchema.parse(service.slaPolicy);
  const chosen = service.scopes.filter((s) => scopeCodes.includes(s.code));
  const serviceText = service.slaText ?? null;
  const candidates: EffectivePolicy[] = chosen.map((s) =>
    s.slaPolicy == null
      ? { policy: own, slaText: serviceText, scopeCode: null }
      : { policy: slaPolicySchema.parse(s.slaPolicy), slaText: s.slaText ?? serviceText, scopeCode: s.code },
  );
  const known = candidates.filter((c) => c.policy !== null);
  // No lingkup, or none with a policy (then the service has none either).
  if (known.length === 0) return { policy: own, slaText: serviceText, scopeCode: null };
  let best = known[0]!;
  if (known.length === 1) return best;
  if (!compareOn) throw new Error("Comparing the terms of several lingkup needs the agency's calendar and a start");
  let bestBound = dueBound(best.policy!, compareOn.calendar, compareOn.startedAt);
  for (const c of known.slice(1)) {
    const bound = dueBound(c.policy!, compareOn.calendar, compareOn.startedAt);
    if (bound > bestBound) [best, bestBound] = [c, bound];
  }
  return best;
}

/** The latest due moment a policy allows from `start`, in ms; Infinity for open complexity. */
function dueBound(policy: SlaPolicy, calendar: BusinessCalendar, start: Date): number {
  if (policy.kind === "complexity") {
    if (policy.maxWorkingDays === undefined) return Number.POSITIVE_INFINITY;
    return dueDate({ kind: "working_days", days: policy.maxWorkingDays, startsAt: policy.startsAt }, calendar, start)!.getTime();
  }
  return dueDate(policy, calendar, start)!.getTime();
}
