import { type Color, type PDFDocument, type PDFFont, type PDFPage, rgb, StandardFonts } from "pdf-lib";

/**
 * Shared pieces of Loket's printable documents (tanda terima, lembar disposisi, surat penyelesaian):
 * WinAnsi sanitizing, word wrapping, A4 geometry, colours, the office's kop, the page flow with its
 * "(lanjutan)" header, and a few drawing helpers. Pure: no Next.js or Prisma, only pdf-lib.
 *
 * Standard fonts (Helvetica) only encode WinAnsi (CP1252); every string drawn goes through
 * `toWinAnsi` (`wrapText` does it), otherwise pdf-lib throws on the first "≤" or emoji.
 */

// ---------------------------------------------------------------------------------------------
// WinAnsi sanitizing

/** Code points above U+00FF that CP1252 (and pdf-lib's WinAnsi encoding) can encode. */
const WIN_ANSI_EXTRA = new Set([
  0x0152, 0x0153, 0x0160, 0x0161, 0x0178, 0x017d, 0x017e, 0x0192, 0x02c6, 0x02dc, 0x2013, 0x2014, 0x2018, 0x2019, 0x201a, 0x201c, 0x201d,
  0x201e, 0x2020, 0x2021, 0x2022, 0x2026, 0x2030, 0x2039, 0x203a, 0x20ac, 0x2122,
]);

function isWinAnsi(codePoint: number): boolean {
  return (codePoint >= 0x20 && codePoint <= 0x7e) || (codePoint >= 0xa0 && codePoint <= 0xff) || WIN_ANSI_EXTRA.has(codePoint);
}

/** Readable stand-ins for common characters outside WinAnsi. */
const REPLACEMENTS: Record<string, string> = {
  "≤": "<=",
  "≥": ">=",
  "≠": "!=",
  "≈": "~",
  "→": "->",
  "←": "<-",
  "↔": "<->",
  "⇒": "=>",
  "⇐": "<=",
  "⇔": "<=>",
  "−": "-", // minus sign
  "‐": "-", // hyphen
  "‑": "-", // non-breaking hyphen
  "‒": "–", // figure dash
  "―": "—", // horizontal bar
  "′": "'",
  "″": '"',
  "‛": "‘",
  "‟": "“",
  ʼ: "’",
  "∙": "·",
  "⋅": "·",
  "●": "•",
  "◦": "•",
  "▪": "•",
  "‣": "•",
  "⁃": "-",
  "✓": "v",
  "✔": "v",
  "✗": "x",
  "✘": "x",
  "№": "No.",
  "℃": "°C",
  "∞": "~",
};

/**
 * Makes `text` drawable with the standard fonts: keeps every character WinAnsi encodes (×, –, —,
 * “ ” ‘ ’, •, …, é, €), replaces common others with ASCII stand-ins ("≤" → "<=", "→" → "->"),
 * drops accents WinAnsi lacks ("ş" → "s"), and turns anything else into "?". Tabs and line breaks
 * become spaces; other control and invisible formatting characters (zero-width, bidi marks, soft
 * hyphen) are removed. Works on code points, so an emoji becomes a single "?".
 */
