/** A print button, shown and wired by public/site.js: without JavaScript it stays hidden (the browser's own print remains). */
export function PrintButton({ label }: { label: string }) {
  return (
    <button
      type="button"
      data-print=""
      hidden
      className="rounded-md border border-slate-400 bg-white px-4 py-2 font-medium text-slate-800 hover:bg-slate-100"
    >
      {label}
    </button>
  );
}
