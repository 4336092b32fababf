// SLA due dates for 100 000 open requests: `node --import tsx scripts/bench/sla.ts`.
// Mixed policies (2×24 jam, 1 hari kerja, 8 jam kerja, complexity with a 5-day target, 1–3 months),
// the three zones, start instants spread over 2026, about one in five with a pause (some still open).
// Warms up once, measures 3 runs, prints `BENCH sla <figure> <value> <unit>` (median run) and exits
// non-zero when the median run takes more than 1000 ms.
import { DEFAULT_WEEKLY_HOURS, type WeeklyHours } from "../../features/catalog/content";
import { dueDate } from "../../features/sla/business-time";
import { slaClock, type SlaPause } from "../../features/sla/clock";
import { type BusinessCalendar, calendarFor } from "../../features/sla/calendar";
import { HOLIDAY_DATES_2026 } from "../../features/sla/holidays-2026";
import type { SlaPolicy } from "../../features/sla/policy";

const REQUESTS = 100_000;
const BUDGET_MS = 1000;

const BABEL_DAY = [{ start: "08:00", end: "16:00" }];
const BABEL_HOURS: WeeklyHours = { "1": BABEL_DAY, "2": BABEL_DAY, "3": BABEL_DAY, "4": BABEL_DAY, "5": BABEL_DAY, "6": [], "7": [] };
const holidays = [...HOLIDAY_DATES_2026];
const calendars: BusinessCalendar[] = [
  calendarFor({ timeZone: "Asia/Jakarta", workingHours: DEFAULT_WEEKLY_HOURS }, holidays),
  calendarFor({ timeZone: "Asia/Jakarta", workingHours: BABEL_HOURS }, holidays),
  calendarFor({ timeZone: "Asia/Makassar", workingHours: DEFAULT_WEEKLY_HOURS }, holidays),
  calendarFor({ timeZone: "Asia/Jayapura", workingHours: DEFAULT_WEEKLY_HOURS }, holidays),
];

const policies: SlaPolicy[] = [
  { kind: "calendar", hours: 48, startsAt: "submitted" },
  { kind: "working_days", days: 1, startsAt: "received_complete" },
  { kind: "working_hours", hours: 8, startsAt: "received_complete" },
  { kind: "complexity", maxWorkingDays: 14, startsAt: "received_complete" },
  { kind: "range", min: { amount: 1, unit: "month" }, max: { amount: 3, unit: "month" }, startsAt: "received_complete" },
];

/** Deterministic, so every run and every machine computes the same workload. */
function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type OpenRequest = {
  policy: SlaPolicy;
  calendar: BusinessCalendar;
  startedAt: Date;
  targetWorkingDays?: number;
  pauses: SlaPause[];
};

const random = mulberry32(2026);
const YEAR_START = Date.UTC(2025, 11, 31, 17);
const YEAR_MS = 365 * 86_400_000;
const NOW = new Date(Date.UTC(2026, 11, 31, 5));
const requests: OpenRequest[] = [];
for (let i = 0; i < REQUESTS; i++) {
  const policy = policies[i % policies.length]!;
  const startedAt = new Date(YEAR_START + Math.floor(random() * YEAR_MS));
  const pauses: SlaPause[] = [];
  if (random() < 0.2) {
    const from = startedAt.getTime() + Math.floor(random() * 3 * 86_400_000);
    const open = random() < 0.25;
    pauses.push({
      from: new Date(from),
      to: open ? null : new Date(from + Math.floor(random() * 2 * 86_400_000)),
      reason: "menunggu pemohon",
    });
  }
  requests.push({
    policy,
    calendar: calendars[Math.floor(random() * calendars.length)]!,
    startedAt,
    ...(policy.kind === "complexity" ? { targetWorkingDays: 5 } : {}),
    pauses,
  });
}

/** All due dates once; returns a checksum so the work cannot be optimised away. */
function computeAll(): number {
  let checksum = 0;
  for (const r of requests) {
    const options = r.targetWorkingDays === undefined ? {} : { targetWorkingDays: r.targetWorkingDays };
    const due =
      r.pauses.length === 0
        ? dueDate(r.policy, r.calendar, r.startedAt, options)
        : slaClock(r.policy, r.calendar, { startedAt: r.startedAt, pauses: r.pauses, now: NOW, ...options }).dueAt;
    if (due) checksum = (checksum + (due.getTime() % 1_000_003)) % 2_147_483_647;
  }
  return checksum;
}

const warmUp = computeAll();
const runs: number[] = [];
for (let run = 0; run < 3; run++) {
  const t0 = performance.now();
  const checksum = computeAll();
  runs.push(performance.now() - t0);
  if (checksum !== warmUp) throw new Error("due dates differ between runs");
}
const sorted = [...runs].sort((a, b) => a - b);
const best = sorted[0]!;
const median = sorted[1]!;

console.log(
  `# sla: ${REQUESTS} due dates (${requests.filter((r) => r.pauses.length > 0).length} with a pause), ` +
    `runs ${runs.map((ms) => ms.toFixed(1)).join(" / ")} ms, best ${best.toFixed(1)} ms, median ${median.toFixed(1)} ms`,
);
console.log(`BENCH sla due-dates-per-second ${Math.round((REQUESTS / median) * 1000)} ops/s`);
console.log(`BENCH sla due-dates-100k ${median.toFixed(1)} ms`);
if (median > BUDGET_MS) {
  console.error(`sla: 100k due dates took ${median.toFixed(1)} ms (median), budget ${BUDGET_MS} ms`);
  process.exit(1);
}
