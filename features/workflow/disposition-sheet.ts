import { type Color, PDFDocument, type PDFFont, type PDFPage, rgb } from "pdf-lib";
import {
  A4_WIDTH,
  drawLine,
  drawWrapped,
  embedStandardFonts,
  type Fonts,
  fitSize,
  INK,
  MUTED,
  PageFlow,
  RULE,
  setDocumentMetadata,
  toWinAnsi,
  truncateLines,
  wrapText,
} from "@/features/documents/pdf-kit";

/**
 * Lembar disposisi (DOMAIN §3): the disposition sheet of one request, in the usual Indonesian
 * government form. The request plays the incoming letter (surat dari, nomor and tanggal surat,
 * diterima tanggal, nomor agenda, sifat, perihal); below it every disposition of the chain
 * (Kadis → Kabid → Sub Koordinator → pelaksana) is one block: "diteruskan kepada", the "dengan
 * hormat harap" checklist with the instructions given ticked, catatan, and the official's date,
 * name and paraf.
 *
 * Pure: every value arrives already formatted (dates in the agency's zone, urgency in words). All
 * text goes through `toWinAnsi` (via `wrapText`), so any input draws with the standard fonts.
 * Ticks are a bold "X" in the box: it survives printing, photocopying and text extraction.
 */

export interface DispositionEntry {
  fromName: string;
  fromTitle: string;
  /** e.g. "Plh. Kepala Dinas, a.n. Dr. Ahmad Sopian" when a substitute disposed. */
  onBehalfOf: string | null;
  toName: string;
  toTitle: string;
  /** e.g. ["Tanggapan dan saran", "Proses lebih lanjut"]. */
  instructions: string[];
  note: string | null;
  /** "Biasa" | "Segera" | "Sangat Segera". */
  urgency: string;
  /** "22 November 2026 09.40 WIB". */
  atText: string;
}

export interface DispositionSheetData {
  agencyName: string;
  agencyAddress: string | null;
  /** Applicant name and OPD, e.g. "Dimas Saputra — Dinas Kesehatan". */
  suratDari: string;
  /** The registration number, e.g. "BBL-2026-000012". */
  nomorSurat: string;
  /** Date of submission, e.g. "22 November 2026". */
  tanggalSurat: string;
  /** Date and time received, e.g. "22 November 2026 09.15 WIB". */
  diterimaTanggal: string;
  /** e.g. the registration number's sequence "000012". */
  nomorAgenda: string;
  /** "Biasa" | "Segera" | "Sangat Segera" (anything else is printed as an extra ticked option). */
  sifat: string;
  /** e.g. "Permohonan Layanan Manajemen Data — Perencanaan data". */
  perihal: string;
  /** Every disposition, in order. */
  entries: DispositionEntry[];
  /** The full checklist printed in every block; the entry's instructions are ticked. */
  standardInstructions: string[];
  generatedAtText: string;
}

// ---------------------------------------------------------------------------------------------
// Geometry and styles

const MARGIN_X = 50;
const MARGIN_TOP = 40;
const CONTENT_WIDTH = A4_WIDTH - 2 * MARGIN_X;
const FOOTER_Y = 34; // top of the footer line box
const CONTENT_BOTTOM = FOOTER_Y + 22;
const CONTINUATION_HEADER_HEIGHT = 30;

const SIZE = 9;
const LEADING = 11.5;
const LABEL_SIZE = 8.5;
const SMALL_SIZE = 8;

const CELL_PAD_X = 6;
const CELL_PAD_Y = 5;
const FIELD_MAX_LINES = 4;

const BOX = 8; // checkbox side
const BOX_GAP = 5; // between a box and its label
const OPTION_GAP = 14; // between two options on one line

