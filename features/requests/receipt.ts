import { PDFDocument, type PDFFont, type PDFImage, type PDFPage, rgb } from "pdf-lib";
import { toBuffer as qrToBuffer } from "qrcode";
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

export { toWinAnsi };

/**
 * Tanda terima / bukti permohonan (DOMAIN §3): the printable receipt an applicant gets after
 * submitting a request. Registration number, date and time with zone, applicant, service, documents
 * received, expected completion (SLA), officer, and a QR code / link to the public tracking page.
 *
 * Pure: every value arrives already formatted (dates in the agency's zone, the SLA wording of the
 * standard). Personal data (DOMAIN §8): the caller passes the NIP/NI PPPK/NIK already masked; this
 * module never sees the full number. The tracking code is a bearer secret (see numbering.ts) and is
 * printed here on purpose: the receipt is the one place it is handed over.
 *
 * Standard fonts (Helvetica) only encode WinAnsi (CP1252); every string drawn goes through
 * `toWinAnsi` (features/documents/pdf-kit.ts), otherwise pdf-lib throws on the first "≤" or emoji in
 * a description.
 */

export interface ReceiptData {
  agencyName: string;
  agencyUnit: string | null;
  /** One line, e.g. "Telepon (0552) 2031390 · diskominfo@bulungan.go.id". */
  agencyContact: string | null;
  registrationNumber: string;
  /** The secret tracking code printed on the receipt. */
  trackingCode: string;
  /** Absolute URL of the public tracking page, number and code included. */
  trackingUrl: string;
  /** Already formatted in the agency's zone, e.g. "22 November 2026 14.05 WITA". */
  submittedAtText: string;
  applicantName: string;
  employeeNumberLabel: string;
  /** Masked, e.g. "198609**********01": never the full number. */
  employeeNumberMasked: string;
  opdName: string;
  jabatan: string;
  serviceName: string;
  /** The lingkup asked for, e.g. "Hosting, Subdomain, Email". */
  scopeName: string | null;
  /** The applicant's own letter, where the service asks for one. */
  letterNumber: string | null;
  /** e.g. "5 Maret 2026". */
  letterDateText: string | null;
  /** Keterangan Permohonan Layanan; wrapped and truncated with "…" when long. */
  description: string;
  documents: { name: string; fileName: string; sizeText: string }[];
  /** The standard's wording, e.g. "Maksimal 2×24 jam sejak berkas permohonan diterima dinas". */
  slaText: string;
  expectedCompletionText: string;
  officerText: string;
  generatedAtText: string;
}

// ---------------------------------------------------------------------------------------------
// Page geometry and styles

const PAGE_WIDTH = A4_WIDTH;
const MARGIN_X = 50;
const MARGIN_TOP = 40;
const FOOTER_HEIGHT = 62; // reserved at the bottom of each page for the footer
const CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN_X;
const CONTENT_BOTTOM = FOOTER_HEIGHT + 18;

const LABEL_WIDTH = 150;
const CELL_PAD_X = 7;
const CELL_PAD_Y = 4;
const TABLE_SIZE = 9.5;
const TABLE_LEADING = 13;

const LABEL_FILL = rgb(0.945, 0.949, 0.96);
const BOX_FILL = rgb(0.97, 0.975, 0.985);

const DESCRIPTION_MAX_LINES = 8;
const FIELD_MAX_LINES = 6;

interface Line {
  text: string;
  /** Offset from the left of the text column, for hanging indents in lists. */
  indent: number;
  /** List marker ("1.") drawn at the left of the column, on an item's first line. */
  marker?: string;
}

interface Row {
  label: string;
  lines: Line[];
}

// ---------------------------------------------------------------------------------------------
// Rendering

