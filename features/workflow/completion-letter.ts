import { PDFDocument, type PDFFont, type PDFPage } from "pdf-lib";
import {
  A4_WIDTH,
  continuationHeading,
  drawKop,
  drawLine,
  drawRule,
  embedStandardFonts,
  type Fonts,
  INK,
  MUTED,
  PageFlow,
  setDocumentMetadata,
  toWinAnsi,
  wrapText,
} from "@/features/documents/pdf-kit";
import type { LetterSignature } from "./completion-signer";

/**
 * Surat penyelesaian: the letter to the applicant's OPD saying the request has been carried out,
 * with what was done and the result documents handed over (DOMAIN §3: "hands over the result
 * documents"; Purbalingga's "confirmation letter to the PD"). A formal Indonesian dinas letter:
 * kop with a double rule, nomor / lampiran / perihal, the addressee, body, and the signature
 * block of the office: "<city>, <date>", "a.n. Kepala Dinas …", the signer's post, name and NIP
 * (who signs: completion-signer.ts).
 *
 * Pure: every value arrives already formatted (dates in the agency's zone). All text goes through
 * `toWinAnsi` (via `wrapText`), so any input draws with the standard fonts.
 */

export interface CompletionLetterData {
  agencyName: string;
  agencyUnit: string | null;
  agencyAddress: string | null;
  agencyContact: string | null;
  /** The town the office sits in, for the date line, e.g. "Tanjung Selor". */
  place: string;
  /** The letter's date in the agency's zone, "4 Desember 2026". */
  dateText: string;
  /** e.g. "BLG-2026-000123/SP". */
  letterNumber: string;
  recipientName: string;
  recipientJabatan: string;
  recipientOpd: string;
  registrationNumber: string;
  /** The applicant's own letter this one answers, when the request names it. */
  applicantLetterNumber: string | null;
  /** "20 November 2026". */
  applicantLetterDateText: string | null;
  serviceName: string;
  scopeName: string | null;
  submittedAtText: string;
  completedAtText: string;
  /** What was done; line breaks are kept. */
  resultSummary: string;
  /** File names handed over. */
  resultDocuments: string[];
  signature: LetterSignature;
  /** Printed small at the bottom of the last page. */
  trackingUrl: string;
}

// ---------------------------------------------------------------------------------------------
// Geometry and styles

const MARGIN_LEFT = 65; // a little wider on the binding side, as letters are filed
const MARGIN_RIGHT = 55;
const MARGIN_TOP = 40;
const CONTENT_WIDTH = A4_WIDTH - MARGIN_LEFT - MARGIN_RIGHT;
const FOOTER_Y = 30;
const CONTENT_BOTTOM = 78; // room for the tracking line and page numbers

const SIZE = 10.5;
const LEADING = 15;
const PARAGRAPH_GAP = 7;
const FIRST_LINE_INDENT = 30;
const SIGNATURE_WIDTH = 215;
const SIGNATURE_SPACE = 58; // blank space for the signature and stamp

// ---------------------------------------------------------------------------------------------
// Text helpers

/** Draws `line` stretched to `width` by widening the spaces (justified text). */
function drawJustified(page: PDFPage, line: string, x: number, top: number, width: number, font: PDFFont, size: number): void {
  const words = line.split(" ").filter((w) => w.length > 0);
  const textWidth = words.reduce((w, word) => w + font.widthOfTextAtSize(word, size), 0);
  const gaps = words.length - 1;
  const space = gaps > 0 ? (width - textWidth) / gaps : 0;
  // A nearly empty line would look gappy stretched; draw it as is.
  if (gaps === 0 || space > font.widthOfTextAtSize(" ", size) * 4) {
    drawLine(page, line, x, top, font, size);
    return;
  }
  let cx = x;
  for (const word of words) {
    drawLine(page, word, cx, top, font, size);
    cx += font.widthOfTextAtSize(word, size) + space;
  }
}

