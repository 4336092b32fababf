import { PDFDocument, PDFName, PDFString } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { acceptUploads, type DocumentRule, type UploadedFile } from "./uploads";

const LETTER: DocumentRule = {
  code: "surat-permohonan",
  name: "surat permohonan",
  required: true,
  allowedTypes: ["application/pdf"],
  maxSizeBytes: 1024 * 1024,
};
const PHOTO: DocumentRule = {
  code: "foto",
  name: "foto lokasi",
  required: false,
  allowedTypes: ["image/jpeg", "image/png"],
  maxSizeBytes: 1024 * 1024,
};

function file(name: string, content: string, size = content.length): UploadedFile {
  return { name, size, bytes: new TextEncoder().encode(content) };
}

const missing = { missingMessage: (name: string) => `Unggah ${name}.` };

describe("acceptUploads", async () => {
  it("accepts a file whose content matches its rule, with the sniffed type and the stored name", async () => {
    const pdf = file("surat.pdf", "%PDF-1.4\n%%EOF\n");
    expect(await acceptUploads([LETTER], { "surat-permohonan": pdf }, missing)).toEqual({
      accepted: [{ code: "surat-permohonan", name: "surat permohonan", fileName: "surat.pdf", type: "application/pdf", file: pdf }],
      fieldErrors: {},
    });
  });

  it("asks for a missing required document with the caller's message, and not for an optional one", async () => {
    expect(await acceptUploads([LETTER, PHOTO], {}, missing)).toEqual({
      accepted: [],
      fieldErrors: { "document.surat-permohonan": ["Unggah surat permohonan."] },
    });
    const revision = { missingMessage: (name: string) => `Unggah ${name} yang sudah diperbaiki.` };
    expect((await acceptUploads([LETTER], {}, revision)).fieldErrors).toEqual({
      "document.surat-permohonan": ["Unggah surat permohonan yang sudah diperbaiki."],
    });
  });

  it("reports a file that fails its check under the document's input name", async () => {
    const result = await acceptUploads([LETTER], { "surat-permohonan": file("surat.pdf", "MZ\x90\x00") }, missing);
    expect(result.accepted).toEqual([]);
    expect(result.fieldErrors).toEqual({
      "document.surat-permohonan": ["Berkas “surat.pdf” adalah program (executable), bukan dokumen. Unggah dokumen PDF."],
    });
  });

  it("refuses a PDF with active content, naming the document", async () => {
    const doc = await PDFDocument.create();
    doc.addPage();
    doc.catalog.set(PDFName.of("OpenAction"), doc.context.obj({ S: "JavaScript", JS: PDFString.of("app.alert(1)") }));
    const bytes = await doc.save();
    const result = await acceptUploads([LETTER], { "surat-permohonan": { name: "surat.pdf", size: bytes.length, bytes } }, missing);
    expect(result.accepted).toEqual([]);
    expect(result.fieldErrors["document.surat-permohonan"]).toEqual([
      "Berkas “surat.pdf” untuk surat permohonan berisi skrip (JavaScript) yang dapat dijalankan oleh pembaca PDF, sehingga tidak diterima. Simpan ulang sebagai PDF biasa (misalnya Cetak → Simpan sebagai PDF) lalu unggah lagi.",
    ]);
  });

  it("ignores files for codes no rule names", async () => {
    expect(await acceptUploads([PHOTO], { lain: file("x.pdf", "%PDF-1.4\n") }, missing)).toEqual({ accepted: [], fieldErrors: {} });
  });
});
