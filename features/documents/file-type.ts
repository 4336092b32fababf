/**
 * What an uploaded file really is, judged by its first bytes ("magic numbers"), never by its name or
 * by the Content-Type the browser sent: both are chosen by the uploader. Pure: give it the first
 * bytes (at least `SNIFF_BYTES`, or the whole file when smaller) and the declared size.
 */

export type SniffedFileType = "application/pdf" | "image/jpeg" | "image/png";

/** How many leading bytes the checks need. */
export const SNIFF_BYTES = 8 * 1024;

/** The PDF spec lets readers find `%PDF-` within the first 1024 bytes. */
const PDF_HEADER_WINDOW = 1024;

const TYPE_INFO: Record<SniffedFileType, { label: string; noun: string; extension: string; aliases: string[] }> = {
  "application/pdf": { label: "PDF", noun: "dokumen PDF", extension: "pdf", aliases: ["pdf"] },
  "image/jpeg": { label: "JPEG", noun: "gambar JPEG", extension: "jpg", aliases: ["jpg", "jpeg", "jpe", "jfif"] },
  "image/png": { label: "PNG", noun: "gambar PNG", extension: "png", aliases: ["png"] },
};

function startsWith(bytes: Uint8Array, signature: readonly number[], offset = 0): boolean {
  if (bytes.length < offset + signature.length) return false;
  return signature.every((b, i) => bytes[offset + i] === b);
}

const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d]; // "%PDF-"
const UTF8_BOM = [0xef, 0xbb, 0xbf];
const PDF_LEADING_WHITESPACE = new Set([0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20]);

/**
 * `%PDF-` must open the file, after at most a UTF-8 byte-order mark and whitespace. Readers
 * tolerate arbitrary bytes before the header (up to 1024), but that slack is exactly where polyglot
 * files (HTML, ZIP or a script that is also a "PDF") hide their other self, so we do not accept it;
 * real PDF writers never produce it.
 */
function isPdf(bytes: Uint8Array): boolean {
  let i = startsWith(bytes, UTF8_BOM) ? UTF8_BOM.length : 0;
  while (i < bytes.length && i < PDF_HEADER_WINDOW && PDF_LEADING_WHITESPACE.has(bytes[i]!)) i++;
  return i + PDF_MAGIC.length <= PDF_HEADER_WINDOW && startsWith(bytes, PDF_MAGIC, i);
}

export function sniffFileType(bytes: Uint8Array): SniffedFileType | null {
  if (isPdf(bytes)) return "application/pdf";
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return "image/jpeg";
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "image/png";
  return null;
}

const EXECUTABLE_SIGNATURES: readonly (readonly number[])[] = [
  [0x4d, 0x5a], // "MZ": Windows PE / DOS
  [0x7f, 0x45, 0x4c, 0x46], // ELF
  [0xfe, 0xed, 0xfa, 0xce], // Mach-O 32-bit, big-endian
  [0xfe, 0xed, 0xfa, 0xcf], // Mach-O 64-bit, big-endian
  [0xce, 0xfa, 0xed, 0xfe], // Mach-O 32-bit, little-endian
  [0xcf, 0xfa, 0xed, 0xfe], // Mach-O 64-bit, little-endian
  [0xca, 0xfe, 0xba, 0xbe], // Mach-O universal binary (also a Java class file: a program too)
  [0x23, 0x21], // "#!": a script with an interpreter line
];

export function looksExecutable(bytes: Uint8Array): boolean {
  return EXECUTABLE_SIGNATURES.some((signature) => startsWith(bytes, signature));
}

// ---------------------------------------------------------------------------------------------
// Upload check

export type UploadCandidate = {
  /** The name the browser sent; only for messages and the stored name. */
  name: string;
  /** The full size in bytes. */
  size: number;
  /** The first bytes of the file: at least `SNIFF_BYTES`, or all of it. */
  bytes: Uint8Array;
};