const ENTRY_PAD = 8;
const ENTRY_GAP = 10;
const STRIP_HEIGHT = 17;
const SIGNATURE_WIDTH = 168;
const COLUMN_GAP = 14;
/** Instructions and notes longer than this are cut with "…" inside the two-column layout. */
const INSTRUCTION_MAX_LINES = 4;
const TARGET_MAX_LINES = 3;

const FILL = rgb(0.93, 0.935, 0.95);
const BORDER = INK;

// ---------------------------------------------------------------------------------------------
// Small helpers

/** "Sangat Segera", "SANGAT_SEGERA", " sangat  segera " → "sangat segera". */
function key(text: string): string {
  return text.normalize("NFC").replace(/[_\s]+/g, " ").trim().toLowerCase();
}

function lines(text: string, font: PDFFont, size: number, width: number, maxLines: number): string[] {
  return truncateLines(wrapText(text.trim() || "-", font, size, width), maxLines, font, size, width);
}

/** A square box at `top` (its upper edge), with a bold "X" when ticked. */
function drawCheckbox(page: PDFPage, x: number, top: number, ticked: boolean, fonts: Fonts): void {
  page.drawRectangle({ x, y: top - BOX, width: BOX, height: BOX, borderColor: INK, borderWidth: 0.7 });
  if (ticked) {
    const size = 7.5;
    const w = fonts.bold.widthOfTextAtSize("X", size);
    page.drawText("X", { x: x + (BOX - w) / 2, y: top - BOX + 1.4, size, font: fonts.bold, color: INK });
  }
}

/** One checklist item: box and wrapped label with a hanging indent. */
interface CheckItem {
  lines: string[];
  ticked: boolean;
}

function checkItem(text: string, ticked: boolean, fonts: Fonts, width: number, maxLines = INSTRUCTION_MAX_LINES): CheckItem {
  const textWidth = width - BOX - BOX_GAP;
  const font = ticked ? fonts.bold : fonts.regular;
  return { lines: lines(text, font, SIZE, textWidth, maxLines), ticked };
}

function drawCheckItem(page: PDFPage, item: CheckItem, x: number, top: number, fonts: Fonts): void {
  // The box sits on the first line's x-height band.
  drawCheckbox(page, x, top - 0.2, item.ticked, fonts);
  const font = item.ticked ? fonts.bold : fonts.regular;
  item.lines.forEach((line, i) => drawLine(page, line, x + BOX + BOX_GAP, top - i * LEADING, font, SIZE));
}

// ---------------------------------------------------------------------------------------------
// Kop, title, header table

function drawKop(flow: PageFlow, data: DispositionSheetData, fonts: Fonts): void {
  const { page } = flow;
  let y = flow.y;
  // Shrunk a little to stay on one line when that is enough; wrapped otherwise.
  const name = data.agencyName.toUpperCase();
  const nameSize = fitSize(toWinAnsi(name), fonts.bold, 12.5, 11, CONTENT_WIDTH);
  y -= drawWrapped(page, name, { x: MARGIN_X, top: y, width: CONTENT_WIDTH, font: fonts.bold, size: nameSize, leading: nameSize * 1.24, align: "center" });
  if (data.agencyAddress?.trim()) {
    y -= 1;
    y -= drawWrapped(page, data.agencyAddress, { x: MARGIN_X, top: y, width: CONTENT_WIDTH, font: fonts.regular, size: 8.5, leading: 11, align: "center" });
  }
  y -= 6;
  page.drawLine({ start: { x: MARGIN_X, y }, end: { x: A4_WIDTH - MARGIN_X, y }, thickness: 1.6, color: INK });
  y -= 16;
  y -= drawWrapped(page, "LEMBAR DISPOSISI", { x: MARGIN_X, top: y, width: CONTENT_WIDTH, font: fonts.bold, size: 14, leading: 17, align: "center" });
  flow.y = y - 10;
}

/** A label ": value" cell of the header table; `draw` places it with its top-left at (x, top). */
interface Cell {
  height: number;
  draw(page: PDFPage, x: number, top: number): void;
}

