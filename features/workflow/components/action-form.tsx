"use client";

import { usePathname, useRouter } from "next/navigation";
import { type ReactNode, useActionState, useEffect, useRef } from "react";
import type { ActionResult } from "@/features/auth/guard";

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any action result; the form only reads status and messages
type Action = (previous: ActionResult<any> | null, payload: FormData) => Promise<ActionResult<unknown>>;

/**
 * A desk form bound to one guarded server action: shows the outcome (the server's message and
 * field errors), keeps what was typed on error, and refreshes the page on success.
 */
export function ActionForm({
  action,
  submitLabel,
  hidden,
  children,
  tone = "primary",
  successMessage = "Tersimpan.",
  resetOnSuccess = false,
  outcome,
}: {
  action: Action;
  submitLabel: string;
  hidden: Record<string, string | number>;
  children?: ReactNode;
  tone?: "primary" | "danger" | "neutral";
  successMessage?: string;
  resetOnSuccess?: boolean;
  /** When the action moves the request on, the form disappears: the page shows this outcome instead. */
  outcome?: string;
}) {
  const [state, dispatch, pending] = useActionState(action, null);
  const router = useRouter();
  const pathname = usePathname();
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (state?.status === "ok") {
      if (resetOnSuccess) formRef.current?.reset();
      if (outcome) router.replace(`${pathname}?hasil=${outcome}`, { scroll: false });
      router.refresh();
    }
  }, [state, router, resetOnSuccess, outcome, pathname]);
  const color =
    tone === "danger" ? "bg-red-700 hover:bg-red-800" : tone === "neutral" ? "bg-slate-700 hover:bg-slate-800" : "bg-brand-700 hover:bg-brand-800";
  return (
    <form ref={formRef} action={dispatch} className="space-y-3" noValidate>
      {Object.entries(hidden).map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={v} />
      ))}
      {children}
      {state?.status === "error" && (
        <div role="alert" className="rounded-md border border-red-400 bg-red-50 p-2 text-sm text-red-800">
          <p className="font-medium">{state.message}{state.reference ? ` (kode rujukan ${state.reference})` : ""}</p>
          {state.fieldErrors && (
            <ul className="list-disc pl-5">
              {Object.entries(state.fieldErrors).map(([k, m]) => (
                <li key={k}>{m.join(" ")}</li>
              ))}
            </ul>
          )}
        </div>
      )}
      {state?.status === "ok" && (
        <p role="status" className="text-sm text-emerald-800">
          {successMessage}
        </p>
      )}
      <button type="submit" disabled={pending} className={`rounded-md px-4 py-2 font-medium text-white disabled:opacity-70 ${color}`}>
        {pending ? "Memproses…" : submitLabel}
      </button>
    </form>
  );
}
