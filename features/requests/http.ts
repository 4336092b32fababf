import type { UploadForm } from "../documents/uploads";
import type { UploadedFile } from "./uploads";

/** Splits a read upload form into fields (with `details.*` nested, `scopeCodes` as a list) and files by document code. */
export function readRequestForm(form: UploadForm): { fields: Record<string, unknown>; files: Record<string, UploadedFile> } {
  const fields: Record<string, unknown> = {};
  const details: Record<string, string> = {};
  const files: Record<string, UploadedFile> = {};
  // One entry per ticked lingkup.
  const scopeCodes: string[] = [];
  for (const [key, value] of form.fields) {
    if (key.startsWith("details.")) details[key.slice("details.".length)] = value;
    else if (key === "scopeCodes") scopeCodes.push(value);
    else fields[key] = value;
  }
  for (const [key, file] of Object.entries(form.files)) {
    if (key.startsWith("document.")) files[key.slice("document.".length)] = file;
  }
  fields.details = details;
  fields.scopeCodes = scopeCodes;
  return { fields, files };
}
