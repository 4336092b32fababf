/**
 * Paging of a request's lists that grow with use: its timeline, its notes and its audit trail.
 * A page shows the newest entries (oldest first within the page) and links to the entries before
 * them by a keyset cursor, so a request with thousands of events costs the same to open as a new one.
 * Pure: the queries take `newestFirst` and `before(cursor)` and hand their rows to `pageOf`.
 */

/** Entries per page of each list. */
export const HISTORY_PAGE = 50;

/** Where the previous page ends: the oldest shown entry's time and id. */
export interface HistoryCursor {
  at: Date;
  id: string;
}

const CURSOR = /^(\d{1,15})_([0-9a-f-]{36}|\d{1,19})$/i;

/** The cursor as the link carries it: `<epoch ms>_<id>`. */
export function encodeHistoryCursor(row: { createdAt: Date; id: string | bigint }): string {
  return `${row.createdAt.getTime()}_${String(row.id)}`;
}

/**
 * The cursor of a URL parameter: `undefined` when none was sent, `null` when one was sent that is
 * not a cursor (the page shows the newest entries and says so).
 */
export function parseHistoryCursor(raw: string | string[] | undefined): HistoryCursor | null | undefined {
  const value = Array.isArray(raw) ? raw[0] : raw;
  if (value === undefined || value === "") return undefined;
  const match = CURSOR.exec(value);
  if (!match) return null;
  const at = new Date(Number(match[1]));
  return Number.isNaN(at.getTime()) ? null : { at, id: match[2]!.toLowerCase() };
}

/** Newest first, ties broken by id, so the cursor is exact. */
export const newestFirst = [{ createdAt: "desc" as const }, { id: "desc" as const }];

/** Prisma's `where` for the entries before the cursor (uuid ids). */
export function before(cursor: HistoryCursor | null | undefined) {
  if (!cursor) return {};
  return { OR: [{ createdAt: { lt: cursor.at } }, { createdAt: cursor.at, id: { lt: cursor.id } }] };
}

/** The same for a list whose ids are numbers (the audit trail). */
export function beforeNumeric(cursor: HistoryCursor | null | undefined) {
  if (!cursor || !/^\d+$/.test(cursor.id)) return {};
  return { id: { lt: BigInt(cursor.id) } };
}

/** Where a page sits in its list: what the links under it need. */
export interface HistoryLinks {
  /** The cursor of the page before this one, or null when this page reaches the first entry. */
  older: string | null;
  /** Whether this page is not the newest (a link back to the newest is offered). */
  paged: boolean;
}

export interface HistoryPage<T> {
  /** Oldest first. */
  rows: T[];
  links: HistoryLinks;
}

/** A page from rows read newest first with `take: HISTORY_PAGE + 1`. */
export function pageOf<T extends { createdAt: Date; id: string | bigint }>(
  newestFirstRows: T[],
  cursor: HistoryCursor | null | undefined,
): HistoryPage<T> {
  const more = newestFirstRows.length > HISTORY_PAGE;
  const kept = more ? newestFirstRows.slice(0, HISTORY_PAGE) : newestFirstRows;
  const oldest = kept[kept.length - 1];
  return { rows: [...kept].reverse(), links: { older: more && oldest ? encodeHistoryCursor(oldest) : null, paged: Boolean(cursor) } };
}
