import type { ReactNode } from "react";

/** The page's main landmark, target of the "skip to content" link. */
export function PageMain({ children }: { children: ReactNode }) {
  return (
    <main id="konten" className="mx-auto w-full max-w-5xl flex-1 px-4 py-6">
      {children}
    </main>
  );
}
