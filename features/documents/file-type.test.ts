import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkUpload, formatFileSize, looksExecutable, MAX_FILE_NAME_LENGTH, safeFileName, sniffFileType } from "./file-type";

const ascii = (text: string) => new TextEncoder().encode(text);
const bytes = (...values: number[]) => Uint8Array.from(values);
const concat = (...parts: Uint8Array[]) => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const p of parts) {
    out.set(p, offset);
    offset += p.length;
  }
  return out;
};

const PDF = ascii("%PDF-1.7\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog >>\nendobj\n");
const JPEG = bytes(0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46);
const PNG = bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d);
const EXE = concat(ascii("MZ"), bytes(0x90, 0x00, 0x03, 0x00));

describe("sniffFileType", () => {
  it("recognises PDF, JPEG and PNG by their first bytes", () => {
    expect(sniffFileType(PDF)).toBe("application/pdf");
    expect(sniffFileType(JPEG)).toBe("image/jpeg");
    expect(sniffFileType(PNG)).toBe("image/png");
  });

  it("allows a BOM and whitespace before %PDF-, but nothing else", () => {
    expect(sniffFileType(concat(bytes(0xef, 0xbb, 0xbf), ascii("\r\n  "), PDF))).toBe("application/pdf");
    expect(sniffFileType(concat(ascii("<html>"), PDF))).toBeNull();
    expect(sniffFileType(concat(new Uint8Array(1020).fill(0x20), PDF))).toBeNull();
    expect(sniffFileType(concat(new Uint8Array(1019).fill(0x20), PDF))).toBe("application/pdf");
    expect(sniffFileType(ascii("%PDF1.7"))).toBeNull();
  });

  it("returns null for other or truncated content", () => {
    expect(sniffFileType(new Uint8Array())).toBeNull();
    expect(sniffFileType(bytes(0xff, 0xd8))).toBeNull();
    expect(sniffFileType(PNG.slice(0, 7))).toBeNull();
    expect(sniffFileType(ascii("PK\u0003\u0004word/document.xml"))).toBeNull();
  });
});

describe("looksExecutable", () => {
  it.each([
    ["Windows PE", EXE],
    ["ELF", bytes(0x7f, 0x45, 0x4c, 0x46, 0x02)],
    ["Mach-O FEEDFACE", bytes(0xfe, 0xed, 0xfa, 0xce)],
    ["Mach-O FEEDFACF", bytes(0xfe, 0xed, 0xfa, 0xcf)],
    ["Mach-O CEFAEDFE", bytes(0xce, 0xfa, 0xed, 0xfe)],
    ["Mach-O CFFAEDFE", bytes(0xcf, 0xfa, 0xed, 0xfe)],
    ["shell script", ascii("#!/bin/sh\nrm -rf /\n")],
  ])("flags %s", (_, content) => {
    expect(looksExecutable(content)).toBe(true);
  });

  it("does not flag documents", () => {
    for (const content of [PDF, JPEG, PNG, ascii("# Judul"), new Uint8Array()]) expect(looksExecutable(content)).toBe(false);
  });
});