/** Lines of a paragraph with the first line indented: returns [line, indent] pairs. */
function indentedParagraph(text: string, font: PDFFont, size: number, width: number, indent: number): { text: string; indent: number }[] {
  const clean = toWinAnsi(text).replace(/ {2,}/g, " ").trim();
  // Wrap the first line at the narrower width, the rest at the full width.
  const firstLines = wrapText(clean, font, size, width - indent);
  const first = firstLines[0] ?? "";
  const rest = clean.slice(first.length).trim();
  const out = [{ text: first, indent }];
  if (rest) for (const line of wrapText(rest, font, size, width)) out.push({ text: line, indent: 0 });
  return out;
}

// ---------------------------------------------------------------------------------------------
// Parts of the letter

/** Nomor / Lampiran / Perihal, each "label : value" with the value wrapped after the colon. */
function drawReference(flow: PageFlow, data: CompletionLetterData, fonts: Fonts): void {
  const count = data.resultDocuments.filter((d) => d.trim()).length;
  const rows: [string, string, boolean][] = [
    ["Nomor", data.letterNumber, false],
    ["Lampiran", count > 0 ? `${count} berkas` : "-", false],
    ["Perihal", "Penyelesaian Permohonan Layanan", true],
  ];
  const labelWidth = Math.max(...rows.map(([l]) => fonts.regular.widthOfTextAtSize(l, SIZE)));
  const colonX = MARGIN_LEFT + labelWidth + 12;
  const valueX = colonX + 9;
  for (const [label, value, bold] of rows) {
    const font = bold ? fonts.bold : fonts.regular;
    const lines = wrapText(value, font, SIZE, MARGIN_LEFT + CONTENT_WIDTH - valueX);
    drawLine(flow.page, label, MARGIN_LEFT, flow.y, fonts.regular, SIZE);
    drawLine(flow.page, ":", colonX, flow.y, fonts.regular, SIZE);
    lines.forEach((line, i) => drawLine(flow.page, line, valueX, flow.y - i * LEADING, font, SIZE));
    flow.y -= lines.length * LEADING;
  }
  flow.y -= 18;
}

function drawAddressee(flow: PageFlow, data: CompletionLetterData, fonts: Fonts): void {
  const width = CONTENT_WIDTH * 0.62;
  const line = (text: string, font = fonts.regular, indent = 0) => {
    for (const l of wrapText(text, font, SIZE, width - indent)) {
      drawLine(flow.page, l, MARGIN_LEFT + indent, flow.y, font, SIZE);
      flow.y -= LEADING;
    }
  };
  line("Kepada Yth.");
  line([data.recipientJabatan.trim(), data.recipientOpd.trim()].filter(Boolean).join(" ") || "-", fonts.bold);
  if (data.recipientName.trim()) line(`u.p. ${data.recipientName.trim()}`);
  line("di");
  line("Tempat", fonts.regular, 22);
  flow.y -= 16;
}

/** Body paragraph: first line indented, justified except its last line. */
function drawParagraph(flow: PageFlow, text: string, fonts: Fonts): void {
  const lines = indentedParagraph(text, fonts.regular, SIZE, CONTENT_WIDTH, FIRST_LINE_INDENT);
  // No single line of a paragraph alone at the bottom of a page.
  flow.ensure(Math.min(lines.length, 2) * LEADING);
  lines.forEach((line, i) => {
    flow.ensure(LEADING);
    const x = MARGIN_LEFT + line.indent;
    if (i < lines.length - 1) drawJustified(flow.page, line.text, x, flow.y, CONTENT_WIDTH - line.indent, fonts.regular, SIZE);
    else drawLine(flow.page, line.text, x, flow.y, fonts.regular, SIZE);
    flow.y -= LEADING;
  });
  flow.y -= PARAGRAPH_GAP;
}

