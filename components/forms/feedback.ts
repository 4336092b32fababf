import type { SubmittedValues } from "@/features/auth/form-values";

/**
 * What a form shows after its last result: the values to put back, the errors by field name, and
 * a revision that changes with every result (controls remount with it, so even selects and
 * radio buttons take the values back after React resets the form). Pure: the server renders it
 * and the unit tests read it.
 */
export interface FormFeedback {
  /** The field `reason` of a form with prefix `reject` has the id `reject-reason`. */
  idPrefix: string;
  /** What the form submitted, after an error; null while fields show their own defaults. */
  values: SubmittedValues | null;
  errors: Record<string, string[]>;
  revision: number;
}

export const fieldId = (idPrefix: string, name: string) => `${idPrefix}-${name}`;

/** The single value a text field or select submitted, if it submitted one. */
export function keptText(values: SubmittedValues | null, name: string): string | undefined {
  const value = values?.[name];
  return Array.isArray(value) ? value[0] : value;
}

/** The values a group of checkboxes (or a radio group) submitted; empty when none was ticked. */
export function keptList(values: SubmittedValues | null, name: string): string[] {
  const value = values?.[name];
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

export interface SummaryItem {
  message: string;
  /** The field the message belongs to, when it is a field the officer can change. */
  href?: string;
}

/**
 * The summary's lines: one per field error, linked to its field, except errors of the whole form
 * (`_form`) and of hidden inputs (the request's version, say), which the officer cannot edit.
 */
export function summaryItems(errors: Record<string, string[]>, idPrefix: string, hidden: readonly string[] = []): SummaryItem[] {
  return Object.entries(errors).map(([name, messages]) => {
    const message = messages.join(" ");
    return name === "_form" || hidden.includes(name) ? { message } : { message, href: `#${fieldId(idPrefix, name)}` };
  });
}
