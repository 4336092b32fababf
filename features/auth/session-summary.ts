import type { Principal } from "./roles";
import { isStaff } from "./roles";

export type SessionSummary = { signedIn: false } | { signedIn: true; name: string; staff: boolean };

/** What the header of a cached public page may show about the visitor: nothing more than the server-rendered header shows. */
export function sessionSummary(principal: Principal | null): SessionSummary {
  return principal ? { signedIn: true, name: principal.name, staff: isStaff(principal) } : { signedIn: false };
}
