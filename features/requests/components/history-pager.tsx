import Link from "next/link";
import { t } from "@/lib/i18n";
import { HISTORY_PAGE, type HistoryLinks } from "../history";

/**
 * The links of one paged list (timeline, notes, audit trail): to the entries before the page, and
 * back to the newest. Plain links, so they work without JavaScript.
 */
export function HistoryPager({ links, href }: { links: HistoryLinks; href: (cursor: string | null) => string }) {
  if (!links.older && !links.paged) return null;
  return (
    <p className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
      {links.older && (
        <Link href={href(links.older)} className="underline">
          {t("history.older", { count: HISTORY_PAGE })}
        </Link>
      )}
      {links.paged && (
        <Link href={href(null)} className="underline">
          {t("history.newest")}
        </Link>
      )}
    </p>
  );
}

/** The page's URL with one list's cursor set (or removed), keeping the other parameters. */
export function withCursor(
  path: string,
  keep: Record<string, string | undefined>,
  param: string,
  cursor: string | null,
  anchor: string,
): string {
  const query = new URLSearchParams(Object.entries(keep).filter((e): e is [string, string] => Boolean(e[1]) && e[0] !== param));
  if (cursor) query.set(param, cursor);
  const text = query.toString();
  return text ? `${path}?${text}#${anchor}` : `${path}#${anchor}`;
}
