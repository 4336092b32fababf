import { PDFDocument, type PDFPage } from "pdf-lib";
import {
  A4_WIDTH,
  continuationHeading,
  drawKop,
  drawLine,
  drawRule,
  drawWrapped,
  embedStandardFonts,
  type Fonts,
  fieldLines,
  MUTED,
  PageFlow,
  setDocumentMetadata,
  toWinAnsi,
} from "@/features/documents/pdf-kit";
import { drawEntry } from "./disposition-sheet-entries";
import {
  BORDER,
  BOX,
  BOX_GAP,
  type Cell,
  CELL_PAD_X,
  CELL_PAD_Y,
  CONTENT_BOTTOM,
  CONTENT_WIDTH,
  drawCheckbox,
  FIELD_MAX_LINES,
  FOOTER_Y,
  key,
  LABEL_SIZE,
  LEADING,
  MARGIN_TOP,
  MARGIN_X,
  OPTION_GAP,
  SIZE,
  SMALL_SIZE,
} from "./disposition-sheet-layout";

/**
 * Lembar disposisi (DOMAIN §3): the disposition sheet of one request, in the usual Indonesian
 * government form. The request plays the incoming letter: surat dari (the OPD), nomor and tanggal
 * surat (the OPD's own letter), diterima tanggal, nomor agenda (the portal's registration number,
 * where a secretariat writes its agenda number), sifat, perihal. Below it every disposition of the
 * chain (Kadis → Kabid → Sub Koordinator → pelaksana) is one block (disposition-sheet-entries.ts).
 *
 * Pure: every value arrives already formatted (dates in the agency's zone, urgency in words). All
 * text goes through `toWinAnsi` (via `wrapText`), so any input draws with the standard fonts.
 * Ticks are a bold "X" in the box: it survives printing, photocopying and text extraction.
 */

export interface DispositionEntry {
  /** The signer's own name: for a Plh/Plt, the substitute's. */
  fromName: string;
  /** The post signed for; a substitute's arrives prefixed, "Plh. Kepala Dinas Komunikasi dan Informatika". */
  fromTitle: string;
  toName: string;
  toTitle: string;
  /** e.g. ["Tanggapan dan saran", "Proses lebih lanjut"]. */
  instructions: string[];
  note: string | null;
  /** "Biasa" | "Segera" | "Sangat segera". */
  urgency: string;
  /** "22 November 2026 09.40 WIB". */
  atText: string;
}

export interface DispositionSheetData {
  agencyName: string;
  agencyAddress: string | null;
  /** e.g. "BBL-2026-000012": printed as the nomor agenda and on every page. */
  registrationNumber: string;
  /** The applicant's OPD, e.g. "Dinas Kesehatan". */
  suratDari: string;
  /** Number of the OPD's own letter, e.g. "800/412/Dinkes/XI/2026"; null prints "—". */
  nomorSurat: string | null;
  /** Date of that letter, e.g. "20 November 2026"; null prints "—". */
  tanggalSurat: string | null;
  /** Date and time received, e.g. "22 November 2026 09.15 WIB". */
  diterimaTanggal: string;
  /** "Biasa" | "Segera" | "Sangat segera" (anything else is printed as an extra ticked option). */
  sifat: string;
  /** e.g. "Permohonan Layanan Manajemen Data — Perencanaan data". */
  perihal: string;
  /** Every disposition, in order. */
  entries: DispositionEntry[];
  /** The full checklist printed in every block; the entry's instructions are ticked. */
  standardInstructions: string[];
  generatedAtText: string;
}

/** What a paper form shows in a field nobody filled. */
const NOT_GIVEN = "—";

// ---------------------------------------------------------------------------------------------
// Header table

