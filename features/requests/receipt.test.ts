import { PDFDocument, StandardFonts } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { pdfText } from "@/tests/support/pdf-text";
import { type ReceiptData, renderReceiptPdf, toWinAnsi } from "./receipt";

const FULL_NIP = "198609262015051001";

const LONG_DESCRIPTION =
  "Mohon dibuatkan subdomain “bappeda.bulungan.go.id” beserta hosting untuk website resmi Bappeda. " +
  "Kapasitas yang dibutuhkan ≤ 5 GB – database MySQL 1×, PHP 8.3, dan sertifikat SSL. Website lama " +
  "(bappeda-bulungan.blogspot.com) akan dimigrasikan → subdomain baru agar sesuai ketentuan domain instansi " +
  "pemerintah (go.id). Kontak teknis: Sdr. Andi, 0812-5555-1234.\n\n" +
  "Rincian kebutuhan: ".concat("halaman profil, berita, dokumen perencanaan (RPJMD, RKPD, Renstra), galeri, ".repeat(12)) +
  "BAGIAN_AKHIR_YANG_TERPOTONG";

function sampleReceipt(overrides: Partial<ReceiptData> = {}): ReceiptData {
  return {
    agencyName: "Dinas Komunikasi dan Informatika Kabupaten Bulungan",
    agencyUnit: "Bidang Penyelenggaraan E-Government",
    agencyContact: "Telepon (0552) 2031390 · diskominfo@bulungan.go.id",
    registrationNumber: "BLG-2026-000123",
    trackingCode: "K7M2QX9P",
    trackingUrl: "https://loket.bulungan.go.id/lacak?nomor=BLG-2026-000123&kode=K7M2QX9P",
    submittedAtText: "22 November 2026 14.05 WITA",
    applicantName: "Siti Nurhaliza Rahmawati, S.Kom.",
    employeeNumberLabel: "NIP",
    employeeNumberMasked: "198609**********01",
    opdName: "Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah",
    jabatan: "Pranata Komputer Ahli Pertama",
    serviceName: "Pembuatan Subdomain dan Hosting Website",
    scopeName: "Subdomain *.bulungan.go.id",
    letterNumber: "005/123/Bappeda/XI/2026",
    letterDateText: "20 November 2026",
    description: LONG_DESCRIPTION,
    documents: [
      { name: "Surat permohonan", fileName: "surat-permohonan-bappeda-2026.pdf", sizeText: "412 KB" },
      { name: "Formulir permohonan subdomain", fileName: "formulir_subdomain_ttd.pdf", sizeText: "1,2 MB" },
    ],
    slaText: "Maksimal 2×24 jam sejak berkas permohonan diterima dinas",
    expectedCompletionText: "Paling lambat 24 November 2026 14.05 WITA, dihitung sejak berkas dinyatakan lengkap",
    officerText: "Diterima oleh sistem Loket; verifikasi oleh Petugas Layanan",
    generatedAtText: "22 November 2026 14.05 WITA",
    ...overrides,
  };
}

function startsWithPdfHeader(pdf: Uint8Array): boolean {
  return Buffer.from(pdf.subarray(0, 5)).toString("latin1") === "%PDF-";
}

describe("toWinAnsi", () => {
  it("keeps what WinAnsi encodes", () => {
    const kept = "2×24 jam – “kutip” ‘satu’ — • é É ñ ü … € ™ · ° ½ ±";
    expect(toWinAnsi(kept)).toBe(kept);
    expect(toWinAnsi("Plain ASCII ~ {} [] | \\ ^ `")).toBe("Plain ASCII ~ {} [] | \\ ^ `");
  });

  it("replaces common characters outside WinAnsi with readable stand-ins", () => {
    expect(toWinAnsi("≤ 5 GB")).toBe("<= 5 GB");
    expect(toWinAnsi("≥ 90%")).toBe(">= 90%");
    expect(toWinAnsi("A → B")).toBe("A -> B");
    expect(toWinAnsi("−3")).toBe("-3");
    expect(toWinAnsi("Şişli")).toBe("Sisli"); // accent WinAnsi lacks: dropped, letter kept
    expect(toWinAnsi("e\u0301")).toBe("é"); // decomposed accent is composed first
    expect(toWinAnsi("Terima kasih 🙏")).toBe("Terima kasih ?"); // one "?" per code point
    expect(toWinAnsi("漢字")).toBe("??");
  });

  it("strips control and invisible formatting characters", () => {
    expect(toWinAnsi("a\u0000b\u0007c\u007fd\u0085e")).toBe("abcde");
    expect(toWinAnsi("a\tb\nc\r\nd")).toBe("a b c  d");
    expect(toWinAnsi("zero\u200bwidth\ufeff \u202elrm\u00ad")).toBe("zerowidth lrm");
    expect(toWinAnsi("a\u00a0b\u2009c")).toBe("a\u00a0b c");
  });

  it("only ever returns text Helvetica can encode", async () => {
    const doc = await PDFDocument.create();
    const font = await doc.embedFont(StandardFonts.Helvetica);
    let all = "";
    for (let cp = 0; cp < 0x3000; cp++) if (cp < 0xd800 || cp > 0xdfff) all += String.fromCodePoint(cp);
    all += "\u{1F600}\u{1F64F}\u{10000}\ud800"; // astral and a lone surrogate
    expect(() => font.encodeText(toWinAnsi(all))).not.toThrow();
  });
});

