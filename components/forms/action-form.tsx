"use client";

import { usePathname, useRouter } from "next/navigation";
import { type ReactNode, useActionState, useEffect, useId, useMemo } from "react";
import type { ActionResult } from "@/features/auth/guard";
import { t } from "@/lib/i18n";
import { ErrorSummary } from "./error-summary";
import { type FormFeedback, summaryItems } from "./feedback";
import { FormFeedbackProvider, useRevision } from "./form-feedback";
import { FormMessage } from "./form-message";
import { type ButtonTone, SubmitButton } from "./submit-button";

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any action result; the form only reads status and messages
export type FormAction = (previous: ActionResult<any> | null, payload: FormData) => Promise<ActionResult<unknown>>;
type Result = ActionResult<unknown> | null;

/**
 * The feedback of one result for the fields (errors, values to put back) and the summary to show
 * above them. `hidden` names inputs the user cannot edit: their errors are not linked.
 */
export function useFormResult(state: Result, idPrefix: string, hidden: readonly string[]) {
  const revision = useRevision(state);
  const error = state?.status === "error" ? state : null;
  const feedback = useMemo<FormFeedback>(
    () => ({ idPrefix, values: error?.values ?? null, errors: error?.fieldErrors ?? {}, revision }),
    [error, idPrefix, revision],
  );
  const summary = error ? (
    <ErrorSummary
      key={revision}
      title={error.reference ? `${error.message} (${t("form.reference", { reference: error.reference })})` : error.message}
      items={summaryItems(error.fieldErrors ?? {}, idPrefix, hidden)}
    />
  ) : null;
  return { feedback, summary };
}

/** After a successful action: show the outcome in the address (when the action moved the request on) and reload the page's data. */
export function useRefreshOnSuccess(state: Result, outcome?: string) {
  const router = useRouter();
  const pathname = usePathname();
  useEffect(() => {
    if (state?.status !== "ok") return;
    if (outcome) router.replace(`${pathname}?hasil=${outcome}`, { scroll: false });
    router.refresh();
  }, [state, router, outcome, pathname]);
}

/** A readable id prefix for a form's fields; React's generated ids carry characters URLs escape. */
export function useIdPrefix(idPrefix?: string) {
  const generated = useId().replace(/[^a-zA-Z0-9_-]/g, "");
  return idPrefix ?? `f${generated}`;
}

/**
 * A form bound to one guarded server action. After an error it keeps what was typed, ticked and
 * chosen, shows each message next to its field and a summary that takes focus; after success it
 * confirms and reloads the page's data (fields then show the saved state).
 */
export function ActionForm({
  action,
  submitLabel,
  hidden = {},
  children,
  tone = "primary",
  successMessage = t("form.saved"),
  outcome,
  idPrefix,
  label,
  inline = false,
}: {
  action: FormAction;
  submitLabel: string;
  hidden?: Record<string, string | number>;
  children?: ReactNode;
  tone?: ButtonTone;
  successMessage?: string;
  /** When the action moves the request on, the form disappears: the page shows this outcome instead. */
  outcome?: string;
  /** Prefix of the fields' ids (`reject` → `reject-reason`); generated when absent. */
  idPrefix?: string;
  /** The form's accessible name, when the page has several (e.g. one per agency). */
  label?: string;
  /** A button-only form in a row of a list (Hapus, Cabut). */
  inline?: boolean;
}) {
  const [state, dispatch, pending] = useActionState(action, null);
  const prefix = useIdPrefix(idPrefix);
  const hiddenNames = useMemo(() => Object.keys(hidden), [hidden]);
  const { feedback, summary } = useFormResult(state, prefix, hiddenNames);
  useRefreshOnSuccess(state, outcome);
  return (
    <form action={dispatch} aria-label={label} className={inline ? "inline-block space-y-1" : "space-y-3"} noValidate>
      {Object.entries(hidden).map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={v} />
      ))}
      {summary}
      <FormFeedbackProvider value={feedback}>{children}</FormFeedbackProvider>
      {state?.status === "ok" && !outcome && <FormMessage tone="success">{successMessage}</FormMessage>}
      <SubmitButton tone={tone} pending={pending}>
        {submitLabel}
      </SubmitButton>
    </form>
  );
}
