import { en } from "./messages/en";
import { id, type MessageKey } from "./messages/id";

/**
 * The message catalog. Indonesian is the source language; every interface string goes through
 * `t` so that English (or a regional language) can follow without touching components.
 */
export type Locale = "id" | "en";
export type { MessageKey };
export const DEFAULT_LOCALE: Locale = "id";

const catalogs: Record<Locale, Partial<Record<MessageKey, string>>> = { id, en };

export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

export function translator(locale: Locale = DEFAULT_LOCALE): Translate {
  const catalog = catalogs[locale];
  return (key, vars) => {
    const template = catalog[key] ?? id[key];
    if (!vars) return template;
    return template.replace(/\{(\w+)\}/g, (match, name: string) => (name in vars ? String(vars[name]) : match));
  };
}

export const t: Translate = translator(DEFAULT_LOCALE);
