"use client";

import { createContext, useContext, useState } from "react";
import { fieldId, type FormFeedback } from "./feedback";

const FeedbackContext = createContext<FormFeedback | null>(null);

/** Gives the fields inside a form its last result (see ActionForm). */
export const FormFeedbackProvider = FeedbackContext.Provider;

/**
 * A field's id, error and kept values. Explicit props win, so a form that manages its own state
 * (react-hook-form on the applicant's side) passes them and needs no provider.
 */
export function useFieldFeedback(name: string, explicit: { id?: string; error?: string }) {
  const feedback = useContext(FeedbackContext);
  return {
    id: explicit.id ?? fieldId(feedback?.idPrefix ?? "f", name),
    error: explicit.error ?? feedback?.errors[name]?.join(" "),
    values: feedback?.values ?? null,
    revision: feedback?.revision ?? 0,
  };
}

/** Counts the results a form has received: a new result, a new revision (set while rendering, so no extra pass). */
export function useRevision(result: unknown): number {
  const [seen, setSeen] = useState({ result, revision: 0 });
  if (seen.result !== result) {
    const next = { result, revision: seen.revision + 1 };
    setSeen(next);
    return next.revision;
  }
  return seen.revision;
}

/** Of several results (one form, several actions), the one that arrived last. */
export function useLatest<T>(...results: T[]): T | null {
  const [seen, setSeen] = useState<{ results: T[]; latest: T | null }>({ results, latest: null });
  const changed = results.findIndex((r, i) => r !== seen.results[i]);
  if (changed >= 0) {
    const next = { results, latest: results[changed]! };
    setSeen(next);
    return next.latest;
  }
  return seen.latest;
}
