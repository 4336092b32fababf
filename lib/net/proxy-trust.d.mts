// Types of proxy-trust.mjs, for the TypeScript code that imports it (lib/env.ts, lib/client-address.ts, tests).
import type { IncomingMessage } from "node:http";

export const CLIENT_ADDRESS_HEADER: "x-loket-client-address";
export function normalizeAddress(raw: string | null | undefined): string | null;
export function parseTrustedProxies(value: string | null | undefined): { address: string; prefix: number; family: "ipv4" | "ipv6" }[];
export function proxyTrust(value: string | null | undefined): (address: string | null | undefined) => boolean;
export function resolveClientAddress(
  remoteAddress: string | null | undefined,
  forwardedFor: string | null | undefined,
  isTrusted: (address: string) => boolean,
): string;
export function prepareRequest(
  req: Pick<IncomingMessage, "headers"> & { socket?: { remoteAddress?: string } },
  isTrusted: (address: string | null | undefined) => boolean,
): void;
