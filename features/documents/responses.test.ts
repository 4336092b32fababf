import { describe, expect, it } from "vitest";
import { csvResponse, pdfResponse, storedFileResponse } from "./responses";

describe("file responses", () => {
  it("a PDF downloads privately under a safe name", async () => {
    const response = pdfResponse(new TextEncoder().encode("%PDF-1.4"), "tanda-terima-BLG-2026-000001.pdf");
    expect(Object.fromEntries(response.headers)).toMatchObject({
      "content-type": "application/pdf",
      "content-disposition": `attachment; filename="tanda-terima-BLG-2026-000001.pdf"; filename*=UTF-8''tanda-terima-BLG-2026-000001.pdf`,
      "cache-control": "private, no-store",
      "x-content-type-options": "nosniff",
    });
    expect(await response.text()).toBe("%PDF-1.4");
  });

  it("a name with quotes, slashes or non-ASCII letters cannot break the header", () => {
    const header = csvResponse("a,b\n", 'laporan "akhir"\\Dinas Pendidikan — Ó.csv').headers.get("content-disposition")!;
    expect(header).toBe(
      `attachment; filename="laporan _akhir__Dinas Pendidikan _ _.csv"; filename*=UTF-8''${encodeURIComponent('laporan "akhir"\\Dinas Pendidikan — Ó.csv')}`,
    );
    expect(header).not.toMatch(/[\r\n]/);
  });

  it("an uploaded file is sandboxed, sized, and opens inline only when asked", () => {
    const doc = { contentType: "image/png", fileName: "hasil.png", sizeBytes: 3 };
    const download = storedFileResponse(new Blob([new Uint8Array(3)]).stream(), doc);
    const inline = storedFileResponse(new Blob([new Uint8Array(3)]).stream(), doc, true);
    expect(download.headers.get("content-security-policy")).toBe("default-src 'none'; sandbox");
    expect(download.headers.get("content-length")).toBe("3");
    expect(download.headers.get("content-disposition")).toMatch(/^attachment; /);
    expect(inline.headers.get("content-disposition")).toMatch(/^inline; filename="hasil.png"/);
  });
});
