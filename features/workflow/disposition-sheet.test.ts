import { PDFDocument } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { pdfText } from "@/tests/support/pdf-text";
import { type DispositionEntry, type DispositionSheetData, renderDispositionSheet } from "./disposition-sheet";

const STANDARD_INSTRUCTIONS = [
  "Tanggapan dan saran",
  "Proses lebih lanjut",
  "Koordinasikan/konfirmasikan",
  "Untuk diketahui",
  "Untuk ditindaklanjuti",
  "Untuk dipelajari",
  "Siapkan bahan",
  "Hadiri/wakili",
  "Arsip",
];

/**
 * The Bangka Belitung chain (DOMAIN §3): Kadis → Kabid → Sub Koordinator → service desk. The
 * Kepala Dinas is away: the Sekretaris disposes as Plh, signing with her own name under the post.
 */
const CHAIN: DispositionEntry[] = [
  {
    fromName: "Sekar Ayuningtyas, S.T., M.T.",
    fromTitle: "Plh. Kepala Dinas Komunikasi dan Informatika",
    toName: "Rudi Hartono, S.Kom.",
    toTitle: "Kepala Bidang e-Government dan Statistik",
    instructions: ["Tanggapan dan saran", "Proses lebih lanjut"],
    note: "Mohon segera diproses sesuai SOP.",
    urgency: "Segera",
    atText: "22 November 2026 09.40 WIB",
  },
  {
    fromName: "Rudi Hartono, S.Kom.",
    fromTitle: "Kepala Bidang e-Government dan Statistik",
    toName: "Wulan Sari, S.Si.",
    toTitle: "Sub Koordinator Statistik Sektoral",
    // Case and spacing differ from the standard list; the extra one is not in it.
    instructions: ["koordinasikan/konfirmasikan", "Proses  lebih lanjut", "Laporkan hasilnya"],
    note: "Siapkan jadwal pertemuan dengan tim data Dinkes.",
    urgency: "Segera",
    atText: "22 November 2026 10.05 WIB",
  },
  {
    fromName: "Wulan Sari, S.Si.",
    fromTitle: "Sub Koordinator Statistik Sektoral",
    toName: "Andi Pratama",
    toTitle: "Petugas Service Desk",
    instructions: ["Untuk ditindaklanjuti"],
    note: "Hubungi pemohon hari ini.",
    urgency: "Biasa",
    atText: "22 November 2026 10.20 WIB",
  },
];

function sampleSheet(overrides: Partial<DispositionSheetData> = {}): DispositionSheetData {
  return {
    agencyName: "Dinas Komunikasi dan Informatika Provinsi Kepulauan Bangka Belitung",
    agencyAddress: "Jl. Pulau Bangka, Kompleks Perkantoran Gubernur, Air Itam, Pangkalpinang 33149",
    registrationNumber: "BBL-2026-000012",
    suratDari: "Dinas Kesehatan",
    nomorSurat: "800/412/Dinkes/XI/2026",
    tanggalSurat: "20 November 2026",
    diterimaTanggal: "22 November 2026 09.15 WIB",
    sifat: "Segera",
    perihal: "Permohonan Layanan Manajemen Data — Perencanaan data",
    entries: CHAIN,
    standardInstructions: STANDARD_INSTRUCTIONS,
    generatedAtText: "24 November 2026 08.00 WIB",
    ...overrides,
  };
}

/**
 * The ticked items of a stretch of layout text: a tick is an "X" drawn in the box, so it extracts
 * as "X <label>"; items sit in columns separated by runs of spaces.
 */
function ticked(text: string): string[] {
  return [...text.matchAll(/(?:^|\s)X {1,3}(\S.*?)(?= {2,}|$)/gm)].map((m) => m[1]!.trim());
}

/** The layout text of each disposition block, from its "DISPOSISI n" strip to the next one. */
function blocks(text: string): string[] {
  return text.split(/^(?=[ \t]*DISPOSISI \d+ )/m).slice(1);
}

