"use client";

import { type MouseEvent, useLayoutEffect, useRef, useState } from "react";
import type { SummaryItem } from "./feedback";

/** The visible name of the field an id belongs to: its label, or its group's legend. */
function fieldName(target: HTMLElement): string | null {
  const text =
    target instanceof HTMLFieldSetElement
      ? target.querySelector("legend")?.textContent
      : (target as HTMLInputElement).labels?.[0]?.textContent;
  return text?.replace(/\s+/g, " ").trim() || null;
}

function focusField(event: MouseEvent<HTMLAnchorElement>, href: string) {
  const target = document.getElementById(href.slice(1));
  if (!target) return;
  event.preventDefault();
  // A group has no focus of its own: its first choice takes it.
  const control = target instanceof HTMLFieldSetElement ? target.querySelector<HTMLElement>("input, select, textarea") : target;
  target.scrollIntoView({ block: "center" });
  control?.focus({ preventScroll: true });
}

interface Line extends SummaryItem {
  name?: string;
}

/**
 * What stopped the form, at its top: the server's message and one line per field, each linking to
 * the field under the name its label shows. Takes focus when it appears so a screen reader and a
 * keyboard start here; mount it anew (a new `key`) for each result.
 */
export function ErrorSummary({ title, items }: { title: string; items: readonly SummaryItem[] }) {
  const ref = useRef<HTMLDivElement>(null);
  const [lines, setLines] = useState<Line[]>(items as Line[]);
  const signature = JSON.stringify(items);
  useLayoutEffect(() => {
    const current = JSON.parse(signature) as SummaryItem[];
    // Names come from the page itself, so a message always points at a field the officer can see.
    // eslint-disable-next-line react-hooks/set-state-in-effect -- reads the rendered labels before paint, like measuring layout
    setLines(
      current.map((item) => {
        const target = item.href ? document.getElementById(item.href.slice(1)) : null;
        if (!target) return { message: item.message };
        const name = fieldName(target);
        // "Alasan pengembalian minimal 3 karakter." already names "Alasan pengembalian (pesan kepada pemohon)".
        const named = name && item.message.startsWith(name.replace(/\s*\(.*\)$/, ""));
        return { ...item, name: name && !named ? name : undefined };
      }),
    );
    ref.current?.focus();
  }, [signature]);
  return (
    <div
      ref={ref}
      tabIndex={-1}
      role="alert"
      data-error-summary
      className="rounded-md border-2 border-red-700 bg-red-50 p-3 text-red-800 focus:outline-3 focus:outline-amber-500"
    >
      <p className="font-semibold">{title}</p>
      {lines.length > 0 && (
        <ul className="mt-1 list-disc space-y-0.5 pl-5 text-sm">
          {lines.map((line) => (
            <li key={`${line.href ?? ""}${line.message}`}>
              {line.href ? (
                <a href={line.href} className="text-red-800" onClick={(e) => focusField(e, line.href!)}>
                  {line.name ? `${line.name}: ${line.message}` : line.message}
                </a>
              ) : (
                line.message
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
