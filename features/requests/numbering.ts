import { randomInt } from "node:crypto";

/**
 * Two identifiers on every receipt (DOMAIN §3, tanda terima):
 *
 * - The registration number `BLG-2026-000123`: agency code, year, sequence. Public and guessable by
 *   design: officers say it on the phone and write it on the lembar disposisi. It is unique per agency
 *   and year; the sequence itself comes from the database (a counter row per agency and year, taken in
 *   the same transaction as the request), not from here.
 * - The tracking code `7KQ2-MXPD`: 8 random characters. It is a bearer secret: whoever holds the
 *   printed receipt (or its QR code) may follow the request without signing in, so it never appears in
 *   lists, logs or URLs that get shared, is compared only together with the registration number, and
 *   the tracking page must be rate-limited. 31^8 ≈ 8.5·10^11 codes (≈ 39.6 bits). Store a hash of it
 *   rather than the code itself if the table could leak.
 */

export const REGISTRATION_SEQUENCE_DIGITS = 6;
const MAX_SEQUENCE = 10 ** REGISTRATION_SEQUENCE_DIGITS - 1;

export type RegistrationNumber = {
  /** 2–6 uppercase letters, e.g. "BLG". */
  agencyCode: string;
  year: number;
  /** 1 … 999 999 within the agency and year. */
  sequence: number;
};

const AGENCY_CODE = /^[A-Z]{2,6}$/;

/** Throws on impossible parts: they come from our own data, never from a form. */
export function formatRegistrationNumber({ agencyCode, year, sequence }: RegistrationNumber): string {
  if (!AGENCY_CODE.test(agencyCode)) throw new RangeError(`Agency code must be 2–6 uppercase letters, got "${agencyCode}"`);
  if (!Number.isInteger(year) || year < 2000 || year > 9999) throw new RangeError(`Year out of range: ${year}`);
  if (!Number.isInteger(sequence) || sequence < 1 || sequence > MAX_SEQUENCE) {
    throw new RangeError(`Sequence must be an integer 1–${MAX_SEQUENCE}, got ${sequence}`);
  }
  return `${agencyCode}-${year}-${String(sequence).padStart(REGISTRATION_SEQUENCE_DIGITS, "0")}`;
}

/**
 * "BLG-2026-": the part before the zero-padded sequence. The database appends the sequence in the
 * same statement that allocates it (features/requests/submit.ts), so the two must agree with
 * formatRegistrationNumber — a unit test checks that they do.
 */
export function registrationPrefix(agencyCode: string, year: number): string {
  return formatRegistrationNumber({ agencyCode, year, sequence: 1 }).slice(0, -REGISTRATION_SEQUENCE_DIGITS);
}

const REGISTRATION_PATTERN = new RegExp(`^([A-Z]{2,6})\\s*[-–—]\\s*(\\d{4})\\s*[-–—]\\s*(\\d{${REGISTRATION_SEQUENCE_DIGITS}})$`);

/**
 * Reads a number typed by a person: case, surrounding spaces, spaces around the dashes and en/em
 * dashes (word processors substitute them) are tolerated. Returns null when it is not a number this
 * system could have issued.
 */
export function parseRegistrationNumber(text: string): RegistrationNumber | null {
  const match = REGISTRATION_PATTERN.exec(text.trim().toUpperCase());
  if (!match) return null;
  const year = Number(match[2]);
  const sequence = Number(match[3]);
  if (year < 2000 || sequence < 1) return null;
  return { agencyCode: match[1]!, year, sequence };
}

/** No 0/O, 1/I/L: the code is read off paper and typed back. */
export const TRACKING_CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
export const TRACKING_CODE_LENGTH = 8;

/** A fresh tracking code from the operating system's CSPRNG (`randomInt` is unbiased). */
export function generateTrackingCode(): string {
  let code = "";
  for (let i = 0; i < TRACKING_CODE_LENGTH; i++) {
    code += TRACKING_CODE_ALPHABET[randomInt(TRACKING_CODE_ALPHABET.length)];
  }
  return code;
}

/** What a person typed, reduced to the stored form: uppercase, without spaces and dashes. */
export function normalizeTrackingCode(input: string): string {
  return input.toUpperCase().replace(/[\s\-–—]/gu, "");
}

export function isTrackingCode(code: string): boolean {
  return code.length === TRACKING_CODE_LENGTH && Array.from(code).every((ch) => TRACKING_CODE_ALPHABET.includes(ch));
}

/** For the receipt: two groups of four, `7KQ2-MXPD`; `normalizeTrackingCode` undoes it. */
export function formatTrackingCode(code: string): string {
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}
