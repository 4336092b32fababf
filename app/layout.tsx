import type { Metadata, Viewport } from "next";
import { headers } from "next/headers";
import type { ReactNode } from "react";
import { DemoBanner } from "@/components/site/demo-banner";
import { SiteFooter } from "@/components/site/site-footer";
import { t } from "@/lib/i18n";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: `${t("app.name")} — ${t("home.title")}`, template: `%s · ${t("app.name")}` },
  description: t("home.intro"),
};

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#084a8c" };

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Every page is rendered per request: its scripts carry that response's CSP nonce (proxy.ts),
  // which Next.js applies on its own; reading the request's headers keeps no page static. Public
  // pages are then cached by the production server without Next.js's scripts (lib/http/page-cache.mjs);
  // the site's own script stays.
  const nonce = (await headers()).get("x-nonce") ?? undefined;
  return (
    <html lang="id">
      <body className="flex min-h-screen flex-col">
        <a
          href="#konten"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2"
        >
          {t("app.skipToContent")}
        </a>
        <DemoBanner />
        {children}
        <SiteFooter />
        <script src="/site.js" async nonce={nonce} />
      </body>
    </html>
  );
}