describe("renderDispositionSheet", () => {
  it("renders an A4 sheet with metadata", async () => {
    const pdf = await renderDispositionSheet(sampleSheet());
    expect(Buffer.from(pdf.subarray(0, 5)).toString("latin1")).toBe("%PDF-");
    const loaded = await PDFDocument.load(pdf, { updateMetadata: false });
    const { width, height } = loaded.getPage(0).getSize();
    expect(width).toBeCloseTo(595.28, 1);
    expect(height).toBeCloseTo(841.89, 1);
    expect(loaded.getTitle()).toBe("Lembar Disposisi BBL-2026-000012");
    expect(loaded.getAuthor()).toBe("Dinas Komunikasi dan Informatika Provinsi Kepulauan Bangka Belitung");
    expect(loaded.getProducer()).toBe("Loket");
    // The usual chain of three fits one page.
    expect(loaded.getPageCount()).toBe(1);
  });

  it("prints the header, every entry in order, notes and the ticked instructions", async () => {
    const data = sampleSheet();
    const text = pdfText(await renderDispositionSheet(data));

    expect(text).toContain("LEMBAR DISPOSISI");
    expect(text).toContain("DINAS KOMUNIKASI DAN INFORMATIKA PROVINSI KEPULAUAN BANGKA BELITUNG");
    // The request plays the incoming letter: the OPD's own letter number and date, the portal's
    // registration number where the secretariat writes its agenda number.
    expect(text).toMatch(/Surat dari\s+: Dinas Kesehatan\s/);
    expect(text).toMatch(/Nomor surat\s+: 800\/412\/Dinkes\/XI\/2026\s/);
    expect(text).toMatch(/Tanggal surat\s+: 20 November 2026\s/);
    expect(text).toMatch(/Diterima tanggal\s+: 22 November 2026 09\.15 WIB/);
    expect(text).toMatch(/Nomor agenda\s+: BBL-2026-000012/);
    expect(text).toMatch(/Perihal\s+: Permohonan Layanan Manajemen Data — Perencanaan data/);
    expect(text).toContain("Lembar Disposisi BBL-2026-000012");
    expect(text).toContain("Dicetak 24 November 2026 08.00 WIB · Halaman 1 dari 1");

    // Sifat: the four options, the current one ticked.
    for (const option of ["Sangat segera", "Segera", "Biasa", "Rahasia"]) expect(text).toContain(option);
    const header = text.slice(0, text.indexOf("DISPOSISI 1"));
    expect(ticked(header)).toEqual(["Segera"]);

    // The entries, in order.
    const positions = CHAIN.map((entry) => text.indexOf(`Diteruskan kepada: ${entry.toTitle} (${entry.toName})`));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    for (const entry of CHAIN) {
      expect(text).toContain(entry.note!);
      expect(text).toContain(entry.atText);
      expect(text).toContain(entry.fromName);
    }
    expect(text.match(/Paraf: _+/g)).toHaveLength(3);
    expect(text.match(/Dengan hormat harap:/g)).toHaveLength(3);

    // Each block ticks exactly its own instructions; the whole standard list is printed each time.
    const [first, second, third] = blocks(text);
    expect(ticked(first!)).toEqual(["Tanggapan dan saran", "Proses lebih lanjut"]);
    expect(ticked(second!).sort()).toEqual(["Koordinasikan/konfirmasikan", "Laporkan hasilnya", "Proses lebih lanjut"]);
    expect(ticked(third!)).toEqual(["Untuk ditindaklanjuti"]);
    for (const block of [first!, second!, third!]) {
      for (const instruction of STANDARD_INSTRUCTIONS) expect(block).toContain(instruction);
      expect(block).toContain("Sifat:");
    }
    expect(third).toContain("Sifat: Biasa");
    // The extra instruction is printed once, not added to the other blocks.
    expect(text.match(/Laporkan hasilnya/g)).toHaveLength(1);
  });

  it("signs a substitute's disposition with the post they stand in for and their own name under it", async () => {
    const [first] = blocks(pdfText(await renderDispositionSheet(sampleSheet())));
    // The title wraps in the signature column; its words come first, then the Plh's own name.
    expect(first!.replace(/\s+/g, " ")).toMatch(/Plh\. Kepala Dinas .*Komunikasi dan .*Informatika .*Sekar Ayuningtyas, S\.T\., M\.T\./);
    expect(first).not.toContain("a.n.");
    expect(first).not.toContain("Ahmad Sopian");
  });

  it("prints a dash for the applicant's letter number and date when the request gives none", async () => {
    const text = pdfText(await renderDispositionSheet(sampleSheet({ nomorSurat: null, tanggalSurat: null })));
    expect(text).toMatch(/Nomor surat\s+: —\s/);
    expect(text).toMatch(/Tanggal surat\s+: —\s/);
    // The registration number stays where the secretariat writes it, not in the letter's place.
    expect(text).not.toMatch(/Nomor surat\s+: BBL/);
    expect(text).toMatch(/Nomor agenda\s+: BBL-2026-000012/);
  });

  it("prints no Plh when the official disposed in person", async () => {
    const entry = { ...CHAIN[0]!, fromName: "Dr. Ahmad Sopian, S.Kom., M.Si.", fromTitle: "Kepala Dinas Komunikasi dan Informatika" };
    const text = pdfText(await renderDispositionSheet(sampleSheet({ entries: [entry] })));
    expect(text).not.toContain("Plh.");
    expect(text).toContain("Dr. Ahmad Sopian, S.Kom., M.Si.");
  });

  it("continues over more pages with 12 entries, the last note included", async () => {
    const entries = Array.from({ length: 12 }, (_, i) => ({
      ...CHAIN[i % 3]!,
      note: `Catatan nomor ${i + 1}: ${"lanjutkan sesuai arahan ".repeat(i)}`.trim(),
    }));
    const pdf = await renderDispositionSheet(sampleSheet({ entries }));
    const pages = (await PDFDocument.load(pdf)).getPageCount();
    expect(pages).toBeGreaterThan(1);

    const text = pdfText(pdf);
    expect(text).toContain("(lanjutan)");
    expect(text).toContain("DISPOSISI 12");
    expect(text).toContain("Catatan nomor 12:");
    expect(text).toContain(`Halaman ${pages} dari ${pages}`);
    expect(text.match(/Paraf: _+/g)).toHaveLength(12);
  });

  it("runs a block taller than a page over to the next page", async () => {
    const note = `${"Catatan yang sangat panjang sekali. ".repeat(300)}AKHIR_CATATAN`;
    const pdf = await renderDispositionSheet(sampleSheet({ entries: [{ ...CHAIN[0]!, note }] }));
    expect((await PDFDocument.load(pdf)).getPageCount()).toBeGreaterThan(1);
    const text = pdfText(pdf);
    expect(text).toContain("AKHIR_CATATAN");
    expect(text).toContain("DISPOSISI 1 (lanjutan)");
    expect(text).toContain("Paraf:");
  });

  it("says so when nothing has been disposed yet", async () => {
    const pdf = await renderDispositionSheet(sampleSheet({ entries: [], sifat: "Sangat Segera" }));
    const text = pdfText(pdf);
    expect(text).toContain("Belum ada disposisi.");
    expect(text).not.toContain("Dengan hormat harap");
    expect(ticked(text)).toEqual(["Sangat segera"]);
    expect((await PDFDocument.load(pdf)).getPageCount()).toBe(1);
  });

  it("does not throw on text the standard fonts cannot encode", async () => {
    const nasty = "Ωmega 🙏 ≤ → 漢字 \u0000\u200b\u202e";
    const pdf = await renderDispositionSheet(
      sampleSheet({
        agencyName: `Diskominfo ${nasty}`,
        agencyAddress: nasty,
        suratDari: nasty,
        nomorSurat: nasty,
        perihal: nasty,
        sifat: nasty,
        standardInstructions: [nasty, "Arsip"],
        entries: [{ ...CHAIN[0]!, fromName: nasty, fromTitle: nasty, toTitle: nasty, instructions: [nasty], note: nasty, atText: nasty }],
      }),
    );
    const text = pdfText(pdf);
    expect(text).toContain("?mega ? <= -> ??");
  });
});
