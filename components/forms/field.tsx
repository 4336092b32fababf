import type { ReactNode } from "react";
import { t } from "@/lib/i18n";

/**
 * The frame every form field shares: a label, the control, an optional hint and the error right
 * under it, tied to the control with aria-describedby and aria-invalid. No hooks, so server
 * components render it too.
 */
export const INPUT_CLASS =
  "block w-full min-w-0 rounded-md border border-slate-400 bg-white px-3 py-2 aria-[invalid=true]:border-2 aria-[invalid=true]:border-red-700";

export const hintId = (id: string) => `${id}-hint`;
export const errorId = (id: string) => `${id}-error`;

/** The attributes that tie a control to its hint and error. */
export function fieldAria(id: string, { hint, error }: { hint?: boolean; error?: string }) {
  const ids = [hint ? hintId(id) : "", error ? errorId(id) : ""].filter(Boolean).join(" ");
  return { "aria-describedby": ids || undefined, "aria-invalid": error ? (true as const) : undefined };
}

export function ErrorText({ id, message }: { id: string; message?: string }) {
  return message ? (
    <p id={errorId(id)} className="text-sm font-medium text-red-700">
      {message}
    </p>
  ) : null;
}

export function Hint({ id, children }: { id: string; children?: ReactNode }) {
  return children ? (
    <p id={hintId(id)} className="text-sm text-slate-600">
      {children}
    </p>
  ) : null;
}

export function OptionalMark({ optional }: { optional?: boolean }) {
  return optional ? <span className="font-normal text-slate-600"> ({t("form.optional")})</span> : null;
}

export interface FieldFrameProps {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  optional?: boolean;
  className?: string;
  children: ReactNode;
}

export function Field({ id, label, hint, error, optional, className, children }: FieldFrameProps) {
  return (
    <div className={`min-w-0 space-y-1 ${className ?? ""}`}>
      <label htmlFor={id} className="block font-medium">
        {label}
        <OptionalMark optional={optional} />
      </label>
      {children}
      <Hint id={id}>{hint}</Hint>
      <ErrorText id={id} message={error} />
    </div>
  );
}
