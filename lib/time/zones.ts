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

/** "10 April 2023" for calendar dates (stored at UTC midnight). */
export function formatDate(date: Date): string {
  return formatter("UTC", false).format(date);
}
