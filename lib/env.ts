import path from "node:path";
import { z } from "zod";
import en from "zod/v4/locales/en.js";
import { parseTrustedProxies } from "./net/proxy-trust.mjs";

/**
 * The one place that reads process.env. Validated once; a bad value stops the process with a
 * message naming the variable to fix.
 */
const boolish = z.enum(["1", "0", "true", "false", "yes", "no"]).transform((v) => v === "1" || v === "true" || v === "yes");

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  /** PostgreSQL server. Unset → embedded PostgreSQL (PGlite) in LOKET_DATA_DIR. */
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "must be a postgres:// or postgresql:// URL")
    .optional(),
  /** Folder for the embedded database and stored files. */
  LOKET_DATA_DIR: z.string().min(1).optional(),
  /** Load demo catalog and accounts. Default: on in embedded mode, off with a server. */
  LOKET_DEMO_DATA: boolish.optional(),
  /** Apply pending migrations when the app starts (default on). */
  LOKET_AUTO_MIGRATE: boolish.optional(),
  /** Connections per app process when using a PostgreSQL server. */
  LOKET_DB_POOL_MAX: z.coerce.number().int().min(1).max(200).default(10),
  LOG_LEVEL: z.enum(["debug", "info", "warn", "error"]).default("info"),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  /** Public origin of the portal, used in e-mailed links. Default http://localhost:PORT. */
  APP_URL: z.url().optional(),
  /** Secret for session tokens (≥ 32 characters). Required with DATABASE_URL; generated and kept in LOKET_DATA_DIR otherwise. */
  AUTH_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
  /** smtp://user:pass@host:port or smtps://…; unset → messages go to the local outbox. */
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, "must be an smtp:// or smtps:// URL")
    .optional(),
  MAIL_FROM: z.string().default("Loket <no-reply@loket.localhost>"),
  /**
   * Reverse proxies in front of the app (comma-separated IPs or CIDR ranges). Only from these are
   * X-Forwarded-For/-Host/-Proto believed (scripts/server.mjs); unset → the socket peer is the client.
   */
  LOKET_TRUSTED_PROXIES: z
    .string()
    .superRefine((value, ctx) => {
      try {
        parseTrustedProxies(value);
      } catch (error) {
        ctx.addIssue({ code: "custom", message: (error as Error).message });
      }
    })
    .optional(),
  /** Run background jobs (mail delivery) inside the web process (default on); off when `npm run worker` runs them. */
  LOKET_INPROCESS_JOBS: boolish.optional(),
});

export type Env = z.infer<typeof envSchema> & {
  appUrl: string;
  dataDir: string;
  databaseMode: "server" | "embedded";
  demoData: boolean;
  autoMigrate: boolean;
};

let cached: Env | undefined;

export function loadEnv(source: NodeJS.ProcessEnv = process.env): Env {
  // Operators read these messages: English, whatever the app configured for its users' forms.
  const parsed = envSchema.safeParse(Object.fromEntries(Object.entries(source).filter(([, v]) => v !== "")), { error: en().localeError });
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  - ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid configuration. Fix these environment variables:\n${lines.join("\n")}`);
  }
  const e = parsed.data;
  const databaseMode = e.DATABASE_URL ? "server" : "embedded";
  if (databaseMode === "server" && e.NODE_ENV === "production" && !e.AUTH_SECRET) {
    throw new Error(
      "Invalid configuration. Fix these environment variables:\n  - AUTH_SECRET: required when DATABASE_URL is set (at least 32 random characters)",
    );
  }
  return {
    ...e,
    appUrl: (e.APP_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, ""),
    dataDir: path.resolve(/*turbopackIgnore: true*/ e.LOKET_DATA_DIR ?? path.join(process.cwd(), ".data")),
    databaseMode,
    demoData: e.LOKET_DEMO_DATA ?? databaseMode === "embedded",
    autoMigrate: e.LOKET_AUTO_MIGRATE ?? true,
  };
}

export function env(): Env {
  if (!cached) {
    cached = loadEnv();
    // next-auth v4 reads its public origin from NEXTAUTH_URL; derive it from our validated config.
    process.env.NEXTAUTH_URL ??= cached.appUrl;
  }
  return cached;
}
