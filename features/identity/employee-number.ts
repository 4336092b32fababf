/**
 * Format checks of the identity numbers an applicant gives (DOMAIN §5): NIP (PNS), NI PPPK and NIK.
 *
 * A number that passes proves only that it is well formed, not that the person is employed or that
 * it is theirs: the verifier checks the claim. These numbers are personal data (DOMAIN §8): show
 * them masked (`maskIdentityNumber`) everywhere except the one screen that needs them whole, and
 * never log them.
 *
 * Every failure carries an Indonesian message naming the digits at fault, ready to show next to the
 * field. Pure: no framework or database imports.
 */
import { localDateOf } from "@/lib/time/zones";

export type Gender = "L" | "P";
export type IdentityKind = "NIP" | "NI_PPPK" | "NIK";

export type IdentityNumberInfo = {
  ok: true;
  kind: IdentityKind;
  /** Digits only, whitespace removed: the form to store. */
  value: string;
  /** ISO calendar date `YYYY-MM-DD` (no time, no zone). */
  birthDate: string;
  gender: Gender;
  /** NIP only: TMT CPNS as `YYYY-MM`. */
  tmtCpns?: string;
};

export type IdentityNumberResult = IdentityNumberInfo | { ok: false; message: string };

export type IdentityValidationOptions = {
  /** The instant "now"; injectable for tests. Defaults to the current time. */
  today?: Date;
  /**
   * Zone in which `today` is read as a calendar date (the agency's zone). Only matters within a few
   * hours of midnight at the turn of a month or year.
   */
  timeZone?: string;
};

const LABEL: Record<IdentityKind, string> = { NIP: "NIP", NI_PPPK: "NI PPPK", NIK: "NIK" };
const LENGTH: Record<IdentityKind, number> = { NIP: 18, NI_PPPK: 18, NIK: 16 };

/** Oldest birth year accepted; the youngest is the current year − 17 (nobody younger is an ASN). */
export const MIN_BIRTH_YEAR = 1940;
export const MIN_AGE_YEARS = 17;

/**
 * Province codes (Kemendagri) that open a NIK. 91–96 include the Papua provinces formed in 2022;
 * older NIKs there keep 91/92. Exported so a new province is a one-line change.
 */
export const NIK_PROVINCE_CODES: ReadonlySet<string> = new Set([
  ...["11", "12", "13", "14", "15", "16", "17", "18", "19", "21"],
  ...["31", "32", "33", "34", "35", "36"],
  ...["51", "52", "53"],
  ...["61", "62", "63", "64", "65"],
  ...["71", "72", "73", "74", "75", "76"],
  ...["81", "82"],
  ...["91", "92", "93", "94", "95", "96"],
]);

// ---------------------------------------------------------------------------------------------
// Messages (Indonesian). Functions so that each message names the offending value.

export const identityMessages = {
  required: (kind: IdentityKind) => `${LABEL[kind]} wajib diisi.`,
  illegalCharacters: (kind: IdentityKind, chars: string) =>
    `${LABEL[kind]} hanya boleh berisi angka (spasi boleh); karakter tidak sah: ${chars}`,
  wrongLength: (kind: IdentityKind, actual: number) => `${LABEL[kind]} harus ${LENGTH[kind]} digit angka; Anda mengisi ${actual} digit.`,
  invalidBirthDate: (kind: "NIP" | "NI_PPPK", digits: string) => `Tanggal lahir pada ${LABEL[kind]} (digit 1–8) tidak valid: ${digits}.`,
  birthYearOutOfRange: (kind: "NIP" | "NI_PPPK", year: number, min: number, max: number) =>
    `Tahun lahir pada ${LABEL[kind]} (digit 1–4) harus antara ${min} dan ${max}; tertulis ${year}.`,
  tmtMonthInvalid: (month: string) => `Bulan TMT CPNS pada NIP (digit 13–14) harus 01–12; tertulis ${month}.`,
  tmtNotAfterBirth: (tmt: string, birth: string) =>
    `TMT CPNS pada NIP (digit 9–14) harus sesudah tanggal lahir (digit 1–8); tertulis TMT ${tmt}, lahir ${birth}.`,
  tmtInFuture: (tmt: string) => `TMT CPNS pada NIP (digit 9–14) tidak boleh di masa depan; tertulis ${tmt}.`,
  genderDigit: (kind: "NIP" | "NI_PPPK") => `Digit ke-15 ${LABEL[kind]} (jenis kelamin) harus 1 atau 2.`,
  nipSequenceZero: "Nomor urut pada NIP (digit 16–18) tidak boleh 000.",
  nikProvince: (code: string) => `Kode provinsi pada NIK (digit 1–2) tidak dikenal: ${code}. Periksa kembali NIK sesuai KTP/KK.`,
  nikDay: (six: string, day: string) =>
    `Tanggal lahir pada NIK (digit 7–12) tidak valid: ${six}. Tanggal (digit 7–8) harus 01–31 untuk laki-laki atau 41–71 untuk perempuan; tertulis ${day}.`,
  nikMonth: (six: string, month: string) =>
    `Tanggal lahir pada NIK (digit 7–12) tidak valid: ${six}. Bulan (digit 9–10) harus 01–12; tertulis ${month}.`,
  nikImpossibleDate: (six: string, date: string) =>
    `Tanggal lahir pada NIK (digit 7–12) tidak valid: ${six}; tanggal ${date} tidak ada di kalender.`,
  nikSequenceZero: "Nomor urut pada NIK (digit 13–16) tidak boleh 0000.",
} as const;

