import { type PDFPage, rgb } from "pdf-lib";
import { A4_WIDTH, drawLine, type Fonts, fieldLines, INK } from "@/features/documents/pdf-kit";

/**
 * Geometry and drawing primitives of the lembar disposisi: the page grid, checkboxes with their
 * labels, label–value pairs, and the pieces ("cells" of the header table, "bands" of a block) the
 * sheet is assembled from. Pure, like the sheet.
 */

export const MARGIN_X = 50;
export const MARGIN_TOP = 40;
export const CONTENT_WIDTH = A4_WIDTH - 2 * MARGIN_X;
export const FOOTER_Y = 34; // top of the footer line box
export const CONTENT_BOTTOM = FOOTER_Y + 22;

export const SIZE = 9;
export const LEADING = 11.5;
export const LABEL_SIZE = 8.5;
export const SMALL_SIZE = 8;

export const CELL_PAD_X = 6;
export const CELL_PAD_Y = 5;
export const FIELD_MAX_LINES = 4;

export const BOX = 8; // checkbox side
export const BOX_GAP = 5; // between a box and its label
export const OPTION_GAP = 14; // between two options on one line

export const ENTRY_PAD = 8;
export const ENTRY_GAP = 10;
export const STRIP_HEIGHT = 17;
export const SIGNATURE_WIDTH = 168;
export const COLUMN_GAP = 14;
/** Instructions longer than this are cut with "…" inside the two-column layout. */
export const INSTRUCTION_MAX_LINES = 4;
export const TARGET_MAX_LINES = 3;

export const INNER_X = MARGIN_X + ENTRY_PAD;
export const INNER_WIDTH = CONTENT_WIDTH - 2 * ENTRY_PAD;

export const FILL = rgb(0.93, 0.935, 0.95);
export const BORDER = INK;

/** A label ": value" cell of the header table; `draw` places it with its top-left at (x, top). */
export interface Cell {
  height: number;
  draw(page: PDFPage, x: number, top: number): void;
}

/** A horizontal slice of a disposition block: drawn at the flow's position, never split across pages. */
export interface Band {
  height: number;
  draw(page: PDFPage, top: number): void;
}

/** "Sangat Segera", "SANGAT_SEGERA", " sangat  segera " → "sangat segera". */
export function key(text: string): string {
  return text
    .normalize("NFC")
    .replace(/[_\s]+/g, " ")
    .trim()
    .toLowerCase();
}

/** A square box at `top` (its upper edge), with a bold "X" when ticked. */
export function drawCheckbox(page: PDFPage, x: number, top: number, ticked: boolean, fonts: Fonts): void {
  page.drawRectangle({ x, y: top - BOX, width: BOX, height: BOX, borderColor: INK, borderWidth: 0.7 });
  if (ticked) {
    const size = 7.5;
    const w = fonts.bold.widthOfTextAtSize("X", size);
    page.drawText("X", { x: x + (BOX - w) / 2, y: top - BOX + 1.4, size, font: fonts.bold, color: INK });
  }
}

/** One checklist item: box and wrapped label with a hanging indent. */
export interface CheckItem {
  lines: string[];
  ticked: boolean;
}

export function checkItem(text: string, ticked: boolean, fonts: Fonts, width: number, maxLines = INSTRUCTION_MAX_LINES): CheckItem {
  const font = ticked ? fonts.bold : fonts.regular;
  return { lines: fieldLines(text, font, SIZE, width - BOX - BOX_GAP, maxLines), ticked };
}

export function drawCheckItem(page: PDFPage, item: CheckItem, x: number, top: number, fonts: Fonts): void {
  // The box sits on the first line's x-height band.
  drawCheckbox(page, x, top - 0.2, item.ticked, fonts);
  const font = item.ticked ? fonts.bold : fonts.regular;
  item.lines.forEach((line, i) => drawLine(page, line, x + BOX + BOX_GAP, top - i * LEADING, font, SIZE));
}

/** "Label: value" with the value wrapped in a hanging indent after the label. */
export function labelledLines(label: string, value: string, width: number, fonts: Fonts, maxLines: number) {
  const labelWidth = fonts.bold.widthOfTextAtSize(label, SIZE) + 4;
  const valueLines = fieldLines(value, fonts.regular, SIZE, width - labelWidth, maxLines);
  return {
    height: valueLines.length * LEADING,
    draw(page: PDFPage, x: number, top: number) {
      drawLine(page, label, x, top, fonts.bold, SIZE);
      valueLines.forEach((line, i) => drawLine(page, line, x + labelWidth, top - i * LEADING, fonts.regular, SIZE));
    },
  };
}
