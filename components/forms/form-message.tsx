import type { ReactNode } from "react";

/** The outcome of a form in one line: an error (announced at once) or a confirmation. */
export function FormMessage({ tone, children }: { tone: "error" | "success"; children: ReactNode }) {
  return tone === "error" ? (
    <p role="alert" className="rounded-md border border-red-400 bg-red-50 p-2 text-sm font-medium text-red-800">
      {children}
    </p>
  ) : (
    <p role="status" className="rounded-md border border-emerald-300 bg-emerald-50 p-2 text-sm text-emerald-900">
      {children}
    </p>
  );
}