/** Block set in from the left (the result summary): line breaks kept, left aligned. */
function drawIndentedBlock(flow: PageFlow, text: string, fonts: Fonts): void {
  const x = MARGIN_LEFT + FIRST_LINE_INDENT;
  const width = CONTENT_WIDTH - FIRST_LINE_INDENT;
  const paragraphs = text
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .map((p) => p.trim());
  let pendingGap = false;
  for (const paragraph of paragraphs) {
    if (!paragraph) {
      pendingGap = true;
      continue;
    }
    if (pendingGap) flow.y -= PARAGRAPH_GAP / 2;
    pendingGap = false;
    // Keep list markers ("-", "•", "1.") hanging so wrapped lines align with the item's text.
    const marker = /^([-•*–]|\d{1,2}[.)])\s+/.exec(paragraph);
    const markerText = marker ? toWinAnsi(marker[1]!) : "";
    // One hang for every marker up to "99.", so items 9 and 10 line up.
    const hang = marker
      ? Math.max(fonts.regular.widthOfTextAtSize(`${markerText} `, SIZE), fonts.regular.widthOfTextAtSize("00. ", SIZE))
      : 0;
    const body = marker ? paragraph.slice(marker[0].length) : paragraph;
    wrapText(body, fonts.regular, SIZE, width - hang).forEach((line, i) => {
      flow.ensure(LEADING);
      if (i === 0 && marker) drawLine(flow.page, markerText, x, flow.y, fonts.regular, SIZE);
      drawLine(flow.page, line, x + hang, flow.y, fonts.regular, SIZE);
      flow.y -= LEADING;
    });
  }
  flow.y -= PARAGRAPH_GAP;
}

function drawDocumentList(flow: PageFlow, documents: string[], fonts: Fonts): void {
  const x = MARGIN_LEFT + FIRST_LINE_INDENT;
  const width = CONTENT_WIDTH - FIRST_LINE_INDENT;
  const hang = fonts.regular.widthOfTextAtSize(`${documents.length}. `, SIZE) + 2;
  documents.forEach((name, n) => {
    const lines = wrapText(name, fonts.regular, SIZE, width - hang);
    flow.ensure(Math.min(lines.length, 2) * LEADING);
    lines.forEach((line, i) => {
      flow.ensure(LEADING);
      if (i === 0) drawLine(flow.page, `${n + 1}.`, x, flow.y, fonts.regular, SIZE);
      drawLine(flow.page, line, x + hang, flow.y, fonts.regular, SIZE);
      flow.y -= LEADING;
    });
  });
  flow.y -= PARAGRAPH_GAP;
}

/**
 * The office's signature block at the right: "<place>, <date>", "a.n. <head's post>" when signed
 * on the head's behalf, the signer's post, the space for signature and stamp, the name (bold,
 * underlined) and "NIP. …" when known. Never split over pages.
 */
function drawSignature(flow: PageFlow, data: CompletionLetterData, fonts: Fonts): void {
  const x = MARGIN_LEFT + CONTENT_WIDTH - SIGNATURE_WIDTH;
  const wrap = (text: string, font = fonts.regular) => wrapText(text, font, SIZE, SIGNATURE_WIDTH);
  const { signature } = data;
  const above = [
    ...wrap(`${data.place.trim()}, ${data.dateText.trim()}`),
    ...(signature.onBehalfOf?.trim() ? wrap(`a.n. ${signature.onBehalfOf.trim()}`) : []),
    ...wrap(`${signature.title.trim()},`),
  ];
  const nameLines = wrap(signature.name.trim() || "-", fonts.bold);
  const nipLines = signature.nip?.trim() ? wrap(`NIP. ${signature.nip.trim()}`) : [];
  const height = (above.length + nameLines.length + nipLines.length) * LEADING + SIGNATURE_SPACE + 10;
  flow.y -= 8;
  flow.ensure(height);
  for (const line of above) {
    drawLine(flow.page, line, x, flow.y, fonts.regular, SIZE);
    flow.y -= LEADING;
  }
  flow.y -= SIGNATURE_SPACE;
  for (const line of nameLines) {
    drawLine(flow.page, line, x, flow.y, fonts.bold, SIZE);
    const baseline = flow.y - SIZE * 0.82 - 1.8;
    drawRule(flow.page, x, baseline, fonts.bold.widthOfTextAtSize(line, SIZE), 0.7, INK);
    flow.y -= LEADING;
  }
  for (const line of nipLines) {
    drawLine(flow.page, line, x, flow.y, fonts.regular, SIZE);
    flow.y -= LEADING;
  }
}

