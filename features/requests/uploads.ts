import { inspectUpload } from "../documents/inspect";
import type { UploadedFile } from "../documents/uploads";
import { documentInputName } from "./form-schema";

export type { UploadedFile } from "../documents/uploads";

export interface DocumentRule {
  code: string;
  name: string;
  required: boolean;
  allowedTypes: readonly string[];
  maxSizeBytes: number;
}

export interface AcceptedUpload {
  code: string;
  name: string;
  /** The name to store, cleaned by `checkUpload`. */
  fileName: string;
  /** The type the file's first bytes show. */
  type: string;
  file: UploadedFile;
}

/**
 * Checks the file sent for each document (`files` by document code) against its rule, in the
 * rules' order, each by its content (`inspectUpload`). Pure: what passes is `accepted`; a missing required file or a failed check is a
 * message under the document's input name (`document.<code>`). Files for codes with no rule are
 * ignored here.
 */
export async function acceptUploads(
  rules: readonly DocumentRule[],
  files: Record<string, UploadedFile>,
  { missingMessage }: { missingMessage: (documentName: string) => string },
): Promise<{ accepted: AcceptedUpload[]; fieldErrors: Record<string, string[]> }> {
  const accepted: AcceptedUpload[] = [];
  const fieldErrors: Record<string, string[]> = {};
  for (const rule of rules) {
    const file = files[rule.code];
    const key = documentInputName(rule.code);
    if (!file) {
      if (rule.required) fieldErrors[key] = [missingMessage(rule.name)];
      continue;
    }
    const check = await inspectUpload(file, { allowedTypes: rule.allowedTypes, maxSizeBytes: rule.maxSizeBytes, label: rule.name });
    if (!check.ok) fieldErrors[key] = [check.message];
    else accepted.push({ code: rule.code, name: rule.name, fileName: check.fileName, type: check.type, file });
  }
  return { accepted, fieldErrors };
}