function textCell(label: string, value: string, width: number, labelWidth: number, fonts: Fonts): Cell {
  const valueX = labelWidth + 11;
  const valueLines = lines(value, fonts.regular, SIZE, width - 2 * CELL_PAD_X - valueX, FIELD_MAX_LINES);
  return {
    height: valueLines.length * LEADING + 2 * CELL_PAD_Y,
    draw(page, x, top) {
      const textTop = top - CELL_PAD_Y - 0.5;
      drawLine(page, label, x + CELL_PAD_X, textTop - (SIZE - LABEL_SIZE) * 0.82, fonts.bold, LABEL_SIZE);
      drawLine(page, ":", x + CELL_PAD_X + labelWidth + 4, textTop, fonts.regular, SIZE);
      valueLines.forEach((line, i) => drawLine(page, line, x + CELL_PAD_X + valueX, textTop - i * LEADING, fonts.regular, SIZE));
    },
  };
}

const SIFAT_OPTIONS = ["Sangat segera", "Segera", "Biasa", "Rahasia"];

/** The sifat cell: the four options as checkboxes, as many per line as fit. */
function sifatCell(sifat: string, width: number, labelWidth: number, fonts: Fonts): Cell {
  const options = [...SIFAT_OPTIONS];
  const current = key(sifat);
  if (current && !options.some((o) => key(o) === current)) options.push(sifat.trim());
  const valueX = labelWidth + 11;
  const valueWidth = width - 2 * CELL_PAD_X - valueX;

  const items = options.map((option) => {
    const ticked = key(option) === current;
    const text = toWinAnsi(option);
    const font = ticked ? fonts.bold : fonts.regular;
    return { text, ticked, font, width: BOX + BOX_GAP + font.widthOfTextAtSize(text, SIZE) };
  });
  // Fixed columns keep the boxes aligned from line to line: try 4, then 2, then 1 per line.
  let columns = 1;
  for (const n of [items.length, 2]) {
    const colWidth = Math.max(...items.map((i) => i.width)) + OPTION_GAP;
    if (n * colWidth - OPTION_GAP <= valueWidth) {
      columns = n;
      break;
    }
  }
  const colWidth = columns === 1 ? valueWidth : (valueWidth + OPTION_GAP) / columns;
  const rows = Math.ceil(items.length / columns);

  return {
    height: rows * (LEADING + 1) + 2 * CELL_PAD_Y,
    draw(page, x, top) {
      const textTop = top - CELL_PAD_Y - 0.5;
      drawLine(page, "Sifat", x + CELL_PAD_X, textTop - (SIZE - LABEL_SIZE) * 0.82, fonts.bold, LABEL_SIZE);
      drawLine(page, ":", x + CELL_PAD_X + labelWidth + 4, textTop, fonts.regular, SIZE);
      items.forEach((item, i) => {
        const ix = x + CELL_PAD_X + valueX + (i % columns) * colWidth;
        const iy = textTop - Math.floor(i / columns) * (LEADING + 1);
        drawCheckbox(page, ix, iy - 0.2, item.ticked, fonts);
        drawLine(page, item.text, ix + BOX + BOX_GAP, iy, item.font, SIZE);
      });
    },
  };
}