function drawHeader(cursor: PageFlow, data: ReceiptData, fonts: Fonts): void {
  const { page } = cursor;
  const kop = { name: data.agencyName, unit: data.agencyUnit, details: [data.agencyContact] };
  let y = drawKop(page, kop, { x: MARGIN_X, top: cursor.y, width: CONTENT_WIDTH }, fonts) - 13;
  y -= drawWrapped(page, "TANDA TERIMA PERMOHONAN LAYANAN", {
    x: MARGIN_X,
    top: y,
    width: CONTENT_WIDTH,
    font: fonts.bold,
    size: 15,
    leading: 19,
    align: "center",
  });
  y -= drawWrapped(page, "Bukti Permohonan", {
    x: MARGIN_X,
    top: y,
    width: CONTENT_WIDTH,
    font: fonts.regular,
    size: 10,
    leading: 13,
    color: MUTED,
    align: "center",
  });
  cursor.y = y - 12;
}

/** The boxed registration number and tracking code, with the QR code on the right. */
function drawTicket(cursor: PageFlow, data: ReceiptData, fonts: Fonts, qr: PDFImage): void {
  const { page } = cursor;
  const pad = 10;
  const qrSize = 88;
  const qrColumn = 170;
  const leftWidth = CONTENT_WIDTH - qrColumn - 2 * pad - 10;
  const top = cursor.y;

  // Right column: QR, caption, URL. Laid out first to know the box height.
  const qrColumnX = PAGE_WIDTH - MARGIN_X - pad - qrColumn;
  const urlLines = truncateLines(wrapText(data.trackingUrl, fonts.regular, 7, qrColumn), 4, fonts.regular, 7, qrColumn);
  const rightHeight = qrSize + 6 + 11 + urlLines.length * 9;

  // Left column: number, code, a short hint.
  const numberSize = fitSize(toWinAnsi(data.registrationNumber), fonts.bold, 22, 14, leftWidth);
  const codeSize = fitSize(toWinAnsi(data.trackingCode), fonts.bold, 17, 11, leftWidth);
  const hint = "Gunakan nomor registrasi dan kode lacak ini (atau pindai kode QR) untuk melihat status permohonan.";
  const hintLines = wrapText(hint, fonts.regular, 8, leftWidth);
  const leftHeight = 10 + numberSize * 1.15 + 10 + 10 + codeSize * 1.15 + 8 + hintLines.length * 10.5;

  const height = Math.max(leftHeight, rightHeight) + 2 * pad;
  page.drawRectangle({
    x: MARGIN_X,
    y: top - height,
    width: CONTENT_WIDTH,
    height,
    color: BOX_FILL,
    borderColor: INK,
    borderWidth: 1.2,
  });
  // Divider between the two columns.
  const dividerX = qrColumnX - 10;
  page.drawLine({ start: { x: dividerX, y: top - pad }, end: { x: dividerX, y: top - height + pad }, thickness: 0.5, color: RULE });

  // Left column, centred vertically against the QR column.
  const x = MARGIN_X + pad;
  let y = top - pad - (height - 2 * pad - leftHeight) / 2;
  drawLine(page, "NOMOR REGISTRASI", x, y, fonts.bold, 8, MUTED);
  y -= 10;
  drawLine(page, toWinAnsi(data.registrationNumber), x, y, fonts.bold, numberSize);
  y -= numberSize * 1.15 + 10;
  drawLine(page, "KODE LACAK (RAHASIA)", x, y, fonts.bold, 8, MUTED);
  y -= 10;
  drawLine(page, toWinAnsi(data.trackingCode), x, y, fonts.bold, codeSize);
  y -= codeSize * 1.15 + 8;
  hintLines.forEach((line, i) => drawLine(page, line, x, y - i * 10.5, fonts.regular, 8, MUTED));

  // Right column: QR centred over caption and URL.
  let ry = top - pad;
  page.drawImage(qr, { x: qrColumnX + (qrColumn - qrSize) / 2, y: ry - qrSize, width: qrSize, height: qrSize });
  ry -= qrSize + 6;
  const caption = "Pindai untuk melacak permohonan";
  drawLine(page, caption, qrColumnX + (qrColumn - fonts.bold.widthOfTextAtSize(caption, 8)) / 2, ry, fonts.bold, 8);
  ry -= 11;
  for (const line of urlLines) {
    drawLine(page, line, qrColumnX + (qrColumn - fonts.regular.widthOfTextAtSize(line, 7)) / 2, ry, fonts.regular, 7, MUTED);
    ry -= 9;
  }

  cursor.y = top - height - 14;
}

