import type { ReactNode } from "react";
import { PageMain } from "@/components/site/page-main";
import { PublicSiteHeader } from "@/components/site/site-header";

/** Public pages: the same page for every visitor (cacheable), the account menu filled in the browser. */
export default function PublicLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <PublicSiteHeader />
      <PageMain>{children}</PageMain>
    </>
  );
}
