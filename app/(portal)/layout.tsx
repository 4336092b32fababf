import { redirect } from "next/navigation";
import { headers } from "next/headers";
import type { ReactNode } from "react";
import { PageMain } from "@/components/site/page-main";
import { SiteHeader } from "@/components/site/site-header";
import { getPrincipal } from "@/features/auth/session";

/** Navigation only: sends visitors who are not signed in to the sign-in page. Data is guarded where it is read. */
export default async function PortalLayout({ children }: { children: ReactNode }) {
  if (!(await getPrincipal())) {
    const path = (await headers()).get("x-loket-path") ?? "/permohonan";
    redirect(`/masuk?callbackUrl=${encodeURIComponent(path)}`);
  }
  return (
    <>
      <SiteHeader />
      <PageMain>{children}</PageMain>
    </>
  );
}
