import type { ReactNode } from "react";
import { t } from "@/lib/i18n";

export type ButtonTone = "primary" | "danger" | "warning" | "neutral";

const TONE: Record<ButtonTone, string> = {
  primary: "bg-brand-700 hover:bg-brand-800",
  danger: "bg-red-700 hover:bg-red-800",
  warning: "bg-amber-700 hover:bg-amber-800",
  neutral: "bg-slate-700 hover:bg-slate-800",
};

export function buttonClass(tone: ButtonTone = "primary") {
  return `inline-flex min-h-11 items-center justify-center rounded-md px-4 py-2 font-medium text-white disabled:cursor-wait disabled:opacity-70 ${TONE[tone]}`;
}

/** The form's submit button; while the server works it says so and cannot be pressed twice. */
export function SubmitButton({
  tone,
  pending,
  pendingLabel,
  children,
}: {
  tone?: ButtonTone;
  pending?: boolean;
  pendingLabel?: string;
  children: ReactNode;
}) {
  return (
    <button type="submit" disabled={pending} className={buttonClass(tone)}>
      {pending ? (pendingLabel ?? t("form.pending")) : children}
    </button>
  );
}