function drawHeaderTable(flow: PageFlow, data: DispositionSheetData, fonts: Fonts): void {
  const { page } = flow;
  const half = CONTENT_WIDTH / 2;
  const leftLabels = ["Surat dari", "Nomor surat", "Tanggal surat", "Perihal"];
  const rightLabels = ["Diterima tanggal", "Nomor agenda", "Sifat"];
  const labelWidth = (labels: string[]) => Math.max(...labels.map((l) => fonts.bold.widthOfTextAtSize(l, LABEL_SIZE)));
  const leftLabelWidth = labelWidth(leftLabels);
  const rightLabelWidth = labelWidth(rightLabels);

  const rows: [Cell, Cell | null][] = [
    [textCell("Surat dari", data.suratDari, half, leftLabelWidth, fonts), textCell("Diterima tanggal", data.diterimaTanggal, half, rightLabelWidth, fonts)],
    [textCell("Nomor surat", data.nomorSurat, half, leftLabelWidth, fonts), textCell("Nomor agenda", data.nomorAgenda, half, rightLabelWidth, fonts)],
    [textCell("Tanggal surat", data.tanggalSurat, half, leftLabelWidth, fonts), sifatCell(data.sifat, half, rightLabelWidth, fonts)],
    [textCell("Perihal", data.perihal, CONTENT_WIDTH, leftLabelWidth, fonts), null],
  ];

  const top = flow.y;
  let y = top;
  rows.forEach(([left, right], i) => {
    const height = Math.max(left.height, right?.height ?? 0);
    left.draw(page, MARGIN_X, y);
    if (right) {
      right.draw(page, MARGIN_X + half, y);
      page.drawLine({ start: { x: MARGIN_X + half, y }, end: { x: MARGIN_X + half, y: y - height }, thickness: 0.6, color: BORDER });
    }
    y -= height;
    if (i < rows.length - 1) {
      page.drawLine({ start: { x: MARGIN_X, y }, end: { x: MARGIN_X + CONTENT_WIDTH, y }, thickness: 0.6, color: BORDER });
    }
  });
  page.drawRectangle({ x: MARGIN_X, y, width: CONTENT_WIDTH, height: top - y, borderColor: BORDER, borderWidth: 1 });
  flow.y = y - 14;
}

// ---------------------------------------------------------------------------------------------
// Disposition blocks

/** A horizontal slice of a block: drawn at the flow's position, never split across pages. */
interface Band {
  height: number;
  draw(page: PDFPage, top: number): void;
}

const INNER_X = MARGIN_X + ENTRY_PAD;
const INNER_WIDTH = CONTENT_WIDTH - 2 * ENTRY_PAD;

function stripBand(title: string, right: string | null, fonts: Fonts): Band {
  return {
    height: STRIP_HEIGHT + 5,
    draw(page, top) {
      page.drawRectangle({ x: MARGIN_X, y: top - STRIP_HEIGHT, width: CONTENT_WIDTH, height: STRIP_HEIGHT, color: FILL });
      page.drawLine({ start: { x: MARGIN_X, y: top - STRIP_HEIGHT }, end: { x: MARGIN_X + CONTENT_WIDTH, y: top - STRIP_HEIGHT }, thickness: 0.6, color: BORDER });
      const textTop = top - (STRIP_HEIGHT - SIZE) / 2 - 0.5;
      drawLine(page, toWinAnsi(title), INNER_X, textTop, fonts.bold, SIZE);
      if (right) {
        const text = toWinAnsi(right);
        drawLine(page, text, MARGIN_X + CONTENT_WIDTH - ENTRY_PAD - fonts.regular.widthOfTextAtSize(text, LABEL_SIZE), textTop - 0.4, fonts.regular, LABEL_SIZE);
      }
    },
  };
}

/** "Label: value" with the value wrapped in a hanging indent after the label. */
function labelledLines(label: string, value: string, width: number, fonts: Fonts, maxLines: number) {
  const labelWidth = fonts.bold.widthOfTextAtSize(label, SIZE) + 4;
  const valueLines = lines(value, fonts.regular, SIZE, width - labelWidth, maxLines);
  return {
    height: valueLines.length * LEADING,
    draw(page: PDFPage, x: number, top: number) {
      drawLine(page, label, x, top, fonts.bold, SIZE);
      valueLines.forEach((line, i) => drawLine(page, line, x + labelWidth, top - i * LEADING, fonts.regular, SIZE));
    },
  };
}

