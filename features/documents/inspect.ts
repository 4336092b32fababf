import { t } from "@/lib/i18n";
import { type ActiveContentKind, findActiveContent } from "./active-content";
import { checkUpload, displayName, SNIFF_BYTES, type UploadCheck, type UploadRule } from "./file-type";

type ShownKind = Exclude<ActiveContentKind, "Uninspectable">;

/** "skrip (JavaScript) dan berkas tersemat". */
function listFound(kinds: readonly ShownKind[]): string {
  const labels = kinds.map((k) => t(`upload.active.${k}`));
  return labels.length <= 1 ? labels.join("") : `${labels.slice(0, -1).join(", ")} dan ${labels.at(-1)}`;
}

/**
 * The whole check of an uploaded file: what `checkUpload` judges from its first bytes and size,
 * then, for a PDF, whether it carries active content a reader would run (refused, naming the
 * document). Give it the whole file.
 */
export async function inspectUpload(file: { name: string; size: number; bytes: Uint8Array }, rule: UploadRule): Promise<UploadCheck> {
  const check = checkUpload({ name: file.name, size: file.size, bytes: file.bytes.subarray(0, SNIFF_BYTES) }, rule);
  if (!check.ok || check.type !== "application/pdf") return check;
  const kinds = await findActiveContent(file.bytes);
  const shown = kinds.filter((k): k is ShownKind => k !== "Uninspectable");
  const vars = { name: displayName(file.name), document: rule.label };
  if (shown.length > 0) return { ok: false, message: t("upload.activeContent", { ...vars, found: listFound(shown) }) };
  if (kinds.length > 0) return { ok: false, message: t("upload.uninspectable", vars) };
  return check;
}
