/**
 * Checks of the per-service details of a request (DOMAIN §3): the subdomain wanted for hosting, the
 * email accounts wanted, and who may apply at all (seed 000 serves only `haltimkab.go.id`).
 * Messages are Indonesian and say what is wrong and what is expected, for display next to the field.
 * Pure: no framework or database imports.
 */

export type FieldResult<T> = ({ ok: true } & T) | { ok: false; message: string };

function normalizeDomain(domain: string): string {
  return domain
    .trim()
    .toLowerCase()
    .replace(/^@/, "")
    .replace(/^\.+|\.+$/g, "");
}

/** Offending characters, each once, in order of appearance; a space reads "spasi". */
function listIllegal(text: string, allowed: RegExp): string {
  const seen = new Set<string>();
  for (const ch of text) if (!allowed.test(ch)) seen.add(/\s/u.test(ch) ? "spasi" : ch);
  return [...seen].join(" ");
}

// ---------------------------------------------------------------------------------------------
// Subdomain (hosting)

/**
 * Names a subdomain may not take: they belong to the agency's own mail, DNS and hosting panel, or
 * would let a site pass for one of them. Extend per agency through the `reserved` option.
 */
export const RESERVED_SUBDOMAINS: readonly string[] = [
  "www",
  "mail",
  "webmail",
  "smtp",
  "imap",
  "pop",
  "pop3",
  "mx",
  "ftp",
  "sftp",
  "admin",
  "administrator",
  "root",
  "ns",
  "ns1",
  "ns2",
  "ns3",
  "ns4",
  "dns",
  "localhost",
  "autodiscover",
  "autoconfig",
  "cpanel",
  "whm",
  "webdisk",
];

const MAX_LABEL_LENGTH = 63;
const MAX_NAME_LENGTH = 253;

export const subdomainMessages = {
  required: (domain: string) => `Nama subdomain wajib diisi, misalnya “sipd” untuk sipd.${domain}.`,
  withAgencyDomain: (domain: string, suggestion: string) => `Isi bagian depan saja, tanpa “.${domain}”; misalnya “${suggestion}”.`,
  dots: (suggestion: string) => `Nama subdomain hanya satu bagian tanpa titik (.); misalnya “${suggestion}”.`,
  illegalCharacters: (chars: string) =>
    `Nama subdomain hanya boleh berisi huruf kecil a–z, angka 0–9 dan tanda hubung (-); karakter tidak sah: ${chars}`,
  uppercase: (lower: string) => `Nama subdomain harus huruf kecil semua; gunakan “${lower}”.`,
  tooLong: (length: number) => `Nama subdomain paling panjang ${MAX_LABEL_LENGTH} karakter; Anda mengisi ${length} karakter.`,
  hyphenAtEdge: "Nama subdomain tidak boleh diawali atau diakhiri tanda hubung (-).",
  idnPrefix: "Nama subdomain tidak boleh memuat “--” pada karakter ke-3 dan ke-4; bentuk itu khusus untuk nama domain internasional.",
  reserved: (label: string) =>
    `Nama subdomain “${label}” dicadangkan untuk keperluan sistem; pilih nama lain, misalnya nama aplikasi atau singkatan OPD Anda.`,
  fullNameTooLong: (fullName: string) => `Nama lengkap ${fullName} melebihi ${MAX_NAME_LENGTH} karakter; pendekkan nama subdomain.`,
} as const;

/**
 * One DNS label under the agency's domain (RFC 1123 host name rules): 1–63 characters, a–z, 0–9 and
 * "-", not at either end. Uppercase is refused rather than silently folded so the applicant sees the
 * exact name that will be registered. Returns the full name, `${label}.${agencyDomain}`.
 */
