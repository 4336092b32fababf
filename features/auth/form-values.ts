/**
 * What the browser submitted, as text, to hand back with an error so the form can show it again
 * (React resets a form after its action). Files cannot be put back, and typed secrets are not
 * echoed into the page.
 */
export type SubmittedValues = Record<string, string | string[]>;

const SECRET = /password|confirm/i;

export function submittedValues(form: FormData): SubmittedValues {
  const out: SubmittedValues = {};
  for (const [key, value] of form.entries()) {
    if (typeof value !== "string" || key.startsWith("$ACTION") || SECRET.test(key)) continue;
    const existing = out[key];
    out[key] = existing === undefined ? value : Array.isArray(existing) ? [...existing, value] : [existing, value];
  }
  return out;
}
