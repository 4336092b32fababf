import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { env, type Env } from "@/lib/env";

/**
 * The session-signing secret: AUTH_SECRET when configured (required in production with a server
 * database); otherwise generated once and kept in the data folder, so sessions survive restarts
 * of the embedded demo without any setup.
 */
let cached: string | undefined;

export function authSecret(e: Env = env()): string {
  if (cached) return cached;
  if (e.AUTH_SECRET) return (cached = e.AUTH_SECRET);
  const file = path.join(/*turbopackIgnore: true*/ e.dataDir, "auth-secret");
  fs.mkdirSync(e.dataDir, { recursive: true });
  try {
    fs.writeFileSync(file, randomBytes(32).toString("base64url"), { flag: "wx", mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  }
  cached = fs.readFileSync(file, "utf8").trim();
  return cached;
}
