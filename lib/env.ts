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
  /**
   * Demo catalog, demo accounts with published passwords and the public outbox. Default: on only for
   * the embedded database on a local origin (APP_URL unset or localhost); anywhere else an explicit choice.
   */
  LOKET_DEMO_DATA: boolish.optional(),
  /** Apply pending migrations when the app starts (default on). */
  LOKET_AUTO_MIGRATE: boolish.optional(),
  /** Connections per app process when using a PostgreSQL server. */
  LOKET_DB_POOL_MAX: z.coerce.number().int().min(1).max(200).default(10),
  LOG_LEVEL: z.enum(["debug", "info", "warn", "error"]).default("info"),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  /** Public origin of the portal, used in e-mailed links. Required in production unless running the local demo. Default http://localhost:PORT. */
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
  /** Public page cache of the production server (scripts/server.mjs); 0 turns it off. */
  LOKET_PAGE_CACHE: boolish.optional(),
  /** Set by scripts/server.mjs for its own page fills (lib/http/page-cache.mjs); not configured by hand. */
  LOKET_PAGE_FILL_SECRET: z.string().min(16).optional(),
  /** Run background jobs (mail delivery) inside the web process (default on); off when `npm run worker` runs them. */
  LOKET_INPROCESS_JOBS: boolish.optional(),
  /**
   * Test switch: fault hooks (LOKET_FAULT_*) take effect only with this on. Set by tests/e2e only;
   * never in a deployment.
   */
  LOKET_TEST_HOOKS: boolish.optional(),
  /**
   * Test hook (with LOKET_TEST_HOOKS): a folder. While `<folder>/armed` exists, a submission pauses
   * after storing its files and before recording them, and says so in `<folder>/paused.json`
   * (features/requests/fault-hooks.ts), for the crash test to kill the process at that point.
   */
  LOKET_FAULT_PAUSE_AFTER_STORE: z.string().min(1).optional(),
});

export type Env = z.infer<typeof envSchema> & {
  appUrl: string;
  dataDir: string;
  databaseMode: "server" | "embedded";
  demoData: boolean;
  /** Why demo data is on: chosen with LOKET_DEMO_DATA, or the default of a local embedded run. */
  demoReason: "chosen" | "local-default" | null;
  autoMigrate: boolean;
  /** LOKET_FAULT_PAUSE_AFTER_STORE when LOKET_TEST_HOOKS is on, else null. */
  faultPauseAfterStore: string | null;
};

const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]", "::1"]);

/** An origin only this machine reaches: the one place demo data may be on without being asked for. */
export function isLocalOrigin(appUrl: string | undefined): boolean {
  if (!appUrl) return true;
  const host = new URL(appUrl).hostname;
  return LOCAL_HOSTS.has(host) || host.endsWith(".localhost");
}

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
  const demoDefault = databaseMode === "embedded" && isLocalOrigin(e.APP_URL);
  const demoData = e.LOKET_DEMO_DATA ?? demoDefault;
  if (e.NODE_ENV === "production" && !demoData && !e.APP_URL) {
    throw new Error(
      "Invalid configuration. Fix these environment variables:\n  - APP_URL: required in production (the portal's public origin, e.g. https://loket.example.go.id); or set LOKET_DEMO_DATA=1 for a demo",
    );
  }
  return {
    ...e,
    appUrl: (e.APP_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, ""),
    dataDir: path.resolve(/*turbopackIgnore: true*/ e.LOKET_DATA_DIR ?? path.join(process.cwd(), ".data")),
    databaseMode,
    demoData,
    demoReason: !demoData ? null : e.LOKET_DEMO_DATA ? "chosen" : "local-default",
    autoMigrate: e.LOKET_AUTO_MIGRATE ?? true,
    faultPauseAfterStore: e.LOKET_TEST_HOOKS ? (e.LOKET_FAULT_PAUSE_AFTER_STORE ?? null) : null,
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
