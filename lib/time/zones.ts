/**
 * Indonesian time zones. The three official zones have no daylight saving; the abbreviations are
 * the ones every Indonesian reads (WIB/WITA/WIT), which Intl does not produce.
 */
const ZONE_ABBREVIATIONS: Record<string, "WIB" | "WITA" | "WIT"> = {
  "Asia/Jakarta": "WIB",
  "Asia/Pontianak": "WIB",
  "Asia/Makassar": "WITA",
  "Asia/Jayapura": "WIT",
};

export function zoneAbbreviation(timeZone: string): string {
  return ZONE_ABBREVIATIONS[timeZone] ?? timeZone;
}

export function zoneOffsetLabel(timeZone: string): string {
  const abbr = ZONE_ABBREVIATIONS[timeZone];
  if (abbr === "WIB") return "UTC+7";
  if (abbr === "WITA") return "UTC+8";
  if (abbr === "WIT") return "UTC+9";
  return timeZone;
}

// ── Zone arithmetic ─────────────────────────────────────────────────────────────────────────────
//
// The Indonesian zones have had fixed offsets since 1988, so an agency-local wall-clock time and an
// instant differ by one constant: no Intl call on hot paths, no ambiguity. Zones that change their
// offset during the year are refused rather than computed wrongly.

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;

/** The zones Loket's agencies use, so the common case needs no Intl at all. */
const KNOWN_OFFSET_MINUTES: Record<string, number> = {
  "Asia/Jakarta": 7 * 60,
  "Asia/Pontianak": 7 * 60,
  "Asia/Makassar": 8 * 60,
  "Asia/Jayapura": 9 * 60,
  UTC: 0,
  "Etc/UTC": 0,
};

const derivedOffsets = new Map<string, number>();

function intlOffsetMinutes(timeZone: string, at: number): number {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "numeric",
    day: "numeric",
    hour: "numeric",
    minute: "numeric",
  }).formatToParts(new Date(at));
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  const asUtc = Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"));
  return Math.round((asUtc - at) / MINUTE_MS);
}

/**
 * Offset of a fixed-offset zone from UTC, in minutes (WIB 420, WITA 480, WIT 540). Other zones are
 * derived once through Intl; a zone whose offset differs between January and July (daylight
 * saving) is refused.
 */
export function zoneOffsetMinutes(timeZone: string): number {
  const known = KNOWN_OFFSET_MINUTES[timeZone];
  if (known !== undefined) return known;
  const cached = derivedOffsets.get(timeZone);
  if (cached !== undefined) return cached;
  const january = intlOffsetMinutes(timeZone, Date.UTC(2026, 0, 15));
  const july = intlOffsetMinutes(timeZone, Date.UTC(2026, 6, 15));
  if (january !== july) {
    throw new RangeError(`Time zone ${timeZone} changes its UTC offset during the year; only fixed-offset zones are supported`);
  }
  derivedOffsets.set(timeZone, january);
  return january;
}

const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?$/;

/** Wall-clock fields read as if they were UTC, validated (no 31 April, no 24.00). */
function wallClockMs(text: string, withTime: boolean): number {
  const m = LOCAL_DATE_TIME.exec(text);
  if (!m || (m[4] !== undefined) !== withTime) {
    throw new RangeError(`Not a local ${withTime ? "date-time (YYYY-MM-DDTHH:MM)" : "date (YYYY-MM-DD)"}: ${JSON.stringify(text)}`);
  }
  const [year, month, day, hour, minute] = [m[1], m[2], m[3], m[4] ?? "0", m[5] ?? "0"].map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ];
  const ms = Date.UTC(year, month - 1, day, hour, minute);
  const check = new Date(ms);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day || hour > 23 || minute > 59) {
    throw new RangeError(`No such local time: ${JSON.stringify(text)}`);
  }
  return ms;
}

/** The instant of an agency-local wall-clock time, e.g. a datetime-local input's "2026-11-23T07:30". */
export function localDateTimeToInstant(localDateTime: string, timeZone: string): Date {
  return new Date(wallClockMs(localDateTime, true) - zoneOffsetMinutes(timeZone) * MINUTE_MS);
}

/** The instant at which a local date ("2026-11-23") begins in the zone: 00.00 local time. */
export function localMidnight(localDate: string, timeZone: string): Date {
  return new Date(wallClockMs(localDate, false) - zoneOffsetMinutes(timeZone) * MINUTE_MS);
}

/** [from, to) instants of one local date, for "submitted on that day" filters. */
export function localDayRange(localDate: string, timeZone: string): { from: Date; to: Date } {
  const from = localMidnight(localDate, timeZone);
  return { from, to: new Date(from.getTime() + DAY_MS) };
}

/**
 * The instant shifted so that its UTC fields read as the zone's wall clock: for formats that carry
 * no zone (a spreadsheet's date cell), next to a header that names the zone.
 */
export function wallClock(instant: Date, timeZone: string): Date {
  return new Date(instant.getTime() + zoneOffsetMinutes(timeZone) * MINUTE_MS);
}

/** The local date ("YYYY-MM-DD") of an instant in the zone. */
export function localDateOf(instant: Date, timeZone: string): string {
  return wallClock(instant, timeZone).toISOString().slice(0, 10);
}

/** Local year and month (1–12) of an instant in the zone. */
export function localYearMonth(instant: Date, timeZone: string): { year: number; month: number } {
  const local = wallClock(instant, timeZone);
  return { year: local.getUTCFullYear(), month: local.getUTCMonth() + 1 };
}

/** [from, to) instants of a local year, or of one month of it. */
export function localPeriodBounds(period: { year: number; month?: number | null }, timeZone: string): { from: Date; to: Date } {
  const offsetMs = zoneOffsetMinutes(timeZone) * MINUTE_MS;
  const from = period.month ? Date.UTC(period.year, period.month - 1, 1) : Date.UTC(period.year, 0, 1);
  const to = period.month ? Date.UTC(period.year, period.month, 1) : Date.UTC(period.year + 1, 0, 1);
  return { from: new Date(from - offsetMs), to: new Date(to - offsetMs) };
}

// ── Formatting ──────────────────────────────────────────────────────────────────────────────────

const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();
function formatter(timeZone: string, withTime: boolean): Intl.DateTimeFormat {
  const key = `${timeZone}|${withTime}`;
  let f = dateTimeFormats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat("id-ID", {
      timeZone,
      day: "numeric",
      month: "long",
      year: "numeric",
      ...(withTime ? { hour: "2-digit", minute: "2-digit", hourCycle: "h23" } : {}),
    });
    dateTimeFormats.set(key, f);
  }
  return f;
}

/** "22 November 2026 14.05 WIT" — always in the agency's zone, with the zone named. */
export function formatDateTime(instant: Date, timeZone: string): string {
  const parts = formatter(timeZone, true).formatToParts(instant);
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? "";
  return `${get("day")} ${get("month")} ${get("year")} ${get("hour")}.${get("minute")} ${zoneAbbreviation(timeZone)}`;
}

/** "4 Desember 2026": the calendar date of an instant in the agency's zone (a letter's date line). */
export function formatLocalDate(instant: Date, timeZone: string): string {
  return formatter(timeZone, false).format(instant);
}

/** "10 April 2023" for calendar dates (stored at UTC midnight). */
export function formatDate(date: Date): string {
  return formatter("UTC", false).format(date);
}
