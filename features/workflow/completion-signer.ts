import { type Role, ROLE_NAMES } from "../auth/roles";

/**
 * Who signs the surat penyelesaian, and how the signature block reads. Pure.
 *
 * The letter goes out from the office, so it is the Kepala Dinas's letter: signed by the Kepala
 * Dinas in person, or "a.n." (atas nama) the Kepala Dinas by the Kepala Bidang responsible for the
 * service. Tata naskah dinas lets an official one level below the head sign on the head's behalf;
 * the petugas or penanggung jawab teknis who did the work is not that official, so a letter they
 * complete is still signed by their Kepala Bidang. In order:
 *
 * 1. the Kepala Dinas or a Kepala Bidang who completed the request themselves;
 * 2. the Kepala Bidang the request was disposed through (Bangka Belitung's chain), the latest one;
 * 3. the Kepala Bidang of the unit that runs the services (Agency.unitName), else the first
 *    Kepala Bidang appointed;
 * 4. where the office has no Kepala Bidang on the portal, the officer who completed it, still a.n.
 *    the Kepala Dinas; failing that the Kepala Dinas.
 *
 * A Plh/Plt standing in for the chosen official when the request was completed signs with their
 * own name and NIP under "Plh. <the post>".
 */

export interface Official {
  userId: string;
  name: string;
  role: Role;
  /** The post as printed, e.g. "Kepala Bidang e-Government dan Statistik". */
  title: string | null;
  nip: string | null;
}

export interface Substitute {
  name: string;
  nip: string | null;
  kind: "PLH" | "PLT";
}

export interface LetterSignature {
  /** The post signed for ("Kepala Dinas … <region>"), printed after "a.n."; null when its holder signs. */
  onBehalfOf: string | null;
  /** The signer's post, e.g. "Kepala Bidang e-Government dan Statistik" or "Plh. Kepala Bidang …". */
  title: string;
  name: string;
  /** Printed as "NIP. <nip>"; the line is left out when unknown. */
  nip: string | null;
}

export function chooseCompletionSigner(input: {
  completerId: string | null;
  /** Users the request was disposed by or to, most recent first. */
  chainUserIds: string[];
  /** Staff of the agency, in order of appointment: its Kepala Dinas and Kepala Bidang, and the completer. */
  officials: Official[];
  unitName: string | null;
}): Official | null {
  const { completerId, chainUserIds, officials, unitName } = input;
  const holding = (userId: string | null, roles: Role[]) => officials.find((o) => o.userId === userId && roles.includes(o.role));
  const kabids = officials.filter((o) => o.role === "KEPALA_BIDANG");
  const unit = unitName?.trim().toLowerCase();
  return (
    holding(completerId, ["KEPALA_DINAS"]) ??
    holding(completerId, ["KEPALA_BIDANG"]) ??
    chainUserIds.map((id) => holding(id, ["KEPALA_BIDANG"])).find(Boolean) ??
    (unit ? kabids.find((k) => k.title?.toLowerCase().includes(unit)) : undefined) ??
    kabids[0] ??
    officials.find((o) => o.userId === completerId) ??
    officials.find((o) => o.role === "KEPALA_DINAS") ??
    null
  );
}

/** "Penanggung jawab teknis" → "Penanggung Jawab Teknis": a role's name as a printed post. */
function postOfRole(role: Role): string {
  return ROLE_NAMES[role].replace(/(^|\s)\p{Ll}/gu, (c) => c.toUpperCase());
}

export function completionSignature(input: {
  signer: Official | null;
  /** The head's full post, e.g. "Kepala Dinas Komunikasi dan Informatika Provinsi Kepulauan Bangka Belitung". */
  headTitle: string;
  substitute: Substitute | null;
  /** The completing officer's recorded name, for a request nobody of the office can sign. */
  fallbackName: string;
  unitName?: string | null;
}): LetterSignature {
  const { signer, headTitle, substitute } = input;
  if (!signer) return { onBehalfOf: headTitle, title: postOfRole("PETUGAS_LAYANAN"), name: input.fallbackName, nip: null };
  const isHead = signer.role === "KEPALA_DINAS";
  // The head signs under the full post as it heads the letter, not a short membership title.
  const post = isHead
    ? headTitle
    : signer.title?.trim() ||
      (signer.role === "KEPALA_BIDANG" && input.unitName?.trim() ? `Kepala ${input.unitName.trim()}` : postOfRole(signer.role));
  return {
    onBehalfOf: isHead ? null : headTitle,
    title: substitute ? `${substitute.kind === "PLT" ? "Plt." : "Plh."} ${post}` : post,
    name: substitute ? substitute.name : signer.name,
    nip: (substitute ? substitute.nip : signer.nip)?.trim() || null,
  };
}