describe("checkUpload", () => {
  const letter = { allowedTypes: ["application/pdf"], maxSizeBytes: 5 * 1024 * 1024, label: "surat permohonan" };
  const scan = { ...letter, allowedTypes: ["application/pdf", "image/jpeg", "image/png"], label: "hasil pindaian" };

  it("accepts a PDF and returns its type and a safe name", () => {
    expect(checkUpload({ name: "C:\\Dokumen\\Surat Permohonan.PDF", size: 120_000, bytes: PDF }, letter)).toEqual({
      ok: true,
      type: "application/pdf",
      fileName: "Surat Permohonan.pdf",
    });
  });

  it("rejects an empty file", () => {
    expect(checkUpload({ name: "surat.pdf", size: 0, bytes: new Uint8Array() }, letter)).toEqual({
      ok: false,
      message: "Berkas “surat.pdf” kosong (0 byte); periksa kembali berkas surat permohonan Anda lalu unggah ulang.",
    });
  });

  it("rejects a file over the limit, giving both sizes", () => {
    expect(checkUpload({ name: "surat.pdf", size: 6_500_000, bytes: PDF }, letter)).toEqual({
      ok: false,
      message: "Berkas “surat.pdf” berukuran 6,2 MB; batas untuk surat permohonan adalah 5 MB.",
    });
    // Just over the limit never reads as equal to it.
    expect(checkUpload({ name: "surat.pdf", size: 5 * 1024 * 1024 + 1, bytes: PDF }, letter)).toMatchObject({
      message: "Berkas “surat.pdf” berukuran 5,1 MB; batas untuk surat permohonan adalah 5 MB.",
    });
    expect(checkUpload({ name: "surat.pdf", size: 5 * 1024 * 1024, bytes: PDF }, letter).ok).toBe(true);
  });

  it("rejects a program renamed .pdf as a program", () => {
    expect(checkUpload({ name: "surat.pdf", size: 48_000, bytes: EXE }, letter)).toEqual({
      ok: false,
      message: "Berkas “surat.pdf” adalah program (executable), bukan dokumen. Unggah dokumen PDF.",
    });
    expect(checkUpload({ name: "scan.jpg", size: 48_000, bytes: EXE }, scan)).toMatchObject({
      message: "Berkas “scan.jpg” adalah program (executable), bukan dokumen. Unggah dokumen PDF, JPEG, atau PNG.",
    });
  });

  it("judges by content, not by the name", () => {
    expect(checkUpload({ name: "surat.pdf", size: 2_000, bytes: ascii("<html><body>Surat</body></html>") }, letter)).toEqual({
      ok: false,
      message: "Isi berkas “surat.pdf” bukan PDF walaupun namanya berakhiran .pdf. Simpan ulang dokumen sebagai PDF lalu unggah lagi.",
    });
    expect(checkUpload({ name: "surat.pdf", size: 2_000, bytes: PNG }, letter)).toEqual({
      ok: false,
      message:
        "Isi berkas “surat.pdf” bukan PDF walaupun namanya berakhiran .pdf. Isinya gambar PNG. Simpan ulang dokumen sebagai PDF lalu unggah lagi.",
    });
    expect(checkUpload({ name: "foto.png", size: 2_000, bytes: PNG }, letter)).toEqual({
      ok: false,
      message: "Berkas “foto.png” berjenis PNG; untuk surat permohonan hanya diterima PDF.",
    });
    expect(checkUpload({ name: "surat.docx", size: 2_000, bytes: ascii("PK\u0003\u0004") }, letter)).toEqual({
      ok: false,
      message: "Isi berkas “surat.docx” bukan PDF; untuk surat permohonan hanya diterima PDF.",
    });
    // Allowed content under a misleading name is fine; the stored name gets the right extension.
    expect(checkUpload({ name: "scan.pdf", size: 2_000, bytes: JPEG }, scan)).toEqual({
      ok: true,
      type: "image/jpeg",
      fileName: "scan.jpg",
    });
  });

  it("shows a cleaned, shortened name in messages", () => {
    const result = checkUpload({ name: `../../${"a".repeat(100)}\u202Efdp.exe`, size: 10, bytes: EXE }, letter);
    expect(result).toMatchObject({ ok: false });
    const message = result.ok ? "" : result.message;
    expect(message).not.toContain("/");
    expect(message).not.toContain("\u202E");
    expect(message).toContain(`“${"a".repeat(60)}…`);
  });
});

describe("formatFileSize", () => {
  it("uses binary units and a decimal comma", () => {
    expect(formatFileSize(512)).toBe("512 byte");
    expect(formatFileSize(500 * 1024)).toBe("500 KB");
    expect(formatFileSize(2 * 1024 * 1024)).toBe("2 MB");
    expect(formatFileSize(1.25 * 1024 * 1024)).toBe("1,3 MB");
  });
});

describe("safeFileName", () => {
  it("drops folders and replaces the extension with the real type's", () => {
    expect(safeFileName("C:\\Users\\budi\\Surat Permohonan.PDF", "application/pdf")).toBe("Surat Permohonan.pdf");
    expect(safeFileName("../../etc/passwd", "application/pdf")).toBe("passwd.pdf");
    expect(safeFileName("foto KTP.jpeg", "image/jpeg")).toBe("foto KTP.jpg");
    expect(safeFileName("laporan", "image/png")).toBe("laporan.png");
  });

  it("removes control and direction-override characters and hidden-file dots", () => {
    expect(safeFileName("foto\u202Egnp.exe", "image/jpeg")).toBe("fotognp.jpg");
    expect(safeFileName("surat\u0000\n\tdinas.pdf", "application/pdf")).toBe("suratdinas.pdf");
    expect(safeFileName("...", "application/pdf")).toBe("berkas.pdf");
    expect(safeFileName(".htaccess", "application/pdf")).toBe("berkas.pdf");
    expect(safeFileName("a:b?c.pdf", "application/pdf")).toBe("a_b_c.pdf");
    expect(safeFileName("CON.pdf", "application/pdf")).toBe("_CON.pdf");
  });

  it("keeps long names readable within the limit without splitting characters", () => {
    const long = safeFileName(`${"Permohonan ".repeat(30)}.pdf`, "application/pdf");
    expect(long).toHaveLength(MAX_FILE_NAME_LENGTH);
    expect(long).toBe(`${"Permohonan ".repeat(30).slice(0, 116)}.pdf`);
    const emoji = safeFileName(`${"📄".repeat(100)}.pdf`, "application/pdf");
    expect(emoji).toBe(`${"📄".repeat(58)}.pdf`);
  });

  it("always yields a short, flat name with the type's extension", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: "binary", maxLength: 200 }),
        fc.constantFrom("application/pdf", "image/jpeg", "image/png" as const),
        (name, type) => {
          const safe = safeFileName(name, type);
          expect(safe.length).toBeLessThanOrEqual(MAX_FILE_NAME_LENGTH);
          expect(safe).toMatch(/\.(pdf|jpg|png)$/);
          expect(safe).not.toMatch(/[/\\<>:"|?*\p{Cc}\p{Cf}]/u);
          expect(safe.startsWith(".")).toBe(false);
          expect(safe).toBe(safe.normalize("NFC"));
        },
      ),
    );
  });
});