export type UploadRule = {
  /** MIME types accepted, from those `sniffFileType` recognises. */
  allowedTypes: readonly string[];
  maxSizeBytes: number;
  /** What the document is, as it reads mid-sentence: "surat permohonan". */
  label: string;
};

export type UploadCheck = { ok: true; type: SniffedFileType; fileName: string } | { ok: false; message: string };

const MB = 1024 * 1024;
const KB = 1024;

function decimal(value: number): string {
  return String(value).replace(".", ",");
}

/**
 * Sizes as a Windows or phone file browser shows them (1 MB = 1 048 576 bytes), one decimal,
 * Indonesian decimal comma. `atLeast` rounds up so an oversize file never reads as equal to the
 * limit ("5 MB; batas … 5 MB").
 */
export function formatFileSize(bytes: number, atLeast?: number): string {
  const format = (unit: number, name: string, decimals: number) => {
    const factor = 10 ** decimals;
    let shown = Math.round((bytes / unit) * factor) / factor;
    if (atLeast !== undefined && shown * unit <= atLeast) shown = Math.ceil((bytes / unit) * factor) / factor;
    return `${decimal(shown)} ${name}`;
  };
  if (bytes >= MB) return format(MB, "MB", 1);
  if (bytes >= KB) return format(KB, "KB", 0);
  return `${bytes} byte`;
}

function typeLabel(mime: string): string {
  return mime in TYPE_INFO ? TYPE_INFO[mime as SniffedFileType].label : mime;
}

/** "PDF", "PDF atau PNG", "PDF, JPEG, atau PNG". */
function listAllowed(allowedTypes: readonly string[]): string {
  const labels = [...new Set(allowedTypes.map(typeLabel))];
  if (labels.length <= 1) return labels.join("");
  if (labels.length === 2) return `${labels[0]} atau ${labels[1]}`;
  return `${labels.slice(0, -1).join(", ")}, atau ${labels.at(-1)}`;
}

function extensionOf(name: string): string | null {
  const match = /\.([A-Za-z0-9]{1,10})$/.exec(baseName(name).trim());
  return match ? match[1]!.toLowerCase() : null;
}

function typeForExtension(extension: string | null): SniffedFileType | null {
  if (!extension) return null;
  const entry = Object.entries(TYPE_INFO).find(([, info]) => info.aliases.includes(extension));
  return entry ? (entry[0] as SniffedFileType) : null;
}

export const uploadMessages = {
  empty: (name: string, label: string) => `Berkas “${name}” kosong (0 byte); periksa kembali berkas ${label} Anda lalu unggah ulang.`,
  tooLarge: (name: string, size: string, label: string, limit: string) =>
    `Berkas “${name}” berukuran ${size}; batas untuk ${label} adalah ${limit}.`,
  executable: (name: string, allowed: string) => `Berkas “${name}” adalah program (executable), bukan dokumen. Unggah dokumen ${allowed}.`,
  contentContradictsExtension: (name: string, claimed: string, extension: string, actualNoun: string | null, allowed: string) =>
    `Isi berkas “${name}” bukan ${claimed} walaupun namanya berakhiran .${extension}.` +
    (actualNoun ? ` Isinya ${actualNoun}.` : "") +
    ` Simpan ulang dokumen sebagai ${allowed} lalu unggah lagi.`,
  typeNotAllowed: (name: string, actual: string, label: string, allowed: string) =>
    `Berkas “${name}” berjenis ${actual}; untuk ${label} hanya diterima ${allowed}.`,
  unknownType: (name: string, label: string, allowed: string) =>
    `Isi berkas “${name}” bukan ${allowed}; untuk ${label} hanya diterima ${allowed}.`,
} as const;

/**
 * Checks an upload against a document rule, in the order a person fixes things: empty, too large,
 * a program, then the wrong kind of content whatever its name says. On success returns the sniffed
 * type and a safe stored name (`safeFileName`).
 */