export function validateSubdomainLabel(
  label: string,
  agencyDomain: string,
  options: { reserved?: readonly string[] } = {},
): FieldResult<{ label: string; fullName: string }> {
  const domain = normalizeDomain(agencyDomain);
  const text = label.trim();
  if (text === "") return { ok: false, message: subdomainMessages.required(domain) };

  if (text.includes(".")) {
    const lower = text.toLowerCase().replace(/\.+$/, "");
    const prefix = lower.endsWith(`.${domain}`) ? lower.slice(0, -(domain.length + 1)) : null;
    if (prefix && !prefix.includes(".")) return { ok: false, message: subdomainMessages.withAgencyDomain(domain, prefix) };
    return { ok: false, message: subdomainMessages.dots((prefix ?? lower).replace(/\.+/g, "-")) };
  }

  const illegal = listIllegal(text, /[A-Za-z0-9-]/);
  if (illegal) return { ok: false, message: subdomainMessages.illegalCharacters(illegal) };
  if (text !== text.toLowerCase()) return { ok: false, message: subdomainMessages.uppercase(text.toLowerCase()) };
  if (text.length > MAX_LABEL_LENGTH) return { ok: false, message: subdomainMessages.tooLong(text.length) };
  if (text.startsWith("-") || text.endsWith("-")) return { ok: false, message: subdomainMessages.hyphenAtEdge };
  if (text.slice(2, 4) === "--") return { ok: false, message: subdomainMessages.idnPrefix };
  if ((options.reserved ?? RESERVED_SUBDOMAINS).includes(text)) return { ok: false, message: subdomainMessages.reserved(text) };

  const fullName = `${text}.${domain}`;
  if (fullName.length > MAX_NAME_LENGTH) return { ok: false, message: subdomainMessages.fullNameTooLong(fullName) };
  return { ok: true, label: text, fullName };
}

// ---------------------------------------------------------------------------------------------
// Email accounts

/** Mailboxes every mail domain needs for its operators (RFC 2142 and common practice). */
export const RESERVED_MAILBOXES: readonly string[] = [
  "postmaster",
  "abuse",
  "hostmaster",
  "webmaster",
  "security",
  "root",
  "admin",
  "administrator",
  "mailer-daemon",
  "noreply",
  "no-reply",
];

export const MAX_LOCAL_PART_LENGTH = 64;
export const MAX_REQUESTED_ACCOUNTS = 50;

export const emailMessages = {
  required: "Nama akun email wajib diisi.",
  wrongDomain: (domain: string, written: string) => `Alamat email harus berdomain @${domain}; Anda menulis @${written}.`,
  illegalCharacters: (chars: string) =>
    `Nama akun email hanya boleh berisi huruf a–z, angka 0–9, titik (.), garis bawah (_) dan tanda hubung (-); karakter tidak sah: ${chars}`,
  tooLong: (length: number) =>
    `Nama akun email (bagian sebelum @) paling panjang ${MAX_LOCAL_PART_LENGTH} karakter; Anda mengisi ${length} karakter.`,
  edges: (local: string) => `Nama akun email harus diawali dan diakhiri huruf atau angka; tertulis “${local}”.`,
  doubleDot: "Nama akun email tidak boleh memuat dua titik berurutan (..).",
  reserved: (local: string) =>
    `Nama akun “${local}” dicadangkan untuk pengelola server email; pilih nama lain, misalnya nama Anda atau nama OPD.`,
  onePerLine: "tulis satu akun per baris; baris ini memuat lebih dari satu nama.",
  duplicate: (local: string, firstLine: number) => `akun “${local}” sudah ada di baris ${firstLine}.`,
  noAccounts: "Isi minimal satu akun email, satu akun per baris.",
  tooMany: (count: number) =>
    `Paling banyak ${MAX_REQUESTED_ACCOUNTS} akun per permohonan; Anda mengisi ${count} akun. Ajukan sisanya dalam permohonan terpisah.`,
  line: (line: number, message: string) => `Baris ${line}: ${message}`,
} as const;

/**
 * The part before "@" of a requested mailbox: the subset of RFC 5321's dot-atom that mail servers and
 * people handle without surprises (a–z, 0–9, ".", "_", "-"; starts and ends with a letter or digit; no
 * ".."), at most 64 characters. A full address on the agency's domain is accepted and reduced to its
 * local part. Letters are folded to lowercase: mailboxes are created lowercase and servers match them
 * without regard to case.
 */
