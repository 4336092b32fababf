import type { Color, PDFFont, PDFPage } from "pdf-lib";
import { drawLine, type Fonts, fieldLines, MUTED, type PageFlow, RULE, toWinAnsi, wrapText } from "@/features/documents/pdf-kit";
import type { DispositionEntry } from "./disposition-sheet";
import {
  type Band,
  BORDER,
  type CheckItem,
  checkItem,
  COLUMN_GAP,
  CONTENT_WIDTH,
  drawCheckItem,
  ENTRY_GAP,
  ENTRY_PAD,
  FILL,
  INNER_WIDTH,
  INNER_X,
  key,
  LABEL_SIZE,
  labelledLines,
  LEADING,
  MARGIN_X,
  SIGNATURE_WIDTH,
  SIZE,
  SMALL_SIZE,
  STRIP_HEIGHT,
  TARGET_MAX_LINES,
} from "./disposition-sheet-layout";

/**
 * One disposition of the chain as a block of the lembar disposisi: a strip ("DISPOSISI n", its
 * sifat), "diteruskan kepada", the "dengan hormat harap" checklist with the instructions given
 * ticked, catatan, and the official's date, post, name and paraf. A block stays on one page when
 * it fits one and runs on over pages (strip repeated, "(lanjutan)") when it does not.
 */

function stripBand(title: string, right: string | null, fonts: Fonts): Band {
  return {
    height: STRIP_HEIGHT + 5,
    draw(page, top) {
      page.drawRectangle({ x: MARGIN_X, y: top - STRIP_HEIGHT, width: CONTENT_WIDTH, height: STRIP_HEIGHT, color: FILL });
      page.drawLine({
        start: { x: MARGIN_X, y: top - STRIP_HEIGHT },
        end: { x: MARGIN_X + CONTENT_WIDTH, y: top - STRIP_HEIGHT },
        thickness: 0.6,
        color: BORDER,
      });
      const textTop = top - (STRIP_HEIGHT - SIZE) / 2 - 0.5;
      drawLine(page, toWinAnsi(title), INNER_X, textTop, fonts.bold, SIZE);
      if (right) {
        const text = toWinAnsi(right);
        drawLine(
          page,
          text,
          MARGIN_X + CONTENT_WIDTH - ENTRY_PAD - fonts.regular.widthOfTextAtSize(text, LABEL_SIZE),
          textTop - 0.4,
          fonts.regular,
          LABEL_SIZE,
        );
      }
    },
  };
}

/** Two columns, filled top to bottom, when the column is wide enough for that. */
const columnsFor = (width: number) => (width >= 260 ? 2 : 1);

/** The checklist: standard instructions in order, the entry's extra instructions after them. */
function checklist(entry: DispositionEntry, standard: string[], fonts: Fonts, width: number): CheckItem[][] {
  const given = new Set(entry.instructions.map(key));
  const standardKeys = new Set(standard.map(key));
  const items: { text: string; ticked: boolean }[] = standard.filter((s) => s.trim()).map((s) => ({ text: s, ticked: given.has(key(s)) }));
  const seen = new Set<string>();
  for (const instruction of entry.instructions) {
    const k = key(instruction);
    if (!k || standardKeys.has(k) || seen.has(k)) continue;
    seen.add(k);
    items.push({ text: instruction, ticked: true });
  }
  const columns = columnsFor(width);
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
  const colWidth = columnsFor(width) === 2 ? (width - COLUMN_GAP) / 2 : width;
  row.forEach((item, c) => drawCheckItem(page, item, x + c * (colWidth + COLUMN_GAP), top, fonts));
}

/**
 * The official's date, post, name and paraf, centred in `width`. A Plh/Plt's post arrives already
 * prefixed ("Plh. Kepala Dinas …") and their own name goes under it, as they sign.
 */
function signature(entry: DispositionEntry, fonts: Fonts, width: number) {
  type SigLine = { text: string; font: PDFFont; size: number; color?: Color; gapBefore?: number };
  const out: SigLine[] = [];
  const add = (text: string, font: PDFFont, size: number, maxLines: number, extra: Partial<SigLine> = {}) =>
    fieldLines(text, font, size, width, maxLines).forEach((t, i) =>
      out.push({ text: t, font, size, ...extra, gapBefore: i === 0 ? extra.gapBefore : 0 }),
    );
  add(entry.atText, fonts.regular, SMALL_SIZE, 2, { color: MUTED });
  add(entry.fromTitle, fonts.regular, SIZE, 3, { gapBefore: 2 });
  add(entry.fromName, fonts.bold, SIZE, 2);
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
function entryBands(entry: DispositionEntry, standard: string[], fonts: Fonts, freshSpace: number): Band[] {
  const target = labelledLines(
    "Diteruskan kepada:",
    `${entry.toTitle.trim()} (${entry.toName.trim()})`,
    INNER_WIDTH,
    fonts,
    TARGET_MAX_LINES,
  );
  const targetBand: Band = { height: target.height + 6, draw: (page, top) => target.draw(page, INNER_X, top) };
  const harapLabel = "Dengan hormat harap:";
  const note = entry.note?.trim() || "-";

  // Two-column layout.
  const leftWidth = INNER_WIDTH - SIGNATURE_WIDTH - COLUMN_GAP;
  const rows = checklist(entry, standard, fonts, leftWidth);
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
        labelledLines("Catatan:", note, leftWidth, fonts, Number.MAX_SAFE_INTEGER).draw(page, INNER_X, y);
        // The signature sits at the bottom right, separated by a thin rule.
        const sigX = INNER_X + leftWidth + COLUMN_GAP;
        page.drawLine({
          start: { x: sigX - COLUMN_GAP / 2, y: top + 1 },
          end: { x: sigX - COLUMN_GAP / 2, y: top - bodyHeight + ENTRY_PAD - 3 },
          thickness: 0.4,
          color: RULE,
        });
        sig.draw(page, sigX, top - (bodyHeight - ENTRY_PAD + 2 - sig.height));
      },
    };
    return [targetBand, body];
  }

  // Full-width flow: every piece its own band.
  const bands: Band[] = [targetBand];
  bands.push({ height: LEADING + 2, draw: (page, top) => drawLine(page, harapLabel, INNER_X, top, fonts.bold, SIZE) });
  for (const row of checklist(entry, standard, fonts, INNER_WIDTH)) {
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

export function drawEntry(flow: PageFlow, entry: DispositionEntry, index: number, standard: string[], fonts: Fonts): void {
  const title = `DISPOSISI ${index + 1}`;
  const urgency = entry.urgency.trim() ? `Sifat: ${entry.urgency.trim()}` : null;
  const strip = stripBand(title, urgency, fonts);
  const bands = entryBands(entry, standard, fonts, flow.freshSpace);
  const total = strip.height + bands.reduce((h, b) => h + b.height, 0);

  // Keep a block on one page when it fits one; otherwise at least its strip and first band.
  if (total <= flow.freshSpace) flow.ensure(total);
  else flow.ensure(strip.height + (bands[0]?.height ?? 0) + (bands[1]?.height ?? 0));

  let segmentTop = flow.y;
  const closeSegment = () =>
    flow.page.drawRectangle({
      x: MARGIN_X,
      y: flow.y,
      width: CONTENT_WIDTH,
      height: segmentTop - flow.y,
      borderColor: BORDER,
      borderWidth: 0.9,
    });

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
