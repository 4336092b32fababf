import { z } from "zod";

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