function buildRows(data: ReceiptData, fonts: Fonts): Row[] {
  const valueWidth = CONTENT_WIDTH - LABEL_WIDTH - 2 * CELL_PAD_X;
  const plain = (text: string, maxLines = FIELD_MAX_LINES): Line[] =>
    fieldLines(text, fonts.regular, TABLE_SIZE, valueWidth, maxLines).map((text) => ({ text, indent: 0 }));

  const documentLines: Line[] = [];
  if (data.documents.length === 0) {
    documentLines.push({ text: "Tidak ada dokumen", indent: 0 });
  } else {
    const numberWidth = fonts.regular.widthOfTextAtSize(`${data.documents.length}. `, TABLE_SIZE) + 2;
    data.documents.forEach((doc, i) => {
      const item = `${doc.name.trim()} — ${doc.fileName.trim()} (${doc.sizeText.trim()})`;
      wrapText(item, fonts.regular, TABLE_SIZE, valueWidth - numberWidth).forEach((text, j) => {
        documentLines.push({ text, indent: numberWidth, marker: j === 0 ? `${i + 1}.` : undefined });
      });
    });
  }

  const rows: Row[] = [
    { label: "Nomor registrasi", lines: plain(data.registrationNumber) },
    { label: "Tanggal dan waktu diajukan", lines: plain(data.submittedAtText) },
    { label: "Nama pemohon", lines: plain(data.applicantName) },
    { label: toWinAnsi(data.employeeNumberLabel.trim() || "Nomor pegawai"), lines: plain(data.employeeNumberMasked) },
    { label: "Perangkat Daerah (Dinas)", lines: plain(data.opdName) },
    { label: "Jabatan", lines: plain(data.jabatan) },
    { label: "Layanan", lines: plain(data.serviceName) },
  ];
  if (data.scopeName?.trim()) rows.push({ label: "Lingkup layanan", lines: plain(data.scopeName) });
  if (data.letterNumber?.trim()) rows.push({ label: "Nomor surat", lines: plain(data.letterNumber) });
  if (data.letterDateText?.trim()) rows.push({ label: "Tanggal surat", lines: plain(data.letterDateText) });
  rows.push(
    { label: "Keterangan permohonan", lines: plain(data.description, DESCRIPTION_MAX_LINES) },
    { label: "Dokumen yang diterima", lines: documentLines },
    { label: "Jangka waktu pelayanan", lines: plain(data.slaText) },
    { label: "Perkiraan penyelesaian", lines: plain(data.expectedCompletionText) },
    { label: "Petugas", lines: plain(data.officerText) },
  );
  return rows;
}

function drawValueLines(page: PDFPage, lines: Line[], x: number, top: number, font: PDFFont) {
  lines.forEach((line, i) => {
    const lineTop = top - i * TABLE_LEADING;
    if (line.marker) drawLine(page, line.marker, x, lineTop, font, TABLE_SIZE);
    drawLine(page, line.text, x + line.indent, lineTop, font, TABLE_SIZE);
  });
}

function drawRowChunk(cursor: PageFlow, labelLines: string[], lines: Line[], fonts: Fonts): void {
  const { page } = cursor;
  const rowLines = Math.max(labelLines.length, lines.length);
  const height = rowLines * TABLE_LEADING + 2 * CELL_PAD_Y;
  const top = cursor.y;
  page.drawRectangle({ x: MARGIN_X, y: top - height, width: LABEL_WIDTH, height, color: LABEL_FILL });
  page.drawRectangle({ x: MARGIN_X, y: top - height, width: CONTENT_WIDTH, height, borderColor: RULE, borderWidth: 0.6 });
  page.drawLine({
    start: { x: MARGIN_X + LABEL_WIDTH, y: top },
    end: { x: MARGIN_X + LABEL_WIDTH, y: top - height },
    thickness: 0.6,
    color: RULE,
  });
  // Line boxes are drawn a little low so the text sits optically centred in single-line rows; the
  // smaller label shares the value's baseline.
  const textTop = top - CELL_PAD_Y - 1.5;
  const labelSize = TABLE_SIZE - 0.5;
  const labelShift = (TABLE_SIZE - labelSize) * 0.82;
  labelLines.forEach((line, i) =>
    drawLine(page, line, MARGIN_X + CELL_PAD_X, textTop - labelShift - i * TABLE_LEADING, fonts.bold, labelSize),
  );
  drawValueLines(page, lines, MARGIN_X + LABEL_WIDTH + CELL_PAD_X, textTop, fonts.regular);
  cursor.y = top - height;
}

