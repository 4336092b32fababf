import type { UploadedFile } from "./uploads";

/** Splits a multipart request form into fields (with `details.*` nested, `scopeCodes` as a list) and files by document code. */
export async function readRequestForm(form: FormData): Promise<{ fields: Record<string, unknown>; files: Record<string, UploadedFile> }> {
  const fields: Record<string, unknown> = {};
  const details: Record<string, string> = {};
  const files: Record<string, UploadedFile> = {};
  // One entry per ticked lingkup.
  const scopeCodes: string[] = [];
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
    else if (key === "scopeCodes") scopeCodes.push(value);
    else fields[key] = value;
  }
  fields.details = details;
  fields.scopeCodes = scopeCodes;
  return { fields, files };
}
