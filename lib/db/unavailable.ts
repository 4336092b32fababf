/**
 * Whether an error means "the database cannot be reached right now" (PostgreSQL down, restarting,
 * out of connections, the network to it gone) rather than a fault of the request or of our code.
 * Such a failure is temporary: the guarded entry points answer 503 with Retry-After, and the user
 * is told to try again shortly, with what they typed kept.
 *
 * Recognised through the whole `cause` chain: Prisma's connection error codes, the driver
 * adapter's error kinds, PostgreSQL's connection-exception and shutdown SQLSTATEs, Node's socket
 * errors, and pg's pool messages.
 */
const PRISMA_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024"]);
const ADAPTER_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections", "DatabaseAccessDenied"]);
const SQLSTATE = /^(08\d{3}|57P0[1-3]|53300)$/;
const NODE_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "EHOSTUNREACH", "ENETUNREACH", "EAI_AGAIN"]);
const MESSAGES = [
  /Connection terminated/i,
  /timeout exceeded when trying to connect/i,
  /Can't reach database server/i,
  /Server has closed the connection/i,
];

export const DATABASE_RETRY_AFTER_SECONDS = 5;

export function isDatabaseUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  const queue: unknown[] = [error];
  while (queue.length > 0) {
    const e = queue.shift();
    if (!e || typeof e !== "object" || seen.has(e)) continue;
    seen.add(e);
    const x = e as { code?: unknown; kind?: unknown; message?: unknown; cause?: unknown; meta?: { driverAdapterError?: unknown } };
    if (typeof x.code === "string" && (PRISMA_CODES.has(x.code) || NODE_CODES.has(x.code) || SQLSTATE.test(x.code))) return true;
    if (typeof x.kind === "string" && ADAPTER_KINDS.has(x.kind)) return true;
    if (x.kind === "postgres" && typeof (x as { code?: unknown }).code === "string" && SQLSTATE.test(String(x.code))) return true;
    if (typeof x.message === "string" && MESSAGES.some((m) => m.test(x.message as string))) return true;
    queue.push(x.cause, x.meta?.driverAdapterError);
  }
  return false;
}