/** The checklist: standard instructions in order, the entry's extra instructions after them. */
function checklist(entry: DispositionEntry, standard: string[], fonts: Fonts, width: number): CheckItem[][] {
  const given = new Set(entry.instructions.map(key));
  const standardKeys = new Set(standard.map(key));
  const items: { text: string; ticked: boolean }[] = standard
    .filter((s) => s.trim())
    .map((s) => ({ text: s, ticked: given.has(key(s)) }));
  const seen = new Set<string>();
  for (const instruction of entry.instructions) {
    const k = key(instruction);
    if (!k || standardKeys.has(k) || seen.has(k)) continue;
    seen.add(k);
    items.push({ text: instruction, ticked: true });
  }
  // Two columns, filled top to bottom, when the column is wide enough for that.
  const columns = width >= 260 ? 2 : 1;
  const colWidth = (width - (columns - 1) * COLUMN_GAP) / columns;
  const built = items.map((i) => checkItem(i.text, i.ticked, fonts, colWidth));
  const rows = Math.ceil(built.length / columns);
  return Array.from({ length: rows }, (_, r) =>
    Array.from({ length: columns }, (_, c) => built[c * rows + r]).filter((x): x is CheckItem => x !== undefined),
  );
}

function checklistRowHeight(row: CheckItem[]): number {
  return Math.max(...row.map((i) => i.lines.length)) * LEADING + 1.5;
}

function drawChecklistRow(page: PDFPage, row: CheckItem[], x: number, top: number, width: number, fonts: Fonts): void {
  // Columns follow the grid of `checklist`, also on a last row with a single item.
  const colWidth = width >= 260 ? (width - COLUMN_GAP) / 2 : width;
  row.forEach((item, c) => drawCheckItem(page, item, x + c * (colWidth + COLUMN_GAP), top, fonts));
}

/** The official's date, title, name, Plh line and paraf, centred in `width`. */
function signature(entry: DispositionEntry, fonts: Fonts, width: number) {
  type SigLine = { text: string; font: PDFFont; size: number; color?: Color; gapBefore?: number };
  const out: SigLine[] = [];
  const add = (text: string, font: PDFFont, size: number, maxLines: number, extra: Partial<SigLine> = {}) =>
    lines(text, font, size, width, maxLines).forEach((t, i) => out.push({ text: t, font, size, ...extra, gapBefore: i === 0 ? extra.gapBefore : 0 }));
  add(entry.atText, fonts.regular, SMALL_SIZE, 2, { color: MUTED });
  add(entry.fromTitle, fonts.regular, SIZE, 3, { gapBefore: 2 });
  add(entry.fromName, fonts.bold, SIZE, 2);
  if (entry.onBehalfOf?.trim()) add(entry.onBehalfOf, fonts.regular, SMALL_SIZE, 3, { color: MUTED });
  out.push({ text: "Paraf: ________________", font: fonts.regular, size: SIZE, gapBefore: 9 });
  const height = out.reduce((h, l) => h + (l.gapBefore ?? 0) + LEADING, 0);
  return {
    height,
    draw(page: PDFPage, x: number, top: number) {
      let y = top;
      for (const l of out) {
        y -= l.gapBefore ?? 0;
        drawLine(page, l.text, x + (width - l.font.widthOfTextAtSize(l.text, l.size)) / 2, y, l.font, l.size, l.color);
        y -= LEADING;
      }
    },
  };
}

/**
 * The bands of one entry after its strip. Usually one band: the "dengan hormat harap" checklist
 * and the catatan on the left, the signature on the right. When that is taller than a page (a
 * very long note or instruction list) the block is laid out in full-width bands instead, so it
 * can run on over pages.
 */
