import type { ReactNode } from "react";
import type { ListItem, RichText as RichTextBlocks } from "../content";

const LINK = /(https?:\/\/[^\s)]+[^\s).,;]|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)/g;

/** Plain text with web addresses and e-mail addresses made into links. */
export function Linkified({ text }: { text: string }) {
  const parts: ReactNode[] = [];
  let last = 0;
  for (const match of text.matchAll(LINK)) {
    const value = match[0];
    const at = match.index ?? 0;
    if (at > last) parts.push(text.slice(last, at));
    const href = value.includes("@") && !value.startsWith("http") ? `mailto:${value}` : value;
    parts.push(
      <a key={at} href={href} rel="noopener noreferrer" className="break-all">
        {value}
      </a>,
    );
    last = at + value.length;
  }
  if (last < text.length) parts.push(text.slice(last));
  return <>{parts}</>;
}

const listClass = {
  decimal: "list-decimal",
  "lower-alpha": "list-[lower-alpha]",
  bullet: "list-disc",
} as const;

function Item({ item }: { item: ListItem }) {
  return (
    <li className="pl-1">
      <Linkified text={item.text} />
      {item.children && <RichText blocks={item.children} className="mt-1" />}
    </li>
  );
}

/** Renders the office's text with its own structure: paragraphs, numbered and lettered lists. */
export function RichText({ blocks, className = "" }: { blocks: RichTextBlocks; className?: string }) {
  return (
    <div className={`prose-loket space-y-2 ${className}`}>
      {blocks.map((block, i) => {
        if (block.type === "p")
          return (
            <p key={i}>
              <Linkified text={block.text} />
            </p>
          );
        if (block.type === "heading")
          return (
            <p key={i} className="font-semibold">
              {block.text}
            </p>
          );
        const style = listClass[block.style ?? (block.ordered ? "decimal" : "bullet")];
        const items = block.items.map((item, j) => <Item key={j} item={item} />);
        return block.ordered ? (
          <ol key={i} className={`${style} space-y-1 pl-6`}>
            {items}
          </ol>
        ) : (
          <ul key={i} className={`${style} space-y-1 pl-6`}>
            {items}
          </ul>
        );
      })}
    </div>
  );
}