function textCell(label: string, value: string, width: number, labelWidth: number, fonts: Fonts): Cell {
  const valueX = labelWidth + 11;
  const valueLines = fieldLines(value, fonts.regular, SIZE, width - 2 * CELL_PAD_X - valueX, FIELD_MAX_LINES);
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

function drawHeaderTable(page: PDFPage, top: number, data: DispositionSheetData, fonts: Fonts): number {
  const half = CONTENT_WIDTH / 2;
  const labelWidth = (labels: string[]) => Math.max(...labels.map((l) => fonts.bold.widthOfTextAtSize(l, LABEL_SIZE)));
  const left = labelWidth(["Surat dari", "Nomor surat", "Tanggal surat", "Perihal"]);
  const right = labelWidth(["Diterima tanggal", "Nomor agenda", "Sifat"]);
  const given = (value: string | null) => value?.trim() || NOT_GIVEN;

  const rows: [Cell, Cell | null][] = [
    [textCell("Surat dari", data.suratDari, half, left, fonts), textCell("Diterima tanggal", data.diterimaTanggal, half, right, fonts)],
    [
      textCell("Nomor surat", given(data.nomorSurat), half, left, fonts),
      textCell("Nomor agenda", data.registrationNumber, half, right, fonts),
    ],
    [textCell("Tanggal surat", given(data.tanggalSurat), half, left, fonts), sifatCell(data.sifat, half, right, fonts)],
    [textCell("Perihal", data.perihal, CONTENT_WIDTH, left, fonts), null],
  ];

  let y = top;
  rows.forEach(([leftCell, rightCell], i) => {
    const height = Math.max(leftCell.height, rightCell?.height ?? 0);
    leftCell.draw(page, MARGIN_X, y);
    if (rightCell) {
      rightCell.draw(page, MARGIN_X + half, y);
      page.drawLine({ start: { x: MARGIN_X + half, y }, end: { x: MARGIN_X + half, y: y - height }, thickness: 0.6, color: BORDER });
    }
    y -= height;
    if (i < rows.length - 1) drawRule(page, MARGIN_X, y, CONTENT_WIDTH, 0.6, BORDER);
  });
  page.drawRectangle({ x: MARGIN_X, y, width: CONTENT_WIDTH, height: top - y, borderColor: BORDER, borderWidth: 1 });
  return y;
}

// ---------------------------------------------------------------------------------------------
// Footer, document

function drawFooters(doc: PDFDocument, data: DispositionSheetData, fonts: Fonts): void {
  const pages = doc.getPages();
  pages.forEach((page, i) => {
    drawRule(page, MARGIN_X, FOOTER_Y + 6, CONTENT_WIDTH);
    const left = toWinAnsi(`Lembar Disposisi ${data.registrationNumber}`);
    drawLine(page, left, MARGIN_X, FOOTER_Y, fonts.regular, SMALL_SIZE, MUTED);
    const right = toWinAnsi(`Dicetak ${data.generatedAtText} · Halaman ${i + 1} dari ${pages.length}`);
    drawLine(
      page,
      right,
      A4_WIDTH - MARGIN_X - fonts.regular.widthOfTextAtSize(right, SMALL_SIZE),
      FOOTER_Y,
      fonts.regular,
      SMALL_SIZE,
      MUTED,
    );
  });
}

export async function renderDispositionSheet(data: DispositionSheetData): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const fonts = await embedStandardFonts(doc);
  setDocumentMetadata(doc, {
    title: `Lembar Disposisi ${data.registrationNumber}`,
    author: data.agencyName,
    subject: "Lembar disposisi permohonan layanan",
  });

  const flow = new PageFlow(doc, {
    top: MARGIN_TOP,
    bottom: CONTENT_BOTTOM,
    ...continuationHeading(`Lembar Disposisi ${data.registrationNumber}`, fonts, { x: MARGIN_X, width: CONTENT_WIDTH }),
  });

  let y = drawKop(
    flow.page,
    { name: data.agencyName, details: [data.agencyAddress] },
    { x: MARGIN_X, top: flow.y, width: CONTENT_WIDTH },
    fonts,
  );
  y -= 16;
  y -= drawWrapped(flow.page, "LEMBAR DISPOSISI", {
    x: MARGIN_X,
    top: y,
    width: CONTENT_WIDTH,
    font: fonts.bold,
    size: 14,
    leading: 17,
    align: "center",
  });
  flow.y = drawHeaderTable(flow.page, y - 10, data, fonts) - 14;

  if (data.entries.length === 0) {
    drawLine(flow.page, "Belum ada disposisi.", MARGIN_X, flow.y - 4, fonts.regular, 10, MUTED);
  } else {
    data.entries.forEach((entry, i) => drawEntry(flow, entry, i, data.standardInstructions, fonts));
  }
  drawFooters(doc, data, fonts);

  return doc.save();
}