function entryBands(entry: DispositionEntry, data: DispositionSheetData, fonts: Fonts, freshSpace: number): Band[] {
  const target = labelledLines("Diteruskan kepada:", `${entry.toTitle.trim()} (${entry.toName.trim()})`, INNER_WIDTH, fonts, TARGET_MAX_LINES);
  const targetBand: Band = { height: target.height + 6, draw: (page, top) => target.draw(page, INNER_X, top) };
  const harapLabel = "Dengan hormat harap:";
  const note = entry.note?.trim() || "-";

  // Two-column layout.
  const leftWidth = INNER_WIDTH - SIGNATURE_WIDTH - COLUMN_GAP;
  const rows = checklist(entry, data.standardInstructions, fonts, leftWidth);
  const noteLines = wrapText(note, fonts.regular, SIZE, leftWidth - fonts.bold.widthOfTextAtSize("Catatan:", SIZE) - 4);
  const sig = signature(entry, fonts, SIGNATURE_WIDTH);
  const checklistHeight = rows.reduce((h, r) => h + checklistRowHeight(r), 0) || LEADING;
  const leftHeight = LEADING + 2 + checklistHeight + 5 + noteLines.length * LEADING;
  const bodyHeight = Math.max(leftHeight, sig.height) + ENTRY_PAD - 2;

  if (targetBand.height + bodyHeight + STRIP_HEIGHT + 5 <= freshSpace * 0.8) {
    const body: Band = {
      height: bodyHeight,
      draw(page, top) {
        let y = top;
        drawLine(page, harapLabel, INNER_X, y, fonts.bold, SIZE);
        y -= LEADING + 2;
        if (rows.length === 0) drawLine(page, "-", INNER_X, y, fonts.regular, SIZE);
        for (const row of rows) {
          drawChecklistRow(page, row, INNER_X, y, leftWidth, fonts);
          y -= checklistRowHeight(row);
        }
        if (rows.length === 0) y -= LEADING;
        y -= 5;
        const catatan = labelledLines("Catatan:", note, leftWidth, fonts, Number.MAX_SAFE_INTEGER);
        catatan.draw(page, INNER_X, y);
        // The signature sits at the bottom right, separated by a thin rule.
        const sigX = INNER_X + leftWidth + COLUMN_GAP;
        page.drawLine({ start: { x: sigX - COLUMN_GAP / 2, y: top + 1 }, end: { x: sigX - COLUMN_GAP / 2, y: top - bodyHeight + ENTRY_PAD - 3 }, thickness: 0.4, color: RULE });
        sig.draw(page, sigX, top - (bodyHeight - ENTRY_PAD + 2 - sig.height));
      },
    };
    return [targetBand, body];
  }

  // Full-width flow: every piece its own band.
  const bands: Band[] = [targetBand];
  bands.push({ height: LEADING + 2, draw: (page, top) => drawLine(page, harapLabel, INNER_X, top, fonts.bold, SIZE) });
  const wideRows = checklist(entry, data.standardInstructions, fonts, INNER_WIDTH);
  for (const row of wideRows) {
    bands.push({ height: checklistRowHeight(row), draw: (page, top) => drawChecklistRow(page, row, INNER_X, top, INNER_WIDTH, fonts) });
  }
  const labelWidth = fonts.bold.widthOfTextAtSize("Catatan:", SIZE) + 4;
  wrapText(note, fonts.regular, SIZE, INNER_WIDTH - labelWidth).forEach((line, i) => {
    bands.push({
      height: LEADING + (i === 0 ? 5 : 0),
      draw(page, top) {
        const y = top - (i === 0 ? 5 : 0);
        if (i === 0) drawLine(page, "Catatan:", INNER_X, y, fonts.bold, SIZE);
        drawLine(page, line, INNER_X + labelWidth, y, fonts.regular, SIZE);
      },
    });
  });
  bands.push({
    height: sig.height + ENTRY_PAD + 4,
    draw: (page, top) => sig.draw(page, INNER_X + INNER_WIDTH - SIGNATURE_WIDTH, top - 6),
  });
  return bands;
}