export function checkUpload(file: UploadCandidate, rule: UploadRule): UploadCheck {
  const shownName = displayName(file.name);
  const allowed = listAllowed(rule.allowedTypes);

  if (file.size <= 0 || file.bytes.length === 0) return { ok: false, message: uploadMessages.empty(shownName, rule.label) };
  if (file.size > rule.maxSizeBytes) {
    return {
      ok: false,
      message: uploadMessages.tooLarge(
        shownName,
        formatFileSize(file.size, rule.maxSizeBytes),
        rule.label,
        formatFileSize(rule.maxSizeBytes),
      ),
    };
  }
  if (looksExecutable(file.bytes)) return { ok: false, message: uploadMessages.executable(shownName, allowed) };

  const actual = sniffFileType(file.bytes);
  if (actual && rule.allowedTypes.includes(actual)) {
    return { ok: true, type: actual, fileName: safeFileName(file.name, actual) };
  }

  const extension = extensionOf(file.name);
  const claimed = typeForExtension(extension);
  if (extension && claimed && claimed !== actual && rule.allowedTypes.includes(claimed)) {
    const actualNoun = actual ? TYPE_INFO[actual].noun : null;
    return {
      ok: false,
      message: uploadMessages.contentContradictsExtension(shownName, TYPE_INFO[claimed].label, extension, actualNoun, allowed),
    };
  }
  if (actual) return { ok: false, message: uploadMessages.typeNotAllowed(shownName, TYPE_INFO[actual].label, rule.label, allowed) };
  return { ok: false, message: uploadMessages.unknownType(shownName, rule.label, allowed) };
}

// ---------------------------------------------------------------------------------------------
// Names

export const MAX_FILE_NAME_LENGTH = 120;

function baseName(name: string): string {
  return name.split(/[/\\]/).at(-1) ?? "";
}

/**
 * Control and format characters (including right-to-left overrides that make "gpj.exe" look like
 * "exe.jpg") are removed; characters Windows forbids in names become "_".
 */
function cleanCharacters(text: string): string {
  return text
    .normalize("NFC")
    .replace(/[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}]/gu, "")
    .replace(/[<>:"|?*]/g, "_")
    .replace(/\s+/gu, " ")
    .trim();
}

/** Truncates to at most `max` UTF-16 units without splitting a character. */
function truncate(text: string, max: number): string {
  let out = "";
  for (const ch of text) {
    if (out.length + ch.length > max) break;
    out += ch;
  }
  return out;
}

/** The uploader's name, cleaned and shortened for a message. */
export function displayName(name: string): string {
  const clean = cleanCharacters(baseName(name)) || "tanpa nama";
  const chars = Array.from(clean);
  return chars.length <= 80 ? clean : `${chars.slice(0, 60).join("")}…${chars.slice(-15).join("")}`;
}

const WINDOWS_DEVICE_NAME = /^(con|prn|aux|nul|com\d|lpt\d)$/i;

/**
 * A name fit to store and to offer for download: no folders, no control characters, at most
 * `MAX_FILE_NAME_LENGTH` characters, and the extension of what the file really is
 * ("Surat Permohonan.PDF" → "Surat Permohonan.pdf", "scan.jpeg.exe" sniffed as JPEG → "scan.jpeg.jpg").
 */
export function safeFileName(name: string, type: SniffedFileType): string {
  const extension = TYPE_INFO[type].extension;
  let base = cleanCharacters(baseName(name))
    .replace(/\.[A-Za-z0-9]{1,10}$/, "")
    .replace(/^[.\s]+/, "")
    .replace(/[.\s]+$/, "");
  if (WINDOWS_DEVICE_NAME.test(base)) base = `_${base}`;
  base = truncate(base, MAX_FILE_NAME_LENGTH - extension.length - 1).replace(/[.\s]+$/, "");
  return `${base || "berkas"}.${extension}`;
}
