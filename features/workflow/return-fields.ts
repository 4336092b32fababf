import { fieldsForScope, type RequestField } from "../requests/fields";

/**
 * The isian an officer may send back for correction: the fields every standard names and the
 * service's own fields of the lingkup this request asked for (not those of other lingkup). The
 * server takes labels from here, never from the browser.
 */
export interface ReturnableField {
  key: string;
  label: string;
}

const COMMON: ReturnableField[] = [
  { key: "description", label: "Keterangan permohonan" },
  { key: "jabatan", label: "Jabatan" },
];

export function returnableFields(serviceFields: RequestField[], scopeCodes: readonly string[]): ReturnableField[] {
  const chosen = scopeCodes.length ? scopeCodes : [null];
  const own = new Map<string, RequestField>();
  for (const code of chosen) for (const f of fieldsForScope(serviceFields, code)) own.set(f.key, f);
  return [...COMMON, ...[...own.values()].map((f) => ({ key: `details.${f.key}`, label: f.label }))];
}
