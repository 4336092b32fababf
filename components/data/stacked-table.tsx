import type { ReactNode } from "react";

/**
 * A table that is a table on a wide screen and a stack of cards on a phone (below `sm`): each row
 * becomes a card whose values carry their column's name, so no column is dropped and nothing
 * scrolls sideways. The roles are spelled out because changing a table's CSS display makes some
 * browsers forget it is a table.
 */
export interface Column<T> {
  /** The column's name; on a phone it labels each value. */
  header: string;
  /** Keep the header for screen readers only (e.g. a column of buttons). */
  hideHeader?: boolean;
  cell: (row: T) => ReactNode;
  align?: "right";
  nowrap?: boolean;
  /** The cell that names the row (<th scope="row">); on a phone it heads the card. */
  rowHeader?: boolean;
  className?: string;
}

function Cell<T>({ column, row }: { column: Column<T>; row: T }) {
  const wide = `sm:table-cell sm:p-2 sm:align-top ${column.align === "right" ? "sm:text-right sm:tabular-nums" : ""} ${column.nowrap ? "sm:whitespace-nowrap" : ""}`;
  if (column.rowHeader) {
    return (
      <th scope="row" role="rowheader" className={`block pb-1 text-left font-semibold sm:font-normal ${wide} ${column.className ?? ""}`}>
        {column.cell(row)}
      </th>
    );
  }
  if (column.hideHeader) {
    return (
      <td role="cell" className={`block pt-2 sm:pt-0 ${wide} ${column.className ?? ""}`}>
        {column.cell(row)}
      </td>
    );
  }
  return (
    <td role="cell" className={`grid grid-cols-[minmax(6rem,40%)_1fr] gap-x-3 py-0.5 sm:py-0 ${wide} ${column.className ?? ""}`}>
      <span aria-hidden="true" className="text-slate-600 sm:hidden">
        {column.header}
      </span>
      <div className="min-w-0 break-words">{column.cell(row)}</div>
    </td>
  );
}

function Row<T>({ columns, row, tone }: { columns: readonly Column<T>[]; row: T; tone?: string }) {
  return (
    <tr
      role="row"
      className={`mb-2 block rounded-md border border-slate-200 bg-white p-3 sm:mb-0 sm:table-row sm:rounded-none sm:border-0 sm:border-b sm:border-slate-100 sm:p-0 ${tone ?? ""}`}
    >
      {columns.map((c) => (
        <Cell key={c.header} column={c} row={row} />
      ))}
    </tr>
  );
}

export function StackedTable<T>({
  columns,
  rows,
  rowKey,
  caption,
  captionClassName = "sr-only",
  footer,
  className = "",
}: {
  columns: readonly Column<T>[];
  rows: readonly T[];
  rowKey: (row: T) => string;
  caption?: ReactNode;
  captionClassName?: string;
  /** A closing row (totals) set apart from the others. */
  footer?: T;
  className?: string;
}) {
  return (
    <table role="table" className={`block w-full border-collapse text-left text-sm sm:table sm:bg-white ${className}`}>
      {caption && <caption className={`block text-left sm:table-caption ${captionClassName}`}>{caption}</caption>}
      <thead role="rowgroup" className="sr-only block sm:not-sr-only sm:table-header-group">
        <tr role="row" className="sm:border-b sm:border-slate-300">
          {columns.map((c) => (
            <th key={c.header} scope="col" role="columnheader" className={`p-2 align-bottom ${c.align === "right" ? "text-right" : ""}`}>
              {c.hideHeader ? <span className="sr-only">{c.header}</span> : c.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody role="rowgroup" className="block sm:table-row-group">
        {rows.map((row) => (
          <Row key={rowKey(row)} columns={columns} row={row} />
        ))}
      </tbody>
      {footer && (
        <tfoot role="rowgroup" className="block sm:table-footer-group">
          <Row columns={columns} row={footer} tone="border-2 border-slate-300 font-semibold sm:border-0 sm:border-t-2" />
        </tfoot>
      )}
    </table>
  );
}
