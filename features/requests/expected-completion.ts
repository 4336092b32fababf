import type { WeeklyHours } from "../catalog/content";
import { dueDate } from "../sla/business-time";
import { calendarFor } from "../sla/calendar";
import type { SlaPolicy } from "../sla/policy";
import { formatDateTime } from "@/lib/time/zones";

/**
 * The expected completion printed on the receipt and in the confirmation e-mail: the policy's
 * due moment if the file is found complete as received (the clock of every seeded standard starts
 * when the file is complete), in the agency's zone. "Sesuai kompleksitas" has no date until the
 * verifier sets one.
 */
export function expectedCompletion(
  policy: SlaPolicy | null,
  agency: { timeZone: string; workingHours: WeeklyHours; holidays: string[] },
  receivedAt: Date,
): { dueAt: Date | null; text: string } {
  if (!policy) return { dueAt: null, text: "Tidak dinyatakan oleh instansi; petugas akan menginformasikan setelah verifikasi." };
  if (policy.kind === "complexity") {
    return {
      dueAt: null,
      text: "Ditetapkan petugas setelah verifikasi, sesuai kompleksitas permintaan. Anda akan diberi tahu.",
    };
  }
  const calendar = calendarFor(agency, agency.holidays);
  const dueAt = dueDate(policy, calendar, receivedAt);
  if (!dueAt) return { dueAt: null, text: "Ditetapkan petugas setelah verifikasi." };
  const condition = policy.startsAt === "received_complete" ? ", bila berkas dinyatakan lengkap sebagaimana diajukan" : "";
  return { dueAt, text: `Paling lambat ${formatDateTime(dueAt, agency.timeZone)}${condition}.` };
}