describe("renderReceiptPdf", () => {
  it("renders a one-page A4 receipt with metadata", async () => {
    const pdf = await renderReceiptPdf(sampleReceipt());
    expect(startsWithPdfHeader(pdf)).toBe(true);

    // updateMetadata: false, or pdf-lib stamps its own producer and dates on load.
    const loaded = await PDFDocument.load(pdf, { updateMetadata: false });
    expect(loaded.getPageCount()).toBe(1);
    const { width, height } = loaded.getPage(0).getSize();
    expect(width).toBeCloseTo(595.28, 1);
    expect(height).toBeCloseTo(841.89, 1);
    expect(loaded.getTitle()).toBe("Tanda Terima BLG-2026-000123");
    expect(loaded.getAuthor()).toBe("Dinas Komunikasi dan Informatika Kabupaten Bulungan");
    expect(loaded.getSubject()).toBe("Bukti permohonan layanan");
    expect(loaded.getProducer()).toBe("Loket");
    expect(loaded.getCreationDate()).toBeInstanceOf(Date);
  });

  it("draws the receipt's text, extractable by pdftotext, with the NIP masked", async () => {
    const data = sampleReceipt();
    const text = pdfText(await renderReceiptPdf(data));

    expect(text).toContain("TANDA TERIMA PERMOHONAN LAYANAN");
    expect(text).toContain("Bukti Permohonan");
    expect(text).toContain(data.registrationNumber);
    expect(text).toContain(data.trackingCode);
    expect(text).toContain(data.applicantName);
    expect(text).toContain("198609**********01");
    expect(text).toContain(data.serviceName);
    expect(text).toContain(data.opdName);
    expect(text).toContain("2×24 jam");
    expect(text).toMatch(/Nomor surat\s+005\/123\/Bappeda\/XI\/2026/);
    expect(text).toMatch(/Tanggal surat\s+20 November 2026/);
    expect(text).toContain("“bappeda.bulungan.go.id”");
    expect(text).toContain("<= 5 GB – database"); // "≤" replaced, en dash kept
    expect(text).toContain("surat-permohonan-bappeda-2026.pdf (412 KB)");
    expect(text).toContain("Pindai untuk melacak permohonan");
    expect(text).toContain("Kode lacak bersifat rahasia");
    expect(text).toContain("Dicetak 22 November 2026 14.05 WITA");

    // The long description is cut with an ellipsis, not run off the page.
    expect(text).toContain("…");
    expect(text).not.toContain("BAGIAN_AKHIR_YANG_TERPOTONG");

    // Personal data (DOMAIN §8): never the full number, however the text is split.
    expect(text).not.toContain(FULL_NIP);
    expect(text.replace(/\s+/g, "")).not.toContain(FULL_NIP);
  });

  it("survives a 5 000-character description", async () => {
    const description = "Permohonan hosting – kapasitas 2×, “penting” ≤ 10 GB. ".repeat(100).slice(0, 5000);
    expect(description).toHaveLength(5000);
    const pdf = await renderReceiptPdf(sampleReceipt({ description }));
    expect(startsWithPdfHeader(pdf)).toBe(true);
    const loaded = await PDFDocument.load(pdf);
    expect(loaded.getPageCount()).toBeGreaterThanOrEqual(1);
  });

  it("continues on further pages when the content does not fit one", async () => {
    const documents = Array.from({ length: 90 }, (_, i) => ({
      name: `Lampiran ${i + 1}`,
      fileName: `lampiran-${String(i + 1).padStart(3, "0")}.pdf`,
      sizeText: "88 KB",
    }));
    const pdf = await renderReceiptPdf(sampleReceipt({ documents }));
    const loaded = await PDFDocument.load(pdf);
    expect(loaded.getPageCount()).toBeGreaterThan(1);

    const text = pdfText(pdf);
    for (const doc of documents) expect(text).toContain(doc.fileName);
    expect(text).toContain("(lanjutan)");
    expect(text).toContain(`Halaman ${loaded.getPageCount()} dari ${loaded.getPageCount()}`);
    expect(text).toContain("Diterima oleh sistem Loket"); // rows after the list made it too
  });

  it("does not throw on text the standard fonts cannot encode, in any field", async () => {
    const nasty = "Ωmega 🙏 ≤ → 漢字 \u0000\u200b\u202e";
    const pdf = await renderReceiptPdf(
      sampleReceipt({
        agencyName: `Diskominfo ${nasty}`,
        agencyUnit: nasty,
        agencyContact: nasty,
        applicantName: `Siti ${nasty}`,
        employeeNumberLabel: "NIK",
        employeeNumberMasked: "650101**********0003",
        jabatan: nasty,
        scopeName: null,
        letterNumber: null,
        letterDateText: null,
        description: "",
        documents: [],
        trackingUrl: `https://loket.example.go.id/lacak?nomor=BLG-2026-000123&kode=K7M2QX9P&x=${"a".repeat(400)}`,
      }),
    );
    const text = pdfText(pdf);
    expect(text).toContain("Siti ?mega ? <= -> ??");
    expect(text).toContain("Tidak ada dokumen");
    expect(text).not.toContain("Lingkup layanan");
    expect(text).not.toContain("Nomor surat");
    expect((await PDFDocument.load(pdf)).getPageCount()).toBe(1);
  });
});