function drawFooters(doc: PDFDocument, data: CompletionLetterData, fonts: Fonts): void {
  const pages = doc.getPages();
  pages.forEach((page, i) => {
    let y = FOOTER_Y;
    if (i === pages.length - 1) {
      // The tracking link, small, above the page line.
      const text = `Status permohonan ${data.registrationNumber} dapat dilihat di ${data.trackingUrl}`;
      const lines = wrapText(text, fonts.regular, 7.5, CONTENT_WIDTH);
      y += lines.length * 9.5 + 4;
      drawRule(page, MARGIN_LEFT, y + 4, CONTENT_WIDTH);
      lines.forEach((line, j) => drawLine(page, line, MARGIN_LEFT, y - j * 9.5, fonts.regular, 7.5, MUTED));
    }
    if (pages.length > 1) {
      const text = `Halaman ${i + 1} dari ${pages.length}`;
      drawLine(
        page,
        text,
        MARGIN_LEFT + CONTENT_WIDTH - fonts.regular.widthOfTextAtSize(text, 7.5),
        FOOTER_Y - 2,
        fonts.regular,
        7.5,
        MUTED,
      );
    }
  });
}

/**
 * The opening sentence. A reply to the OPD's own letter names it first ("Menindaklanjuti surat
 * Saudara nomor … tanggal …"), then the registration; without one, the registration alone.
 */
function opening(data: CompletionLetterData): string {
  const service = data.scopeName?.trim() ? `${data.serviceName.trim()} (${data.scopeName.trim()})` : data.serviceName.trim();
  const done = `dengan ini kami sampaikan bahwa permohonan tersebut telah selesai dilaksanakan pada ${data.completedAtText.trim()} dengan hasil sebagai berikut:`;
  const number = data.applicantLetterNumber?.trim();
  const date = data.applicantLetterDateText?.trim();
  if (!number && !date) {
    return `Menindaklanjuti permohonan Saudara nomor registrasi ${data.registrationNumber.trim()} tanggal ${data.submittedAtText.trim()} tentang ${service}, ${done}`;
  }
  const letter = ["surat Saudara", number && `nomor ${number}`, date && `tanggal ${date}`].filter(Boolean).join(" ");
  return (
    `Menindaklanjuti ${letter} tentang permohonan ${service}, yang kami terima dengan nomor registrasi ` +
    `${data.registrationNumber.trim()} pada ${data.submittedAtText.trim()}, ${done}`
  );
}

// ---------------------------------------------------------------------------------------------
// Document

export async function renderCompletionLetter(data: CompletionLetterData): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const fonts = await embedStandardFonts(doc);
  setDocumentMetadata(doc, {
    title: `Surat Penyelesaian ${data.registrationNumber}`,
    author: data.agencyName,
    subject: "Penyelesaian permohonan layanan",
  });

  const flow = new PageFlow(doc, {
    top: MARGIN_TOP,
    bottom: CONTENT_BOTTOM,
    ...continuationHeading(`Surat Penyelesaian ${data.letterNumber}`, fonts, { x: MARGIN_LEFT, width: CONTENT_WIDTH }),
  });

  const kop = { name: data.agencyName, unit: data.agencyUnit, details: [data.agencyAddress, data.agencyContact] };
  flow.y = drawKop(flow.page, kop, { x: MARGIN_LEFT, top: flow.y, width: CONTENT_WIDTH }, fonts) - 19;
  drawReference(flow, data, fonts);
  drawAddressee(flow, data, fonts);

  drawParagraph(flow, opening(data), fonts);
  drawIndentedBlock(flow, data.resultSummary.trim() || "-", fonts);

  const documents = data.resultDocuments.map((d) => d.trim()).filter(Boolean);
  if (documents.length > 0) {
    drawParagraph(flow, "Bersama ini kami sampaikan dokumen hasil layanan sebagai Lampiran surat ini, yaitu:", fonts);
    drawDocumentList(flow, documents, fonts);
  }
  drawParagraph(flow, "Demikian disampaikan, atas perhatiannya kami ucapkan terima kasih.", fonts);
  drawSignature(flow, data, fonts);
  drawFooters(doc, data, fonts);

  return doc.save();
}