function drawEntry(flow: PageFlow, entry: DispositionEntry, index: number, data: DispositionSheetData, fonts: Fonts): void {
  const title = `DISPOSISI ${index + 1}`;
  const urgency = entry.urgency.trim() ? `Sifat: ${entry.urgency.trim()}` : null;
  const strip = stripBand(title, urgency, fonts);
  const bands = entryBands(entry, data, fonts, flow.freshSpace);
  const total = strip.height + bands.reduce((h, b) => h + b.height, 0);

  // Keep a block on one page when it fits one; otherwise at least its strip and first band.
  if (total <= flow.freshSpace) flow.ensure(total);
  else flow.ensure(strip.height + (bands[0]?.height ?? 0) + (bands[1]?.height ?? 0));

  let segmentTop = flow.y;
  const closeSegment = () =>
    flow.page.drawRectangle({ x: MARGIN_X, y: flow.y, width: CONTENT_WIDTH, height: segmentTop - flow.y, borderColor: BORDER, borderWidth: 0.9 });

  strip.draw(flow.page, flow.y);
  flow.y -= strip.height;
  for (const band of bands) {
    if (band.height > flow.available) {
      closeSegment();
      flow.newPage();
      segmentTop = flow.y;
      const cont = stripBand(`${title} (lanjutan)`, urgency, fonts);
      cont.draw(flow.page, flow.y);
      flow.y -= cont.height;
    }
    band.draw(flow.page, flow.y);
    flow.y -= band.height;
  }
  closeSegment();
  flow.y -= ENTRY_GAP;
}

// ---------------------------------------------------------------------------------------------
// Footer, document

function drawFooters(doc: PDFDocument, data: DispositionSheetData, fonts: Fonts): void {
  const pages = doc.getPages();
  pages.forEach((page, i) => {
    page.drawLine({ start: { x: MARGIN_X, y: FOOTER_Y + 6 }, end: { x: A4_WIDTH - MARGIN_X, y: FOOTER_Y + 6 }, thickness: 0.5, color: RULE });
    const left = toWinAnsi(`Lembar Disposisi ${data.nomorSurat}`);
    drawLine(page, left, MARGIN_X, FOOTER_Y, fonts.regular, SMALL_SIZE, MUTED);
    const right = toWinAnsi(`Dicetak ${data.generatedAtText} · Halaman ${i + 1} dari ${pages.length}`);
    drawLine(page, right, A4_WIDTH - MARGIN_X - fonts.regular.widthOfTextAtSize(right, SMALL_SIZE), FOOTER_Y, fonts.regular, SMALL_SIZE, MUTED);
  });
}

export async function renderDispositionSheet(data: DispositionSheetData): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const fonts = await embedStandardFonts(doc);
  setDocumentMetadata(doc, {
    title: `Lembar Disposisi ${data.nomorSurat}`,
    author: data.agencyName,
    subject: "Lembar disposisi permohonan layanan",
  });

  const flow = new PageFlow(doc, {
    top: MARGIN_TOP,
    bottom: CONTENT_BOTTOM,
    continuationHeaderHeight: CONTINUATION_HEADER_HEIGHT,
    continuationHeader(page, top) {
      drawLine(page, toWinAnsi(`Lembar Disposisi ${data.nomorSurat} (lanjutan)`), MARGIN_X, top, fonts.bold, 10, MUTED);
      const y = top - 16;
      page.drawLine({ start: { x: MARGIN_X, y }, end: { x: A4_WIDTH - MARGIN_X, y }, thickness: 0.5, color: RULE });
      return CONTINUATION_HEADER_HEIGHT;
    },
  });

  drawKop(flow, data, fonts);
  drawHeaderTable(flow, data, fonts);
  if (data.entries.length === 0) {
    drawLine(flow.page, "Belum ada disposisi.", MARGIN_X, flow.y - 4, fonts.regular, 10, MUTED);
  } else {
    data.entries.forEach((entry, i) => drawEntry(flow, entry, i, data, fonts));
  }
  drawFooters(doc, data, fonts);

  return doc.save();
}
