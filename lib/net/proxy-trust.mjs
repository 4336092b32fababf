// Which address a request comes from. Plain JavaScript so that scripts/server.mjs (the production
// server, run by Node without a build) and lib/env.ts (which validates LOKET_TRUSTED_PROXIES) share
// one parser. The server resolves the address once per request and hands it to the app in
// CLIENT_ADDRESS_HEADER; the app reads only that header (lib/client-address.ts).
import net from "node:net";

export const CLIENT_ADDRESS_HEADER = "x-loket-client-address";

/** Headers only a trusted proxy may set: from anyone else they are dropped before the app sees them. */
const PROXY_HEADERS = ["x-forwarded-for", "x-forwarded-host", "x-forwarded-proto", "x-forwarded-port", "x-real-ip", "forwarded"];

/** "::ffff:10.0.0.1" → "10.0.0.1", "[2001:db8::1]:443" → "2001:db8::1", "10.0.0.1:5000" → "10.0.0.1". */
export function normalizeAddress(raw) {
  let text = String(raw ?? "").trim();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(text);
  if (bracketed) text = bracketed[1];
  else if (/^\d{1,3}(\.\d{1,3}){3}:\d+$/.test(text)) text = text.slice(0, text.lastIndexOf(":"));
  if (/^::ffff:\d{1,3}(\.\d{1,3}){3}$/i.test(text)) text = text.slice(7);
  return net.isIP(text) ? text.toLowerCase() : null;
}

/**
 * Parses a comma-separated list of IP addresses and CIDR ranges ("10.0.0.1, 172.16.0.0/12, fd00::/8").
 * Throws an Error naming the first bad entry.
 */
export function parseTrustedProxies(value) {
  const entries = [];
  for (const item of String(value ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean)) {
    const [addressPart, prefixPart, extra] = item.split("/");
    const address = normalizeAddress(addressPart);
    const family = address ? net.isIP(address) : 0;
    const max = family === 6 ? 128 : 32;
    const prefix = prefixPart === undefined ? max : Number(prefixPart);
    if (!address || extra !== undefined || !/^\d+$/.test(String(prefix)) || prefix < 0 || prefix > max) {
      throw new Error(`"${item}" is not an IP address or CIDR range (e.g. 10.0.0.1 or 10.0.0.0/8)`);
    }
    entries.push({ address, prefix, family: family === 6 ? "ipv6" : "ipv4" });
  }
  return entries;
}

/** A predicate "is this peer one of our proxies?" over the parsed list. */
export function proxyTrust(value) {
  const list = new net.BlockList();
  const entries = parseTrustedProxies(value);
  for (const e of entries) list.addSubnet(e.address, e.prefix, e.family);
  return (address) => {
    const ip = normalizeAddress(address);
    return ip !== null && entries.length > 0 && list.check(ip, net.isIP(ip) === 6 ? "ipv6" : "ipv4");
  };
}

/**
 * The client's address: the socket peer, or, when the peer is a trusted proxy, the right-most
 * X-Forwarded-For entry that is not itself a trusted proxy (entries left of it are whatever the
 * client wrote, so they are never believed).
 */
export function resolveClientAddress(remoteAddress, forwardedFor, isTrusted) {
  const peer = normalizeAddress(remoteAddress) ?? "unknown";
  if (!isTrusted(peer)) return peer;
  const hops = String(forwardedFor ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  let client = peer;
  for (let i = hops.length - 1; i >= 0; i--) {
    const hop = normalizeAddress(hops[i]);
    // A malformed entry was written by someone we do not trust: the last trusted hop stands.
    if (!hop) return client;
    client = hop;
    if (!isTrusted(hop)) return hop;
  }
  return client;
}

/**
 * Run by the server on every request before Next.js sees it: drop any client-supplied address
 * header, drop forwarding headers unless the peer is a trusted proxy, and set the resolved address.
 */
export function prepareRequest(req, isTrusted) {
  const peer = req.socket?.remoteAddress;
  const headers = req.headers;
  const forwardedFor = headers["x-forwarded-for"];
  const fromProxy = isTrusted(peer);
  if (!fromProxy) for (const name of PROXY_HEADERS) delete headers[name];
  headers[CLIENT_ADDRESS_HEADER] = resolveClientAddress(peer, fromProxy ? [forwardedFor].flat().join(",") : "", isTrusted);
}
