// Public pages are sent without Next.js's client runtime: they are text and links, work with
// JavaScript off, and must stay small on a slow phone (docs/decisions/017-public-page-cache.md).
// These are pure functions over the rendered HTML and its Content-Security-Policy.

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const SCRIPT_LINK = /<link\b[^>]*\brel="(?:modulepreload|preload)"[^>]*>/gi;
const NONCE = /\snonce="[^"]*"/gi;
const SRC = /\bsrc="([^"]*)"/i;

/**
 * The page without Next.js's scripts: every inline script (hydration data, streaming helpers) and
 * every script under /_next/ (with its preload hints) is removed; the site's own scripts (files
 * served from public/, loaded by `src`) stay. Nonce attributes go too: the page is sent with a
 * policy that needs none (`scriptFreePolicy`).
 */
export function withoutFrameworkScripts(html) {
  return html
    .replace(SCRIPT, (tag, attributes) => {
      const src = SRC.exec(attributes)?.[1];
      return src && src.startsWith("/") && !src.startsWith("/_next/") && !src.startsWith("//") ? tag : "";
    })
    .replace(SCRIPT_LINK, (tag) => (/\bas="script"/i.test(tag) || /modulepreload/i.test(tag) ? "" : tag))
    .replace(NONCE, "");
}

/**
 * True when the page still depends on a script to show its content: React's streaming puts late
 * content in a hidden element and moves it into place with an inline script. Such a page must not be
 * sent without scripts (it would show its loading state forever).
 */
export function needsStreamingScript(html) {
  return /<div hidden id="S:|<template id="B:/.test(html);
}

/** The page's policy without the per-request nonce: scripts only from the site itself. */
export function scriptFreePolicy(policy) {
  return policy
    .split(";")
    .map((directive) =>
      directive
        .trim()
        .split(/\s+/)
        .filter((token) => !token.startsWith("'nonce-") && token !== "'strict-dynamic'")
        .join(" "),
    )
    .filter(Boolean)
    .join("; ");
}
