/**
 * The applicant's own letter (surat permohonan / surat permintaan): where a standard asks for one,
 * the request carries its number and date, which the desk copies onto the lembar disposisi and the
 * receipt. Pure: no framework or database imports.
 */
import { formatDate } from "@/lib/time/zones";
import { DATE_INPUT_HINT, isCalendarDate } from "./fields";

/** Requirement codes the standards use for the applicant's letter. */
export const LETTER_REQUIREMENT_CODES: readonly string[] = ["surat-permohonan", "surat-permintaan"];

export const LETTER_NUMBER_MAX = 100;

/** Whether the service's documents include the applicant's letter as a required document. */
export function requiresApplicantLetter(documents: readonly { code: string; required: boolean }[]): boolean {
  return documents.some((d) => d.required && LETTER_REQUIREMENT_CODES.includes(d.code));
}

/** Today's date (YYYY-MM-DD) in the agency's zone: a letter dated today there is not in the future. */
export function localDateIn(timeZone: string, instant = new Date()): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(instant);
}

export const letterMessages = {
  numberRequired: "Nomor surat wajib diisi, sesuai yang tertulis pada surat permohonan, misalnya 005/123/Disdik/2026.",
  numberTooLong: (length: number) => `Nomor surat paling banyak ${LETTER_NUMBER_MAX} karakter; Anda menulis ${length}.`,
  dateRequired: "Tanggal surat wajib diisi, sesuai tanggal pada surat permohonan.",
  dateInvalid: `Tanggal surat tidak valid. ${DATE_INPUT_HINT}`,
  dateInFuture: (today: string) => `Tanggal surat tidak boleh setelah hari ini (${formatLetterDate(today)}).`,
} as const;

export type LetterCheck = { ok: true; value: string } | { ok: false; message: string };

export function validateLetterNumber(input: string | undefined): LetterCheck {
  const value = (input ?? "").trim().replace(/\s+/g, " ");
  if (value === "") return { ok: false, message: letterMessages.numberRequired };
  if (value.length > LETTER_NUMBER_MAX) return { ok: false, message: letterMessages.numberTooLong(value.length) };
  return { ok: true, value };
}

/** A calendar date YYYY-MM-DD that exists (no 31 April) and is not after `today`. */
export function validateLetterDate(input: string | undefined, today: string): LetterCheck {
  const value = (input ?? "").trim();
  if (value === "") return { ok: false, message: letterMessages.dateRequired };
  if (!isCalendarDate(value)) return { ok: false, message: letterMessages.dateInvalid };
  if (value > today) return { ok: false, message: letterMessages.dateInFuture(today) };
  return { ok: true, value };
}

/** "5 Maret 2026" from YYYY-MM-DD (a calendar date, no zone). */
export function formatLetterDate(date: string): string {
  return formatDate(new Date(`${date}T00:00:00Z`));
}
