import type { UploadedFile } from "./uploads";

/** Splits a multipart request form into fields (with `details.*` nested) and files by document code. */
export async function readRequestForm(form: FormData): Promise<{ fields: Record<string, unknown>; files: Record<string, UploadedFile> }> {
  const fields: Record<string, unknown> = {};
  const details: Record<string, string> = {};
  const files: Record<string, UploadedFile> = {};
  for (const [key, value] of form.entries()) {
    if (typeof value !== "string") {
      if (key.startsWith("document.") && value.size > 0) {
        files[key.slice("document.".length)] = {
          name: value.name,
          size: value.size,
          bytes: new Uint8Array(await value.arrayBuffer()),
        };
      }
      continue;
    }
    if (key.startsWith("details.")) details[key.slice("details.".length)] = value;
    else fields[key] = value;
  }
  fields.details = details;
  return { fields, files };
}