/**
 * Draws the table, moving to a new page when a row does not fit. A row taller than a whole page
 * (a very long document list) is split, its continuation labelled "(lanjutan)".
 */
function drawTable(cursor: PageFlow, rows: Row[], fonts: Fonts): void {
  const labelTextWidth = LABEL_WIDTH - 2 * CELL_PAD_X;
  const labelSize = TABLE_SIZE - 0.5;
  const rowHeight = (n: number) => n * TABLE_LEADING + 2 * CELL_PAD_Y;
  const freshPageSpace = cursor.freshSpace;

  for (const row of rows) {
    let labelLines = wrapText(row.label, fonts.bold, labelSize, labelTextWidth);
    let remaining = row.lines;
    let first = true;
    while (first || remaining.length > 0) {
      const needed = rowHeight(Math.max(labelLines.length, remaining.length));
      if (needed > cursor.available && (needed <= freshPageSpace || cursor.available < rowHeight(Math.max(2, labelLines.length)))) {
        cursor.newPage();
      }
      const fit = Math.max(1, Math.floor((cursor.available - 2 * CELL_PAD_Y) / TABLE_LEADING));
      const chunk = remaining.slice(0, fit);
      drawRowChunk(cursor, labelLines, chunk, fonts);
      remaining = remaining.slice(chunk.length);
      labelLines = wrapText(`${row.label} (lanjutan)`, fonts.bold, labelSize, labelTextWidth);
      first = false;
    }
  }
}

function drawFooters(doc: PDFDocument, data: ReceiptData, fonts: Fonts): void {
  const pages = doc.getPages();
  const note =
    "Simpan tanda terima ini. Kode lacak bersifat rahasia: siapa pun yang memegang nomor dan kode dapat melihat status permohonan (tanpa data pribadi).";
  pages.forEach((page, i) => {
    let y = FOOTER_HEIGHT;
    drawRule(page, MARGIN_X, y + 8, CONTENT_WIDTH);
    y -= drawWrapped(page, note, { x: MARGIN_X, top: y, width: CONTENT_WIDTH, font: fonts.regular, size: 8, leading: 10.5, color: INK });
    y -= 3;
    const printed = toWinAnsi(`Dicetak ${data.generatedAtText}`);
    drawLine(page, printed, MARGIN_X, y, fonts.regular, 8, MUTED);
    const pageText = `Halaman ${i + 1} dari ${pages.length}`;
    drawLine(page, pageText, PAGE_WIDTH - MARGIN_X - fonts.regular.widthOfTextAtSize(pageText, 8), y, fonts.regular, 8, MUTED);
  });
}

export async function renderReceiptPdf(data: ReceiptData): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const fonts = await embedStandardFonts(doc);
  const qrPng = await qrToBuffer(data.trackingUrl, { type: "png", errorCorrectionLevel: "M", margin: 1, width: 256 });
  const qr = await doc.embedPng(qrPng);

  setDocumentMetadata(doc, {
    title: `Tanda Terima ${data.registrationNumber}`,
    author: data.agencyName,
    subject: "Bukti permohonan layanan",
  });

  const cursor = new PageFlow(doc, {
    top: MARGIN_TOP,
    bottom: CONTENT_BOTTOM,
    ...continuationHeading(`Tanda Terima Permohonan Layanan ${data.registrationNumber}`, fonts, { x: MARGIN_X, width: CONTENT_WIDTH }),
  });
  drawHeader(cursor, data, fonts);
  drawTicket(cursor, data, fonts, qr);
  drawTable(cursor, buildRows(data, fonts), fonts);
  drawFooters(doc, data, fonts);

  return doc.save();
}
