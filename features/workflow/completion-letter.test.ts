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
    dateText: "4 Desember 2026",
    letterNumber: "BLG-2026-000123/SP",
    recipientName: "Siti Nurhaliza Rahmawati, S.Kom.",
    recipientJabatan: "Pranata Komputer Ahli Pertama",
    recipientOpd: "Bappeda Kabupaten Bulungan",
    registrationNumber: "BLG-2026-000123",
    applicantLetterNumber: "000.7/412/Bappeda/XI/2026",
    applicantLetterDateText: "20 November 2026",
    serviceName: "Pembuatan Subdomain dan Hosting Website",
    scopeName: "Subdomain *.bulungan.go.id",
    submittedAtText: "22 November 2026 14.05 WITA",
    completedAtText: "24 November 2026 10.30 WITA",
    resultSummary:
      "Subdomain bappeda.bulungan.go.id telah dibuat dan diarahkan ke server hosting.\n" +
      "- Hosting 5 GB dengan PHP 8.3 telah diaktifkan;\n" +
      "- Sertifikat SSL terpasang dan diperbarui otomatis.",
    resultDocuments: ["berita-acara-aktivasi-hosting.pdf", "panduan-pengelolaan-cpanel.pdf"],
    signature: {
      onBehalfOf: "Kepala Dinas Komunikasi dan Informatika Kabupaten Bulungan",
      title: "Kepala Bidang Penyelenggaraan E-Government",
      name: "Ir. Hendra Wijaya, M.T.",
      nip: "197703142005011003",
    },
    trackingUrl: "https://loket.bulungan.go.id/lacak?nomor=BLG-2026-000123&kode=K7M2QX9P",
    ...overrides,
  };
}

/**
 * The signature block's lines, from the place-and-date line to the end of the page's text (the
 * block sits in the right half: each of its lines is the last thing on its layout line).
 */
function signatureBlock(text: string): string[] {
  const lines = text.split("\n").map((l) => l.trim());
  const start = lines.findIndex((l) => /^Tanjung Selor, /.test(l));
  const end = lines.findIndex((l, i) => i > start && /^Status permohonan /.test(l));
  return lines.slice(start, end).filter(Boolean);
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

    // A reply to the OPD's own letter names it first, then the registration.
    expect(body).toContain(
      "Menindaklanjuti surat Saudara nomor 000.7/412/Bappeda/XI/2026 tanggal 20 November 2026 tentang permohonan " +
        "Pembuatan Subdomain dan Hosting Website (Subdomain *.bulungan.go.id), yang kami terima dengan nomor registrasi " +
        "BLG-2026-000123 pada 22 November 2026 14.05 WITA, dengan ini kami sampaikan bahwa permohonan tersebut telah " +
        "selesai dilaksanakan pada 24 November 2026 10.30 WITA dengan hasil sebagai berikut:",
    );
    expect(body).toContain("Subdomain bappeda.bulungan.go.id telah dibuat dan diarahkan ke server hosting.");
    expect(body).toContain("- Hosting 5 GB dengan PHP 8.3 telah diaktifkan;");
    expect(body).toContain("Lampiran");
    expect(text).toMatch(/1\.\s+berita-acara-aktivasi-hosting\.pdf/);
    expect(text).toMatch(/2\.\s+panduan-pengelolaan-cpanel\.pdf/);
    expect(body).toContain("Demikian disampaikan, atas perhatiannya kami ucapkan terima kasih.");

    // The signature block comes after the closing sentence.
    expect(text.indexOf("Ir. Hendra Wijaya")).toBeGreaterThan(text.indexOf("Demikian disampaikan"));
    expect(body).toContain("https://loket.bulungan.go.id/lacak?nomor=BLG-2026-000123&kode=K7M2QX9P");
  });

  it("is signed for the Kepala Dinas: place and date, a.n., the signer's title, name and NIP", async () => {
    const text = pdfText(await renderCompletionLetter(sampleLetter()));
    const lines = signatureBlock(text);
    expect(lines.join(" ")).toBe(
      "Tanjung Selor, 4 Desember 2026 a.n. Kepala Dinas Komunikasi dan Informatika Kabupaten Bulungan " +
        "Kepala Bidang Penyelenggaraan E-Government, Ir. Hendra Wijaya, M.T. NIP. 197703142005011003",
    );
    // Each part starts its own line: the date, "a.n. …", the signer's title, the name, the NIP.
    expect(lines[0]).toBe("Tanjung Selor, 4 Desember 2026");
    expect(lines[1]).toMatch(/^a\.n\. Kepala Dinas/);
    expect(lines.some((l) => l.startsWith("Kepala Bidang"))).toBe(true);
    expect(lines.slice(-2)).toEqual(["Ir. Hendra Wijaya, M.T.", "NIP. 197703142005011003"]);
  });

  it("leaves the NIP line out when the signer's NIP is not known", async () => {
    const data = sampleLetter();
    const text = pdfText(await renderCompletionLetter({ ...data, signature: { ...data.signature, nip: null } }));
    expect(signatureBlock(text).at(-1)).toBe("Ir. Hendra Wijaya, M.T.");
    expect(text).not.toContain("NIP");
  });

  it("has no a.n. when the Kepala Dinas signs in person", async () => {
    const signature = {
      onBehalfOf: null,
      title: "Kepala Dinas Komunikasi dan Informatika Kabupaten Bulungan",
      name: "Hj. Siti Aminah",
      nip: "197008121995032002",
    };
    const text = pdfText(await renderCompletionLetter(sampleLetter({ signature })));
    expect(text).not.toContain("a.n.");
    const lines = signatureBlock(text);
    expect(lines.join(" ")).toBe(
      "Tanjung Selor, 4 Desember 2026 Kepala Dinas Komunikasi dan Informatika Kabupaten Bulungan, Hj. Siti Aminah NIP. 197008121995032002",
    );
    expect(lines.slice(-2)).toEqual(["Hj. Siti Aminah", "NIP. 197008121995032002"]);
  });

  it("refers to the registration alone when the request names no letter of the applicant", async () => {
    const text = pdfText(await renderCompletionLetter(sampleLetter({ applicantLetterNumber: null, applicantLetterDateText: null })));
    expect(flat(text)).toContain(
      "Menindaklanjuti permohonan Saudara nomor registrasi BLG-2026-000123 tanggal 22 November 2026 14.05 WITA tentang " +
        "Pembuatan Subdomain dan Hosting Website (Subdomain *.bulungan.go.id), dengan ini kami sampaikan",
    );
    expect(text).not.toContain("surat Saudara");
  });

  it("leaves the document list out and says so in Lampiran when nothing was handed over", async () => {
    const text = pdfText(await renderCompletionLetter(sampleLetter({ resultDocuments: [], scopeName: null })));
    expect(text).toMatch(/Lampiran\s+: -/);
    expect(text).not.toContain("1. ");
    expect(flat(text)).toContain("tentang permohonan Pembuatan Subdomain dan Hosting Website, yang kami terima");
  });

  it("runs over to a second page with a long summary and many documents", async () => {
    const resultSummary = Array.from(
      { length: 30 },
      (_, i) => `${i + 1}. Pekerjaan tahap ${i + 1} selesai, diuji, dan diserahterimakan.`,
    ).join("\n");
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
        signature: { onBehalfOf: nasty, title: nasty, name: nasty, nip: nasty },
        trackingUrl: `https://loket.example.go.id/lacak?x=${"a".repeat(400)}`,
      }),
    );
    expect(flat(pdfText(pdf))).toContain("?mega ? <= -> ??");
  });
});
