import { PDFDocument } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { pdfText } from "@/tests/support/pdf-text";
import { type CompletionLetterData, renderCompletionLetter } from "./completion-letter";

function sampleLetter(overrides: Partial<CompletionLetterData> = {}): CompletionLetterData {
  return {
    agencyName: "Dinas Komunikasi dan Informatika Kabupaten Bulungan",
    agencyUnit: "Bidang Penyelenggaraan E-Government",
    agencyAddress: "Jl. Jelarai Raya, Tanjung Selor, Kabupaten Bulungan, Kalimantan Utara 77212",
    agencyContact: "Telepon (0552) 2031390 · diskominfo@bulungan.go.id",
    place: "Tanjung Selor",
    dateText: "24 November 2026",
    letterNumber: "BLG-2026-000123/SP",
    recipientName: "Siti Nurhaliza Rahmawati, S.Kom.",
    recipientJabatan: "Pranata Komputer Ahli Pertama",
    recipientOpd: "Bappeda Kabupaten Bulungan",
    registrationNumber: "BLG-2026-000123",
    serviceName: "Pembuatan Subdomain dan Hosting Website",
    scopeName: "Subdomain *.bulungan.go.id",
    submittedAtText: "22 November 2026 14.05 WITA",
    completedAtText: "24 November 2026 10.30 WITA",
    resultSummary:
      "Subdomain bappeda.bulungan.go.id telah dibuat dan diarahkan ke server hosting.\n" +
      "- Hosting 5 GB dengan PHP 8.3 telah diaktifkan;\n" +
      "- Sertifikat SSL terpasang dan diperbarui otomatis.",
    resultDocuments: ["berita-acara-aktivasi-hosting.pdf", "panduan-pengelolaan-cpanel.pdf"],
    signerTitle: "Kepala Bidang Penyelenggaraan E-Government",
    signerName: "Ir. Hendra Wijaya, M.T.",
    trackingUrl: "https://loket.bulungan.go.id/lacak?nomor=BLG-2026-000123&kode=K7M2QX9P",
    ...overrides,
  };
}

/** Justified lines widen the spaces and paragraphs wrap: compare text with whitespace collapsed. */
function flat(text: string): string {
  return text.replace(/\s+/g, " ");
}

describe("renderCompletionLetter", () => {
  it("renders a one-page A4 letter with metadata", async () => {
    const pdf = await renderCompletionLetter(sampleLetter());
    expect(Buffer.from(pdf.subarray(0, 5)).toString("latin1")).toBe("%PDF-");
    const loaded = await PDFDocument.load(pdf, { updateMetadata: false });
    expect(loaded.getPageCount()).toBe(1);
    const { width, height } = loaded.getPage(0).getSize();
    expect(width).toBeCloseTo(595.28, 1);
    expect(height).toBeCloseTo(841.89, 1);
    expect(loaded.getTitle()).toBe("Surat Penyelesaian BLG-2026-000123");
    expect(loaded.getAuthor()).toBe("Dinas Komunikasi dan Informatika Kabupaten Bulungan");
    expect(loaded.getProducer()).toBe("Loket");
  });

  it("addresses the OPD and reports the result, the documents and the signer", async () => {
    const data = sampleLetter();
    const text = pdfText(await renderCompletionLetter(data));
    const body = flat(text);

    expect(text).toContain("DINAS KOMUNIKASI DAN INFORMATIKA KABUPATEN BULUNGAN");
    expect(text).toMatch(/Nomor\s+: BLG-2026-000123\/SP/);
    expect(text).toMatch(/Lampiran\s+: 2 berkas/);
    expect(text).toMatch(/Perihal\s+: Penyelesaian Permohonan Layanan/);
    expect(text).toContain("Kepada Yth.");
    expect(body).toContain("Pranata Komputer Ahli Pertama Bappeda Kabupaten Bulungan");
    expect(text).toContain("u.p. Siti Nurhaliza Rahmawati, S.Kom.");
    expect(text).toContain("Tempat");

    expect(body).toContain(
      "Menindaklanjuti permohonan Saudara nomor BLG-2026-000123 tanggal 22 November 2026 14.05 WITA tentang " +
        "Pembuatan Subdomain dan Hosting Website (Subdomain *.bulungan.go.id), dengan ini kami sampaikan bahwa " +
        "permohonan tersebut telah selesai dilaksanakan pada 24 November 2026 10.30 WITA dengan hasil sebagai berikut:",
    );
    expect(body).toContain("Subdomain bappeda.bulungan.go.id telah dibuat dan diarahkan ke server hosting.");
    expect(body).toContain("- Hosting 5 GB dengan PHP 8.3 telah diaktifkan;");
    expect(body).toContain("Lampiran");
    expect(text).toMatch(/1\.\s+berita-acara-aktivasi-hosting\.pdf/);
    expect(text).toMatch(/2\.\s+panduan-pengelolaan-cpanel\.pdf/);
    expect(body).toContain("Demikian disampaikan, atas perhatiannya kami ucapkan terima kasih.");

    expect(text).toContain("Tanjung Selor, 24 November 2026");
    expect(body).toContain("Kepala Bidang Penyelenggaraan E-Government,");
    expect(text).toContain("Ir. Hendra Wijaya, M.T.");
    expect(body).toContain("https://loket.bulungan.go.id/lacak?nomor=BLG-2026-000123&kode=K7M2QX9P");

    // The signature block comes after the closing sentence.
    expect(text.indexOf("Ir. Hendra Wijaya")).toBeGreaterThan(text.indexOf("Demikian disampaikan"));
  });

  it("leaves the document list out and says so in Lampiran when nothing was handed over", async () => {
    const text = pdfText(await renderCompletionLetter(sampleLetter({ resultDocuments: [], scopeName: null })));
    expect(text).toMatch(/Lampiran\s+: -/);
    expect(text).not.toContain("1. ");
    expect(flat(text)).toContain("tentang Pembuatan Subdomain dan Hosting Website, dengan ini");
  });

  it("runs over to a second page with a long summary and many documents", async () => {
    const resultSummary = Array.from({ length: 30 }, (_, i) => `${i + 1}. Pekerjaan tahap ${i + 1} selesai, diuji, dan diserahterimakan.`).join("\n");
    const resultDocuments = Array.from({ length: 25 }, (_, i) => `dokumen-hasil-${i + 1}.pdf`);
    const pdf = await renderCompletionLetter(sampleLetter({ resultSummary, resultDocuments }));
    const pages = (await PDFDocument.load(pdf)).getPageCount();
    expect(pages).toBeGreaterThan(1);
    const text = pdfText(pdf);
    expect(text).toContain("Pekerjaan tahap 30 selesai");
    expect(text).toContain("dokumen-hasil-25.pdf");
    expect(text).toContain("(lanjutan)");
    expect(text).toContain(`Halaman ${pages} dari ${pages}`);
    expect(text).toContain("Ir. Hendra Wijaya, M.T.");
  });

  it("does not throw on text the standard fonts cannot encode", async () => {
    const nasty = "Ωmega 🙏 ≤ → 漢字 \u0000\u200b\u202e";
    const pdf = await renderCompletionLetter(
      sampleLetter({
        agencyName: nasty,
        agencyUnit: nasty,
        recipientOpd: nasty,
        resultSummary: `${nasty}\n\n\n${"x".repeat(500)}`,
        resultDocuments: [nasty],
        signerName: nasty,
        trackingUrl: `https://loket.example.go.id/lacak?x=${"a".repeat(400)}`,
      }),
    );
    expect(flat(pdfText(pdf))).toContain("?mega ? <= -> ??");
  });
});