// ---------------------------------------------------------------------------------------------
// Calendar helpers (plain numbers: a birth date has no time zone).

type CalendarDate = { year: number; month: number; day: number };

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function isRealDate({ year, month, day }: CalendarDate): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

function compareDates(a: CalendarDate, b: CalendarDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");
const isoDate = (d: CalendarDate) => `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}`;
const dmyDate = (d: CalendarDate) => `${pad(d.day)}-${pad(d.month)}-${pad(d.year, 4)}`;

const DEFAULT_TIME_ZONE = "Asia/Jakarta";

function todayIn(options: IdentityValidationOptions): CalendarDate {
  const [year, month, day] = localDateOf(options.today ?? new Date(), options.timeZone ?? DEFAULT_TIME_ZONE)
    .split("-")
    .map(Number) as [number, number, number];
  return { year, month, day };
}

// ---------------------------------------------------------------------------------------------
// Shared steps

/** Whitespace (including non-breaking spaces) is how people group these numbers; drop it. */
function stripWhitespace(value: string): string {
  return value.replace(/\s+/gu, "");
}

function uniqueIllegalCharacters(text: string, allowed: RegExp): string {
  const seen = new Set<string>();
  for (const ch of text) if (!allowed.test(ch)) seen.add(ch);
  return [...seen].join(" ");
}

type Digits = { ok: true; digits: string } | { ok: false; message: string };

function readDigits(kind: IdentityKind, value: string): Digits {
  const digits = stripWhitespace(value ?? "");
  if (digits === "") return { ok: false, message: identityMessages.required(kind) };
  if (!/^\d+$/.test(digits)) {
    return {
      ok: false,
      message: identityMessages.illegalCharacters(kind, uniqueIllegalCharacters(digits, /\d/)),
    };
  }
  if (digits.length !== LENGTH[kind]) {
    return { ok: false, message: identityMessages.wrongLength(kind, digits.length) };
  }
  return { ok: true, digits };
}

function readYyyymmdd(digits: string): CalendarDate {
  return {
    year: Number(digits.slice(0, 4)),
    month: Number(digits.slice(4, 6)),
    day: Number(digits.slice(6, 8)),
  };
}

/** Birth date in digits 1–8 (NIP and NI PPPK): a real date, year within the plausible range. */
function checkYyyymmddBirthDate(
  kind: "NIP" | "NI_PPPK",
  digits: string,
  today: CalendarDate,
): { ok: true; birth: CalendarDate } | { ok: false; message: string } {
  const birth = readYyyymmdd(digits);
  if (!isRealDate(birth)) {
    return { ok: false, message: identityMessages.invalidBirthDate(kind, digits.slice(0, 8)) };
  }
  const maxYear = today.year - MIN_AGE_YEARS;
  if (birth.year < MIN_BIRTH_YEAR || birth.year > maxYear) {
    return {
      ok: false,
      message: identityMessages.birthYearOutOfRange(kind, birth.year, MIN_BIRTH_YEAR, maxYear),
    };
  }
  return { ok: true, birth };
}

function genderFromDigit(digit: string | undefined): Gender | null {
  if (digit === "1") return "L";
  if (digit === "2") return "P";
  return null;
}

// ---------------------------------------------------------------------------------------------
// Validators

/**
 * NIP PNS, 18 digits: `YYYYMMDD` birth date · `YYYYMM` TMT CPNS · gender (1 L, 2 P) · `NNN` ≠ 000.
 * The TMT must fall in a month after the birth month (TMT is the first of its month) and not after
 * the current month.
 */
export function validateNip(value: string, options: IdentityValidationOptions = {}): IdentityNumberResult {
  const read = readDigits("NIP", value);
  if (!read.ok) return read;
  const { digits } = read;
  const today = todayIn(options);

  const birthCheck = checkYyyymmddBirthDate("NIP", digits, today);
  if (!birthCheck.ok) return birthCheck;
  const { birth } = birthCheck;

  const tmtYear = Number(digits.slice(8, 12));
  const tmtMonthText = digits.slice(12, 14);
  const tmtMonth = Number(tmtMonthText);
  if (tmtMonth < 1 || tmtMonth > 12) return { ok: false, message: identityMessages.tmtMonthInvalid(tmtMonthText) };
  const tmt = `${pad(tmtYear, 4)}-${tmtMonthText}`;
  const tmtIndex = tmtYear * 12 + tmtMonth;
  if (tmtIndex <= birth.year * 12 + birth.month) {
    return { ok: false, message: identityMessages.tmtNotAfterBirth(tmt, dmyDate(birth)) };
  }
  if (tmtIndex > today.year * 12 + today.month) return { ok: false, message: identityMessages.tmtInFuture(tmt) };

  const gender = genderFromDigit(digits[14]);
  if (!gender) return { ok: false, message: identityMessages.genderDigit("NIP") };
  if (digits.slice(15) === "000") return { ok: false, message: identityMessages.nipSequenceZero };

  return { ok: true, kind: "NIP", value: digits, birthDate: isoDate(birth), gender, tmtCpns: tmt };
}

/**
 * NI PPPK, 18 digits. Assumption (DOMAIN §5): the layout is `YYYYMMDD` birth date · `YYYY` year ·
 * 2-digit code · gender · 3-digit sequence, and only its length, birth date (digits 1–8, same
 * plausibility range as the NIP) and gender digit (digit 15) are checked; the year, code and
 * sequence are not, because their rules are not published consistently.
 */
export function validateNiPppk(value: string, options: IdentityValidationOptions = {}): IdentityNumberResult {
  const read = readDigits("NI_PPPK", value);
  if (!read.ok) return read;
  const { digits } = read;

  const birthCheck = checkYyyymmddBirthDate("NI_PPPK", digits, todayIn(options));
  if (!birthCheck.ok) return birthCheck;

  const gender = genderFromDigit(digits[14]);
  if (!gender) return { ok: false, message: identityMessages.genderDigit("NI_PPPK") };

  return { ok: true, kind: "NI_PPPK", value: digits, birthDate: isoDate(birthCheck.birth), gender };
}

/**
 * NIK, 16 digits: province (2) · kabupaten/kota (2) · kecamatan (2) · `DDMMYY` birth date, day + 40
 * for women · 4-digit sequence ≠ 0000. Only the province code is checked against a list. The
 * two-digit year is read as 20YY unless that date is still in the future, then 19YY (so a NIK of a
 * person over 100 is misread; accepted, since only the format is at stake).
 */
export function validateNik(value: string, options: IdentityValidationOptions = {}): IdentityNumberResult {
  const read = readDigits("NIK", value);
  if (!read.ok) return read;
  const { digits } = read;

  const province = digits.slice(0, 2);
  if (!NIK_PROVINCE_CODES.has(province)) return { ok: false, message: identityMessages.nikProvince(province) };

  const six = digits.slice(6, 12);
  const dayText = six.slice(0, 2);
  const monthText = six.slice(2, 4);
  const rawDay = Number(dayText);
  const month = Number(monthText);
  const yy = Number(six.slice(4, 6));

  let gender: Gender;
  let day: number;
  if (rawDay >= 1 && rawDay <= 31) {
    gender = "L";
    day = rawDay;
  } else if (rawDay >= 41 && rawDay <= 71) {
    gender = "P";
    day = rawDay - 40;
  } else {
    return { ok: false, message: identityMessages.nikDay(six, dayText) };
  }
  if (month < 1 || month > 12) return { ok: false, message: identityMessages.nikMonth(six, monthText) };

  const today = todayIn(options);
  const in2000s = { year: 2000 + yy, month, day };
  const birth = compareDates(in2000s, today) <= 0 ? in2000s : { year: 1900 + yy, month, day };
  if (!isRealDate(birth)) return { ok: false, message: identityMessages.nikImpossibleDate(six, dmyDate(birth)) };

  if (digits.slice(12) === "0000") return { ok: false, message: identityMessages.nikSequenceZero };

  return { ok: true, kind: "NIK", value: digits, birthDate: isoDate(birth), gender };
}

export function validateEmployeeNumber(kind: IdentityKind, value: string, options: IdentityValidationOptions = {}): IdentityNumberResult {
  switch (kind) {
    case "NIP":
      return validateNip(value, options);
    case "NI_PPPK":
      return validateNiPppk(value, options);
    case "NIK":
      return validateNik(value, options);
  }
}

/**
 * Mask for lists, exports and receipts (DOMAIN §8): keep the first 6 and last 2 characters, `*` for
 * the rest, same length (`198609**********01`). Whitespace is removed first. Anything shorter than
 * 12 characters is not a real NIP/NIK and keeping 8 of its characters would reveal most of it, so it
 * is masked entirely.
 */
export function maskIdentityNumber(value: string): string {
  const chars = Array.from(stripWhitespace(value ?? ""));
  if (chars.length < 12) return "*".repeat(chars.length);
  return chars.map((ch, i) => (i < 6 || i >= chars.length - 2 ? ch : "*")).join("");
}
