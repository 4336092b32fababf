"use client";

import { signOut } from "next-auth/react";

export function SignOutButton({ label }: { label: string }) {
  return (
    <button type="button" onClick={() => signOut({ callbackUrl: "/" })} className="text-white underline underline-offset-2">
      {label}
    </button>
  );
}
