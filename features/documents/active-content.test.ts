import { deflateSync } from "node:zlib";
import { PDFDocument, PDFHexString, PDFName, PDFString } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { findActiveContent } from "./active-content";

/** A plain one-page document, as pdf-lib writes it (object streams, compressed). */
async function plainDocument(configure?: (doc: PDFDocument) => void | Promise<void>, useObjectStreams = true): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const page = doc.addPage([595, 842]);
  page.drawText("Surat permohonan", { x: 50, y: 780, size: 14 });
  await configure?.(doc);
  return doc.save({ useObjectStreams });
}

/** A hand-written PDF from object bodies (numbered from 1), with a trailer; readers find objects by scanning too. */
function handWritten(bodies: string[], trailer = "/Root 1 0 R"): Uint8Array {
  let out = "%PDF-1.7\n";
  bodies.forEach((body, i) => (out += `${i + 1} 0 obj\n${body}\nendobj\n`));
  out += `trailer\n<< /Size ${bodies.length + 1} ${trailer} >>\n%%EOF\n`;
  return new TextEncoder().encode(out);
}

const CATALOG_AND_PAGE = ["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>"];
const latin1 = (bytes: Uint8Array) => Buffer.from(bytes).toString("latin1");

describe("findActiveContent", () => {
  it("finds nothing in an ordinary document, with a page destination opened and a web link", async () => {
    const bytes = await plainDocument((doc) => {
      const page = doc.getPage(0);
      doc.catalog.set(PDFName.of("OpenAction"), doc.context.obj([page.ref, "Fit"]));
      const link = doc.context.obj({
        Type: "Annot",
        Subtype: "Link",
        Rect: [50, 50, 200, 70],
        A: { S: "URI", URI: PDFString.of("https://bulungan.go.id") },
      });
      page.node.set(PDFName.of("Annots"), doc.context.obj([doc.context.register(link)]));
    });
    expect(await findActiveContent(bytes)).toEqual([]);
  });

  it("finds a script run on opening, inside a compressed object stream", async () => {
    const bytes = await plainDocument((doc) => {
      doc.catalog.set(PDFName.of("OpenAction"), doc.context.obj({ S: "JavaScript", JS: PDFString.of("app.alert('x')") }));
    });
    // Not visible in the raw bytes: only unpacking the object stream shows it.
    expect(latin1(bytes)).not.toContain("JavaScript");
    expect(latin1(bytes)).toContain("/ObjStm");
    expect(await findActiveContent(bytes)).toContain("JavaScript");
  });

  it("finds document-level scripts in the name tree and page actions that launch programs", async () => {
    const bytes = await plainDocument((doc) => {
      const js = doc.context.register(doc.context.obj({ S: "JavaScript", JS: PDFHexString.fromText("this.print()") }));
      doc.catalog.set(PDFName.of("Names"), doc.context.obj({ JavaScript: { Names: [PDFString.of("a"), js] } }));
      doc
        .getPage(0)
        .node.set(
          PDFName.of("AA"),
          doc.context.obj({ O: { S: "Launch", F: PDFString.of("cmd.exe"), Win: { F: PDFString.of("cmd.exe") } } }),
        );
    }, false);
    expect((await findActiveContent(bytes)).sort()).toEqual(["JavaScript", "Launch"]);
  });

  it("finds embedded files", async () => {
    const bytes = await plainDocument(async (doc) => {
      await doc.attach(new Uint8Array([0x4d, 0x5a, 0x90, 0x00]), "setup.exe", { mimeType: "application/octet-stream" });
    });
    expect(await findActiveContent(bytes)).toContain("EmbeddedFile");
  });

  it("finds XFA forms and rich media", async () => {
    const xfa = await plainDocument((doc) => {
      doc.catalog.set(PDFName.of("AcroForm"), doc.context.obj({ Fields: [], XFA: PDFString.of("<xdp/>") }));
    });
    expect(await findActiveContent(xfa)).toContain("XFA");
    const media = handWritten([
      ...CATALOG_AND_PAGE,
      "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Annots [4 0 R] >>",
      "<< /Type /Annot /Subtype /RichMedia /Rect [0 0 10 10] >>",
    ]);
    expect(await findActiveContent(media)).toContain("RichMedia");
  });

  it("is not fooled by names split with #xx escapes, in either case", async () => {
    const bytes = handWritten([
      "<< /Type /Catalog /Pages 2 0 R /OpenAction 4 0 R >>",
      "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
      "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /#41A << /O << /S /L#61unch /F (calc.exe) >> >> >>",
      "<< /S /Java#53cript /J#53 (app.alert(1)) >>",
      "<< /S /#4aavaScript /#4as (x) >>",
    ]);
    expect((await findActiveContent(bytes)).sort()).toEqual(["JavaScript", "Launch"]);
  });

  it("finds a script in an object a later revision redefines", async () => {
    // Object 4 appears twice: a reader following an old cross-reference entry still reaches the first.
    const bytes = handWritten([...CATALOG_AND_PAGE, "<< /Type /Page /Parent 2 0 R >>", "<< /S /JavaScript /JS (app.alert(1)) >>"]);
    const overwritten = Buffer.concat([Buffer.from(bytes), Buffer.from("4 0 obj\n<< /S /GoTo /D [3 0 R /Fit] >>\nendobj\n%%EOF\n")]);
    expect(await findActiveContent(overwritten)).toContain("JavaScript");
  });

  it("inspects an encrypted file (names are not encrypted) but not an object stream it cannot unpack", async () => {
    const encryption = "<< /Filter /Standard /V 2 /R 3 /O <00> /U <00> /P -4 >>";
    const encrypted = handWritten([...CATALOG_AND_PAGE, encryption], "/Root 1 0 R /Encrypt 3 0 R");
    expect(await findActiveContent(encrypted)).toEqual([]);
    const scripted = handWritten([...CATALOG_AND_PAGE, encryption, "<< /S /JavaScript /JS <8f3a> >>"], "/Root 1 0 R /Encrypt 3 0 R");
    expect(await findActiveContent(scripted)).toEqual(["JavaScript"]);

    // An object stream in a filter pdf-lib cannot undo (as an encrypted one is), its name escaped.
    const packed = deflateSync(Buffer.from("5 0 << /S /JavaScript /JS (x) >>"));
    const hidden = Buffer.concat([
      Buffer.from(handWritten(CATALOG_AND_PAGE)),
      Buffer.from(`3 0 obj\n<< /Type /Obj#53tm /N 1 /First 4 /Filter /JBIG2Decode /Length ${packed.length} >>\nstream\n`),
      packed,
      Buffer.from("\nendstream\nendobj\n"),
    ]);
    expect(await findActiveContent(hidden)).toContain("Uninspectable");
  });
});