export function toWinAnsi(text: string): string {
  let out = "";
  for (const char of text.normalize("NFC")) {
    const codePoint = char.codePointAt(0)!;
    if (isWinAnsi(codePoint) && codePoint !== 0xad) {
      out += char;
    } else if (char === "\t" || char === "\n" || char === "\r" || char === "\u2028" || char === "\u2029") {
      out += " ";
    } else if (/[\p{Cc}\p{Cf}]/u.test(char) || /\p{M}/u.test(char) || (codePoint >= 0xfe00 && codePoint <= 0xfe0f)) {
      // Control characters, zero-width and bidi formatting, soft hyphen, stray combining marks,
      // variation selectors: nothing to draw.
    } else if (char in REPLACEMENTS) {
      out += REPLACEMENTS[char];
    } else if (/\p{Zs}/u.test(char)) {
      out += " ";
    } else {
      const base = char.normalize("NFD").replace(/\p{M}/gu, "");
      out += base.length > 0 && [...base].every((c) => isWinAnsi(c.codePointAt(0)!)) ? base : "?";
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Text layout

/** Where a word wider than the line may be broken: after these (URLs, file names), best first. */
const STRONG_BREAK_AFTER = new Set(["/", "?", "&", "=", ",", ";", "–", "—"]);
const WEAK_BREAK_AFTER = new Set(["-", "_", ".", ":"]);

function breakLongWord(word: string, font: PDFFont, size: number, maxWidth: number): string[] {
  const pieces: string[] = [];
  let rest = word;
  while (rest.length > 0 && font.widthOfTextAtSize(rest, size) > maxWidth) {
    // Longest prefix that fits (at least one character, so this always progresses).
    let fit = 1;
    while (fit < rest.length && font.widthOfTextAtSize(rest.slice(0, fit + 1), size) <= maxWidth) fit++;
    // Prefer breaking after a strong separator (URL parts) in the last half of that prefix, then
    // after a weak one (hyphen, dot), else mid-word.
    const lowest = Math.floor(fit * 0.5);
    const after = (set: Set<string>) => {
      for (let i = fit; i > lowest; i--) if (set.has(rest[i - 1]!)) return i;
      return 0;
    };
    const cut = after(STRONG_BREAK_AFTER) || after(WEAK_BREAK_AFTER) || fit;
    pieces.push(rest.slice(0, cut));
    rest = rest.slice(cut);
  }
  if (rest.length > 0) pieces.push(rest);
  return pieces;
}

/** Greedy word wrap of one paragraph (already sanitized) to `maxWidth`. Always at least one line. */
function wrapParagraph(text: string, font: PDFFont, size: number, maxWidth: number): string[] {
  const words = text.split(" ").filter((w) => w.length > 0);
  const lines: string[] = [];
  let line = "";
  for (const word of words) {
    const candidate = line ? `${line} ${word}` : word;
    if (font.widthOfTextAtSize(candidate, size) <= maxWidth) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    if (font.widthOfTextAtSize(word, size) <= maxWidth) {
      line = word;
    } else {
      const pieces = breakLongWord(word, font, size, maxWidth);
      lines.push(...pieces.slice(0, -1));
      line = pieces[pieces.length - 1] ?? "";
    }
  }
  if (line || lines.length === 0) lines.push(line);
  return lines;
}

/** Sanitizes and wraps; line breaks in `text` start new lines (blank lines collapse to one). */
export function wrapText(text: string, font: PDFFont, size: number, maxWidth: number): string[] {
  const paragraphs = text
    .replace(/\r\n?/g, "\n")
    .split(/\n\s*\n+|\n/)
    .map((p) => toWinAnsi(p).replace(/ {2,}/g, " ").trim())
    .filter((p) => p.length > 0);
  if (paragraphs.length === 0) return [""];
  return paragraphs.flatMap((p) => wrapParagraph(p, font, size, maxWidth));
}

/** Cuts `lines` to `maxLines`, ending the last kept line with "…" (shortened until it fits). */
export function truncateLines(lines: string[], maxLines: number, font: PDFFont, size: number, maxWidth: number): string[] {
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let last = kept[maxLines - 1]!.trimEnd();
  while (last.length > 0 && font.widthOfTextAtSize(`${last}…`, size) > maxWidth) {
    last = last.slice(0, -1).trimEnd();
  }
  // Do not leave half a word before the ellipsis when a word boundary is near.
  const space = last.lastIndexOf(" ");
  if (space > last.length - 12 && space > 0) last = last.slice(0, space);
  kept[maxLines - 1] = `${last.replace(/[\s,;:.–—-]+$/, "")}…`;
  return kept;
}

/** A value in a cell of fixed height: wrapped, cut to `maxLines` with "…", "-" when empty. */
export function fieldLines(text: string, font: PDFFont, size: number, maxWidth: number, maxLines: number): string[] {
  return truncateLines(wrapText(text.trim() || "-", font, size, maxWidth), maxLines, font, size, maxWidth);
}

// ---------------------------------------------------------------------------------------------
// Geometry, colours, fonts

export const A4_WIDTH = 595.28; // A4 portrait, points
export const A4_HEIGHT = 841.89;

export const INK = rgb(0.1, 0.1, 0.12);
export const MUTED = rgb(0.38, 0.38, 0.42);
export const RULE = rgb(0.72, 0.72, 0.76);

export interface Fonts {
  regular: PDFFont;
  bold: PDFFont;
}

/** Helvetica and Helvetica-Bold: standard fonts, nothing to ship. */
export async function embedStandardFonts(doc: PDFDocument): Promise<Fonts> {
  return {
    regular: await doc.embedFont(StandardFonts.Helvetica),
    bold: await doc.embedFont(StandardFonts.HelveticaBold),
  };
}

// ---------------------------------------------------------------------------------------------
// Drawing

/** Draws one already-sanitized line with its baseline placed inside a line box starting at `top`. */
export function drawLine(page: PDFPage, text: string, x: number, top: number, font: PDFFont, size: number, color: Color = INK) {
  if (!text) return;
  page.drawText(text, { x, y: top - size * 0.82, size, font, color });
}

/** Draws sanitized, wrapped text; returns the height used. */
export function drawWrapped(
  page: PDFPage,
  text: string,
  opts: {
    x: number;
    top: number;
    width: number;
    font: PDFFont;
    size: number;
    leading: number;
    color?: Color;
    align?: "left" | "center" | "right";
  },
): number {
  const lines = wrapText(text, opts.font, opts.size, opts.width);
  lines.forEach((line, i) => {
    const free = opts.width - opts.font.widthOfTextAtSize(line, opts.size);
    const x = opts.align === "center" ? opts.x + free / 2 : opts.align === "right" ? opts.x + free : opts.x;
    drawLine(page, line, x, opts.top - i * opts.leading, opts.font, opts.size, opts.color);
  });
  return lines.length * opts.leading;
}

/** A horizontal rule across `width` from `x`. */
export function drawRule(page: PDFPage, x: number, y: number, width: number, thickness = 0.5, color: Color = RULE): void {
  page.drawLine({ start: { x, y }, end: { x: x + width, y }, thickness, color });
}

/**
 * The kop of the office's documents: its name in capitals (shrunk a little to stay on one line
 * when that is enough, wrapped otherwise), the unit in capitals, address and contact lines, all
 * centred, closed by the double rule of a kop surat. Returns the y just below the rule.
 */
export function drawKop(
  page: PDFPage,
  kop: { name: string; unit?: string | null; details: (string | null | undefined)[] },
  box: { x: number; top: number; width: number },
  fonts: Fonts,
): number {
  const { x, width } = box;
  let y = box.top;
  const name = kop.name.toUpperCase();
  const nameSize = fitSize(toWinAnsi(name), fonts.bold, 13.5, 11, width);
  y -= drawWrapped(page, name, { x, top: y, width, font: fonts.bold, size: nameSize, leading: nameSize * 1.22, align: "center" });
  if (kop.unit?.trim()) {
    y -= 1;
    y -= drawWrapped(page, kop.unit.toUpperCase(), { x, top: y, width, font: fonts.bold, size: 10.5, leading: 13.5, align: "center" });
  }
  for (const line of kop.details) {
    if (!line?.trim()) continue;
    y -= 1;
    y -= drawWrapped(page, line, { x, top: y, width, font: fonts.regular, size: 8.5, leading: 11, align: "center" });
  }
  y -= 6;
  drawRule(page, x, y, width, 2, INK);
  drawRule(page, x, y - 3, width, 0.6, INK);
  return y - 3;
}

/** The kop's contact line: the office's first two phone numbers or e-mail addresses, "Telepon … · Email …". */
export function kopContactLine(channels: readonly { kind: string; label: string; value?: string }[]): string | null {
  const reachable = channels.filter((c) => (c.kind === "phone" || c.kind === "email") && c.value?.trim());
  return (
    reachable
      .slice(0, 2)
      .map((c) => `${c.label} ${c.value!.trim()}`)
      .join(" · ") || null
  );
}

/** Largest size between `max` and `min` at which `text` fits `width` on one line. */
export function fitSize(text: string, font: PDFFont, max: number, min: number, width: number): number {
  let size = max;
  while (size > min && font.widthOfTextAtSize(text, size) > width) size -= 0.5;
  return size;
}

// ---------------------------------------------------------------------------------------------
// Metadata

/** Strips control characters from metadata (stored as UTF-16 strings, so no WinAnsi limit). */
export function metadataText(text: string): string {
  return text.replace(/\p{Cc}+/gu, " ").trim();
}

/** Title (shown in the viewer's title bar), author, subject, producer "Loket", language id-ID, dates. */
export function setDocumentMetadata(doc: PDFDocument, meta: { title: string; author: string; subject: string }): void {
  const now = new Date();
  doc.setTitle(metadataText(meta.title), { showInWindowTitleBar: true });
  doc.setAuthor(metadataText(meta.author));
  doc.setSubject(metadataText(meta.subject));
  doc.setCreator("Loket");
  doc.setProducer("Loket");
  doc.setLanguage("id-ID");
  doc.setCreationDate(now);
  doc.setModificationDate(now);
}

// ---------------------------------------------------------------------------------------------
// Page flow

const CONTINUATION_HEADING_HEIGHT = 30;

/**
 * The running header of a document's continuation pages, "<title> (lanjutan)" over a hairline, as
 * `PageFlow` geometry.
 */
export function continuationHeading(title: string, fonts: Fonts, box: { x: number; width: number }) {
  return {
    continuationHeaderHeight: CONTINUATION_HEADING_HEIGHT,
    continuationHeader(page: PDFPage, top: number): number {
      drawLine(page, toWinAnsi(`${title} (lanjutan)`), box.x, top, fonts.bold, 10, MUTED);
      drawRule(page, box.x, top - 16, box.width);
      return CONTINUATION_HEADING_HEIGHT;
    },
  };
}

/**
 * A write position running down A4 pages: `y` is the top of the next thing to draw; `newPage()`
 * adds a page and lets `continuationHeader` draw a running header ("… (lanjutan)"), returning the
 * height it used. Content stays above `bottom`, which leaves room for footers drawn at the end.
 */
export class PageFlow {
  page: PDFPage;
  y: number;
  private pageTop: number;

  constructor(
    private readonly doc: PDFDocument,
    private readonly geometry: {
      top: number;
      bottom: number;
      /** Draws the header of a continuation page at `top`; returns the height used. */
      continuationHeader?: (page: PDFPage, top: number) => number;
      /** Height `continuationHeader` uses, so `freshSpace` is known before a break. */
      continuationHeaderHeight?: number;
    },
  ) {
    this.page = doc.addPage([A4_WIDTH, A4_HEIGHT]);
    this.y = A4_HEIGHT - geometry.top;
    this.pageTop = this.y;
  }

  /** Height left above the bottom margin. */
  get available(): number {
    return this.y - this.geometry.bottom;
  }

  /** Height a continuation page offers below its header. */
  get freshSpace(): number {
    return A4_HEIGHT - this.geometry.top - (this.geometry.continuationHeaderHeight ?? 0) - this.geometry.bottom;
  }

  /** Nothing drawn yet below the (continuation) header of this page. */
  get atPageTop(): boolean {
    return this.y >= this.pageTop;
  }

  newPage(): void {
    this.page = this.doc.addPage([A4_WIDTH, A4_HEIGHT]);
    this.y = A4_HEIGHT - this.geometry.top;
    if (this.geometry.continuationHeader) this.y -= this.geometry.continuationHeader(this.page, this.y);
    this.pageTop = this.y;
  }

  /**
   * Starts a new page unless `height` fits here. Never breaks on a page nothing has been drawn on
   * yet, so a block taller than a page cannot loop; callers split such blocks themselves.
   */
  ensure(height: number): void {
    if (height > this.available && !this.atPageTop) this.newPage();
  }
}
