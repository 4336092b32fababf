import { PDFArray, PDFDict, PDFInvalidObject, PDFName, type PDFObject, PDFParser, PDFRawStream, PDFStream } from "pdf-lib";

/**
 * Active content in a PDF: what a desktop reader on a staff PC could run or open by itself
 * (scripts, launched programs, embedded files, Flash/3D media, XFA forms). Pure: give it the
 * file's bytes, it answers which kinds it found (none for an ordinary document).
 *
 * The file is parsed object by object with pdf-lib, including the objects packed in compressed
 * object streams, and every object is kept, not only the last of each number (a later revision
 * must not hide an earlier one the cross-reference table may still point at). Dictionary keys and
 * the names of action, file and annotation types are compared after undoing `#xx` escapes in
 * either case, so `/Java#53cript` and `/#4aS` are caught. Encryption hides strings and streams,
 * not names, so an encrypted file is inspected like any other; but an object stream that cannot
 * be unpacked (encrypted, or in a filter pdf-lib lacks) hides what it packs, and the file is
 * reported as uninspectable.
 */
export type ActiveContentKind = "JavaScript" | "Launch" | "EmbeddedFile" | "RichMedia" | "XFA" | "ImportData" | "Uninspectable";

/** Keys whose presence alone means active content. */
const ACTIVE_KEYS: Record<string, ActiveContentKind> = {
  JavaScript: "JavaScript",
  JS: "JavaScript",
  Launch: "Launch",
  EmbeddedFile: "EmbeddedFile",
  EmbeddedFiles: "EmbeddedFile",
  EF: "EmbeddedFile",
  RichMedia: "RichMedia",
  RichMediaContent: "RichMedia",
  XFA: "XFA",
};

/** Values of /S (action type), /Type and /Subtype that are active content. */
const ACTIVE_TYPES: Record<string, ActiveContentKind> = {
  JavaScript: "JavaScript",
  Launch: "Launch",
  ImportData: "ImportData",
  EmbeddedFile: "EmbeddedFile",
  FileAttachment: "EmbeddedFile",
  RichMedia: "RichMedia",
  RichMediaExecute: "RichMedia",
};
const TYPE_KEYS = new Set(["S", "Type", "Subtype"]);

/** A PDF name as the reader sees it: every `#xx` escape undone, whatever the case of its hex digits. */
export function pdfNameText(name: PDFName): string {
  return name.decodeText().replace(/#([0-9a-fA-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

export async function findActiveContent(bytes: Uint8Array): Promise<ActiveContentKind[]> {
  const found = new Set<ActiveContentKind>();
  const objects: PDFObject[] = [];
  try {
    const parser = PDFParser.forBytesWithOptions(bytes, Number.POSITIVE_INFINITY, false, false);
    const { context } = parser as unknown as { context: { assign: (ref: unknown, object: PDFObject) => void } };
    const assign = context.assign.bind(context);
    context.assign = (ref, object) => {
      objects.push(object);
      assign(ref, object);
    };
    await parser.parseDocument();
  } catch {
    // Not parseable as a whole: fall back to reading its names from the raw bytes.
    return kindsOfNames(rawNames(bytes));
  }
  for (const object of objects) visit(object, found, 0);
  return [...found];
}

function visit(object: PDFObject, found: Set<ActiveContentKind>, depth: number): void {
  // Direct objects nest without cycles; the bound only guards against a pathological file.
  if (depth > 64) return void found.add("Uninspectable");
  if (object instanceof PDFStream) {
    const dict = (object as PDFRawStream).dict;
    const type = dict.lookup(PDFName.of("Type"));
    // An object stream still here is one pdf-lib could not unpack: its objects stay unseen.
    if (type instanceof PDFName && pdfNameText(type) === "ObjStm") found.add("Uninspectable");
    return visit(dict, found, depth + 1);
  }
  if (object instanceof PDFDict) {
    for (const [key, value] of object.entries()) {
      const name = pdfNameText(key);
      const byKey = ACTIVE_KEYS[name];
      if (byKey) found.add(byKey);
      if (TYPE_KEYS.has(name) && value instanceof PDFName) {
        const byType = ACTIVE_TYPES[pdfNameText(value)];
        if (byType) found.add(byType);
      }
      visit(value, found, depth + 1);
    }
    return;
  }
  if (object instanceof PDFArray) {
    for (const item of object.asArray()) visit(item, found, depth + 1);
    return;
  }
  if (object instanceof PDFInvalidObject) {
    // Bytes the parser could not make sense of: look at the names they contain. A broken object
    // stream hides what it packs, so nothing can be said of the file.
    const raw = new Uint8Array(object.sizeInBytes());
    object.copyBytesInto(raw, 0);
    const names = rawNames(raw);
    for (const kind of kindsOfNames(names)) found.add(kind);
    if (names.has("ObjStm")) found.add("Uninspectable");
  }
}

/** Names written in raw bytes (`/Name` up to a delimiter), escapes undone. */
function rawNames(bytes: Uint8Array): Set<string> {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1");
  const names = new Set<string>();
  for (const match of text.matchAll(/\/([^\s/<>[\]()%{}]+)/g)) {
    names.add(match[1]!.replace(/#([0-9a-fA-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))));
  }
  return names;
}

function kindsOfNames(names: ReadonlySet<string>): ActiveContentKind[] {
  const found = new Set<ActiveContentKind>();
  for (const name of names) {
    const kind = ACTIVE_KEYS[name] ?? ACTIVE_TYPES[name];
    if (kind) found.add(kind);
  }
  return [...found];
}
