import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

/**
 * Text of a PDF as poppler's pdftotext sees it, layout kept: proves the text is really drawn and
 * extractable. Takes the PDF's bytes or the path of a PDF file.
 */
export function pdfText(pdf: Uint8Array | string): string {
  if (typeof pdf === "string") return pdftotext(pdf);
  const dir = mkdtempSync(path.join(tmpdir(), "loket-pdf-text-"));
  try {
    const file = path.join(dir, "document.pdf");
    writeFileSync(file, pdf);
    return pdftotext(file);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function pdftotext(file: string): string {
  try {
    return execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") {
      throw new Error("pdftotext not found: this test needs poppler-utils (apt-get install poppler-utils)");
    }
    throw error;
  }
}