export function validateEmailLocalPart(local: string, domain: string): FieldResult<{ local: string; address: string }> {
  const mailDomain = normalizeDomain(domain);
  let text = local.trim();
  if (text === "") return { ok: false, message: emailMessages.required };

  const at = text.lastIndexOf("@");
  if (at >= 0) {
    const written = text
      .slice(at + 1)
      .trim()
      .toLowerCase();
    if (written !== mailDomain) return { ok: false, message: emailMessages.wrongDomain(mailDomain, written) };
    text = text.slice(0, at).trim();
    if (text === "") return { ok: false, message: emailMessages.required };
  }

  const illegal = listIllegal(text, /[A-Za-z0-9._-]/);
  if (illegal) return { ok: false, message: emailMessages.illegalCharacters(illegal) };
  if (text.length > MAX_LOCAL_PART_LENGTH) return { ok: false, message: emailMessages.tooLong(text.length) };
  const value = text.toLowerCase();
  if (!/^[a-z0-9](.*[a-z0-9])?$/.test(value)) return { ok: false, message: emailMessages.edges(value) };
  if (value.includes("..")) return { ok: false, message: emailMessages.doubleDot };
  if (RESERVED_MAILBOXES.includes(value)) return { ok: false, message: emailMessages.reserved(value) };
  return { ok: true, local: value, address: `${value}@${mailDomain}` };
}

export type RequestedAccount = { line: number; local: string; address: string };
/** `line` is null for problems of the whole list (empty, too many). */
export type AccountsError = { line: number | null; message: string };
export type AccountsResult = { ok: true; accounts: RequestedAccount[] } | { ok: false; errors: AccountsError[] };

/**
 * One account per line, blank lines ignored, at most `MAX_REQUESTED_ACCOUNTS`. Reports every problem
 * at once, each message prefixed with its line number ("Baris 3: …"), so the applicant fixes the list
 * in one pass.
 */
export function parseRequestedAccounts(text: string, domain: string): AccountsResult {
  const errors: AccountsError[] = [];
  const accounts: RequestedAccount[] = [];
  const firstLineOf = new Map<string, number>();
  let count = 0;

  text.split(/\r\n|\r|\n/).forEach((raw, index) => {
    const line = index + 1;
    const entry = raw.trim();
    if (entry === "") return;
    count++;
    const fail = (message: string) => errors.push({ line, message: emailMessages.line(line, message) });

    if (entry.split(/[\s,;]+/u).filter(Boolean).length > 1) return fail(emailMessages.onePerLine);
    const result = validateEmailLocalPart(entry, domain);
    if (!result.ok) return fail(result.message);
    const first = firstLineOf.get(result.local);
    if (first !== undefined) return fail(emailMessages.duplicate(result.local, first));
    firstLineOf.set(result.local, line);
    accounts.push({ line, local: result.local, address: result.address });
  });

  if (count === 0) errors.unshift({ line: null, message: emailMessages.noAccounts });
  if (count > MAX_REQUESTED_ACCOUNTS) errors.unshift({ line: null, message: emailMessages.tooMany(count) });
  return errors.length > 0 ? { ok: false, errors } : { ok: true, accounts };
}

// ---------------------------------------------------------------------------------------------
// Eligibility by email domain

/**
 * True when the service is open to everyone (no domains) or the email's domain is one of `domains`
 * or a subdomain of one (`dinkes.haltimkab.go.id` under `haltimkab.go.id`), ignoring case. A look-alike
 * such as `xhaltimkab.go.id` does not match.
 */
export function emailMatchesAllowedDomains(email: string, domains: readonly string[]): boolean {
  const allowed = domains.map(normalizeDomain).filter(Boolean);
  if (allowed.length === 0) return true;
  const at = email.lastIndexOf("@");
  if (at < 1) return false;
  const emailDomain = normalizeDomain(email.slice(at + 1));
  if (emailDomain === "") return false;
  return allowed.some((d) => emailDomain === d || emailDomain.endsWith(`.${d}`));
}

/** The notice for a restricted service, or null when it is open to everyone. */
export function eligibilityMessage(domains: readonly string[]): string | null {
  const allowed = [...new Set(domains.map(normalizeDomain).filter(Boolean))].map((d) => `@${d}`);
  if (allowed.length === 0) return null;
  const list =
    allowed.length === 1
      ? allowed[0]
      : allowed.length === 2
        ? `${allowed[0]} atau ${allowed[1]}`
        : `${allowed.slice(0, -1).join(", ")}, atau ${allowed.at(-1)}`;
  return `Layanan ini hanya untuk pemohon dengan alamat email ${list}.`;
}
