// The staff queue with a million requests: `DATABASE_URL=postgresql://user:pass@host:5432/db npm run bench -- queue`
// (or `node --import tsx scripts/bench/queue.ts`).
// Creates a fresh database `loket_bench_queue` on that server (the role needs CREATEDB), migrates it,
// loads the catalog and demo accounts, then fills 1 000 000 ServiceRequest rows across the four
// agencies (40/25/20/15 %) with one INSERT … SELECT … FROM generate_series per agency, computed on the
// server from deterministic hashes of the series number (same data on every run). Then it times the
// real queue functions of features/workflow/queue.ts for the largest agency: 5 warm-ups and 50
// measured calls per scenario, p50 and p95. For a scenario whose p95 is over 100 ms it prints the
// EXPLAIN ANALYZE of its slowest statement (as `#` lines). Prints `BENCH queue <figure> <value> <unit>`;
// exits 1 on errors, 2 without DATABASE_URL; a missed goal is reported, not failed. The database is
// dropped at the end unless BENCH_KEEP=1; BENCH_EXPLAIN=1 prints the plans of all scenarios;
// BENCH_QUEUE_STALE_OPEN=<0..1> sets the share of open requests that are old (default 0.01).
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import type { Principal } from "../../features/auth/roles";
import { encodeCursor, listAgencyQueue, listMyQueue, type QueueParams, queueParamsSchema } from "../../features/workflow/queue";
import { openDatabase } from "../../lib/db/connection";
import type { SqlSession } from "../../lib/db/migrate";
import { PrismaClient } from "../../lib/generated/prisma/client";
import { seedCatalog } from "../../prisma/seed/catalog";
import { DEMO_APPLICANTS, DEMO_STAFF, seedDemoAccounts } from "../../prisma/seed/demo-accounts";
import { databaseUrls, dropServerDatabase, freshServerDatabase } from "../lib/database.mjs";

const BENCH_DATABASE = "loket_bench_queue";
const TOTAL_ROWS = 1_000_000;
/** Share of the rows per agency; the first is the largest and the one measured. */
const AGENCY_WEIGHTS: { slug: string; weight: number }[] = [
  { slug: "halmahera-timur", weight: 0.4 }, // two services: the service filter means something
  { slug: "bulungan", weight: 0.25 },
  { slug: "bangka-belitung", weight: 0.2 },
  { slug: "purbalingga", weight: 0.15 },
];
const SUBMITTED_FROM = new Date("2025-01-01T00:00:00Z");
const SUBMITTED_TO = new Date("2026-11-22T00:00:00Z");
const WARM_UPS = 5;
const RUNS = 50;
/** A scenario stops early (and says so) when its measured calls take longer than this in total. */
const SCENARIO_BUDGET_MS = 25_000;
const DEEP_PAGE = 400;
/** Also timed, reached with a cursor built from an OFFSET query (walking there would take minutes). */
const VERY_DEEP_PAGE = 8000;
const PAGE_SIZE = 25; // listAgencyQueue's default
const GOAL_P95_MS = 100;

const root = path.resolve(import.meta.dirname, "../..");
process.chdir(root); // migrations are read relative to the working directory
const log = (msg: string) => console.error(`[queue] ${msg}`);

const DATABASE_URL = process.env.DATABASE_URL;
if (!DATABASE_URL) {
  console.error(
    "the queue benchmark needs a PostgreSQL server: set DATABASE_URL=postgresql://user:pass@127.0.0.1:5432/db (a role that may CREATE DATABASE)",
  );
  process.exit(2);
}
const KEEP = process.env.BENCH_KEEP === "1";
/** BENCH_EXPLAIN=1: print the plan of every scenario, not only of those over the goal. */
const EXPLAIN_ALL = process.env.BENCH_EXPLAIN === "1";

// ── Infrastructure ────────────────────────────────────────────────────────────────────────────

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length) - 1;
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank))]!;
}

const seconds = (ms: number) => (ms / 1000).toFixed(1);

function shareFromEnv(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!(value >= 0 && value <= 1)) {
    console.error(`${name} must be a number from 0 to 1, got "${raw}"`);
    process.exit(2);
  }
  return value;
}

// ── Fill ─────────────────────────────────────────────────────────────────────────────────────

const FIRST_NAMES = [
  "Ani",
  "Bayu",
  "Citra",
  "Dimas",
  "Eka",
  "Fajar",
  "Gita",
  "Hendra",
  "Indah",
  "Joko",
  "Kartika",
  "Lukman",
  "Maya",
  "Nur",
  "Oktaviani",
  "Putri",
  "Rahmat",
  "Rina",
  "Sari",
  "Taufik",
  "Umi",
  "Vina",
  "Wahyu",
  "Yudi",
  "Zainal",
  "Agus",
  "Dewi",
  "Rahma",
  "Budi",
  "Siti",
  "Fitri",
  "Irfan",
  "Lina",
  "Muhammad",
  "Novi",
  "Rizal",
  "Sulastri",
  "Yohana",
  "Hasan",
  "Wulan",
];
const LAST_NAMES = [
  "Rahmawati",
  "Pratama",
  "Lestari",
  "Saputra",
  "Wulandari",
  "Hidayat",
  "Santoso",
  "Kurniawan",
  "Siregar",
  "Nasution",
  "Rahman",
  "Susanto",
  "Wibowo",
  "Setiawan",
  "Hasibuan",
  "Purnomo",
  "Harahap",
  "Gunawan",
  "Utami",
  "Permana",
  "Sangadji",
  "Tomagola",
  "Laing",
  "Lamadi",
  "Kadir",
  "Anggraini",
  "Firmansyah",
  "Nugroho",
  "Astuti",
  "Prasetyo",
  "Syahputra",
  "Maharani",
];
const JABATAN = [
  "Pranata Komputer Ahli Pertama",
  "Pranata Komputer Ahli Muda",
  "Pranata Komputer Terampil",
  "Analis Sistem Informasi",
  "Statistisi Ahli Pertama",
  "Perencana Ahli Muda",
  "Pengelola Data",
  "Pengadministrasi Umum",
  "Kepala Sub Bagian Umum",
  "Kepala Sub Bagian Perencanaan",
  "Sekretaris",
  "Operator Layanan Operasional",
  "Penata Kelola Sistem dan Teknologi Informasi",
  "Arsiparis Ahli Pertama",
  "Analis Kebijakan Ahli Muda",
];

interface AgencyFill {
  id: string;
  slug: string;
  code: string;
  timeZone: string;
  rows: number;
  seedOffset: number;
  serviceIds: string[];
  serviceNames: string[];
  stageCounts: number[];
  /** Comma-joined scope codes per service ("" when the service has none). */
  scopeLists: string[];
  /** Holder of stage p of service s at [(s − 1) · MAX_STAGES + p − 1] (null when the role has no demo user). */
  stageAssignees: (string | null)[];
  applicantIds: string[];
  applicantEmails: string[];
  opdIds: string[];
  opdNames: string[];
}
const MAX_STAGES = 20;
/** Open requests: most were submitted in the last weeks (exponential age, this mean in days)… */
const OPEN_MEAN_AGE_DAYS = 21;
/**
 * …and this share is a stale backlog, spread over the whole period like the closed ones.
 * BENCH_QUEUE_STALE_OPEN overrides it (0 = a tidy office: the open-request filters then have to
 * walk past the whole closed history on the (agencyId, dueAt, id) index).
 */
const STALE_OPEN_SHARE = shareFromEnv("BENCH_QUEUE_STALE_OPEN", 0.01);

async function loadFillPlan(s: SqlSession): Promise<AgencyFill[]> {
  const plans: AgencyFill[] = [];
  let offset = 0;
  for (const [index, { slug, weight }] of AGENCY_WEIGHTS.entries()) {
    const [agency] = await s.query<{ id: string; code: string; timeZone: string }>(
      `SELECT id, code, "timeZone" FROM "Agency" WHERE slug = $1`,
      [slug],
    );
    if (!agency) throw new Error(`agency ${slug} is not in the catalog seed`);
    const services = await s.query<{ id: string; name: string; scopes: string }>(
      `SELECT s.id, s.name, coalesce((SELECT string_agg(code, ',' ORDER BY position) FROM "ServiceScope" WHERE "serviceId" = s.id), '') AS scopes
         FROM "Service" s WHERE s."agencyId" = $1 AND s.status = 'PUBLISHED' ORDER BY s.position`,
      [agency.id],
    );
    if (services.length === 0) throw new Error(`agency ${slug} has no published service`);
    const stages = await s.query<{ serviceId: string; position: number; userId: string | null }>(
      `SELECT w."serviceId", w.position,
              (SELECT m."userId" FROM "Membership" m WHERE m."agencyId" = w."agencyId" AND m.role = w.role ORDER BY m."createdAt" LIMIT 1) AS "userId"
         FROM "WorkflowStage" w WHERE w."agencyId" = $1`,
      [agency.id],
    );
    const stageAssignees: (string | null)[] = Array.from({ length: services.length * MAX_STAGES }, () => null);
    const stageCounts = services.map((svc, si) => {
      const own = stages.filter((st) => st.serviceId === svc.id);
      if (own.length === 0) throw new Error(`service ${svc.name} has no workflow stages`);
      for (const st of own) stageAssignees[si * MAX_STAGES + st.position - 1] = st.userId;
      return own.length;
    });
    const emails = DEMO_APPLICANTS.filter((a) => a.agencySlug === slug).map((a) => a.email);
    const applicants = await s.query<{ id: string; email: string }>(
      `SELECT id, email FROM "User" WHERE email = ANY($1::text[]) ORDER BY email`,
      [emails],
    );
    if (applicants.length === 0) throw new Error(`agency ${slug} has no demo applicant`);
    const opds = await s.query<{ id: string; name: string }>(`SELECT id, name FROM "Opd" WHERE "agencyId" = $1 ORDER BY name`, [agency.id]);
    if (opds.length === 0) throw new Error(`agency ${slug} has no OPD`);
    const rows = index === AGENCY_WEIGHTS.length - 1 ? TOTAL_ROWS - plans.reduce((n, p) => n + p.rows, 0) : Math.round(TOTAL_ROWS * weight);
    plans.push({
      id: agency.id,
      slug,
      code: agency.code,
      timeZone: agency.timeZone,
      rows,
      seedOffset: offset,
      serviceIds: services.map((x) => x.id),
      serviceNames: services.map((x) => x.name),
      stageCounts,
      scopeLists: services.map((x) => x.scopes),
      stageAssignees,
      applicantIds: applicants.map((a) => a.id),
      applicantEmails: applicants.map((a) => a.email),
      opdIds: opds.map((o) => o.id),
      opdNames: opds.map((o) => o.name),
    });
    offset += 10_000_000;
  }
  return plans;
}

/**
 * One agency's rows, all computed on the server. r1…r13 are independent uniform numbers in [0, 1)
 * from hashes of the series number, so a run is reproducible. Closed requests are spread evenly over
 * the period; open ones are mostly recent (exponential age, mean OPEN_MEAN_AGE_DAYS) plus a small
 * stale backlog (STALE_OPEN_SHARE) spread over the whole period.
 * The registration sequence follows submission order within the agency's local year.
 */
const FILL_SQL = `
WITH base AS (
  SELECT n, ${Array.from({ length: 13 }, (_, k) => `((hashint8extended(n + $5::bigint, ${k + 1}) & 4503599627370495)::float8 / 4503599627370496) AS r${k + 1}`).join(",\n         ")}
    FROM generate_series(1::bigint, $4::bigint) AS n
), shaped AS (
  SELECT b.*,
         CASE WHEN r1 < 0.60 THEN 'SELESAI' WHEN r1 < 0.65 THEN 'DITOLAK' WHEN r1 < 0.75 THEN 'DIAJUKAN'
              WHEN r1 < 0.85 THEN 'DIVERIFIKASI' WHEN r1 < 0.95 THEN 'DIPROSES' ELSE 'PERLU_PERBAIKAN' END AS st,
         1 + floor(r2 * cardinality($6::uuid[]))::int AS si,
         1 + floor(r7 * cardinality($12::uuid[]))::int AS oi,
         1 + floor(r12 * cardinality($11::uuid[]))::int AS ai,
         1 + floor(r9 * ${FIRST_NAMES.length})::int AS fi,
         1 + floor(r10 * ${LAST_NAMES.length})::int AS li
    FROM base b
), timed AS (
  SELECT s.*,
         date_trunc('milliseconds',
           CASE WHEN st IN ('SELESAI', 'DITOLAK') THEN $18::timestamptz + ($19::timestamptz - $18::timestamptz) * r3
                WHEN r13 < ${STALE_OPEN_SHARE} THEN $19::timestamptz - ($19::timestamptz - $18::timestamptz) * r3
                ELSE greatest($19::timestamptz - make_interval(secs => -ln(1 - r3) * ${OPEN_MEAN_AGE_DAYS} * 86400), $18::timestamptz) END) AS sub,
         ($8::int[])[si] AS stages
    FROM shaped s
), placed AS (
  SELECT t.*,
         extract(year FROM sub AT TIME ZONE $3::text)::int AS yr,
         CASE WHEN st IN ('SELESAI', 'DITOLAK') THEN NULL
              WHEN st IN ('DIAJUKAN', 'PERLU_PERBAIKAN') THEN 1
              WHEN st = 'DIPROSES' THEN stages
              ELSE 1 + floor(r4 * greatest(stages - 1, 1))::int END AS pos,
         CASE WHEN r5 < 0.70 THEN date_trunc('milliseconds', sub + make_interval(days => 2 + floor(r6 * 59)::int, hours => floor(r11 * 9)::int)) END AS due,
         CASE WHEN st IN ('SELESAI', 'DITOLAK')
              THEN least(date_trunc('milliseconds', sub + make_interval(hours => 2 + floor(r6 * 24 * 45)::int)), $19::timestamptz) END AS done
    FROM timed t
), numbered AS (
  SELECT p.*, row_number() OVER (PARTITION BY yr ORDER BY sub, n) AS seq
    FROM placed p
)
INSERT INTO "ServiceRequest" (
  id, "agencyId", "serviceId", "scopeCode", "scopeCodes", "applicantId", "registrationNumber", year, sequence, "trackingCode", status,
  version, "applicantName", "applicantEmail", "employeeNumberKind", "employeeNumber", "opdId", "opdName", jabatan,
  description, details, "idempotencyKey", "stagePosition", "assigneeId", "stageEnteredAt", "receivedCompleteAt", "dueAt",
  "resultSummary", "submittedAt", "completedAt", "createdAt", "updatedAt")
SELECT md5('request:' || (n + $5::bigint))::uuid,
       $1::uuid,
       ($6::uuid[])[si],
       nullif(split_part(($9::text[])[si], ',', 1 + floor(r12 * greatest(cardinality(string_to_array(($9::text[])[si], ',')), 1))::int), ''),
       array_remove(ARRAY[nullif(split_part(($9::text[])[si], ',', 1 + floor(r12 * greatest(cardinality(string_to_array(($9::text[])[si], ',')), 1))::int), '')], NULL),
       ($11::uuid[])[ai],
       $2::text || '-' || yr || '-' || lpad(seq::text, 6, '0'),
       yr,
       seq,
       translate(upper(substr(md5('tracking:' || (n + $5::bigint)), 1, 8)), '01', 'XY'),
       st::"RequestStatus",
       CASE WHEN st IN ('SELESAI', 'DITOLAK') THEN 3 + floor(r11 * 5)::int ELSE 1 + floor(r11 * 4)::int END,
       ($14::text[])[fi] || ' ' || ($15::text[])[li],
       ($17::text[])[ai],
       (CASE WHEN r4 < 0.85 THEN 'NIP' WHEN r4 < 0.95 THEN 'NI_PPPK' ELSE 'NIK' END)::"EmployeeNumberKind",
       CASE WHEN r4 < 0.95
            THEN (1965 + (n % 35))::text || lpad((1 + n % 12)::text, 2, '0') || lpad((1 + n % 28)::text, 2, '0')
                 || (1990 + (n % 33))::text || lpad((1 + (n / 7) % 12)::text, 2, '0') || (1 + n % 2)::text || lpad((1 + (n / 3) % 999)::text, 3, '0')
            ELSE '65' || lpad(((n * 7919) % 100000000000000)::text, 14, '0') END,
       ($12::uuid[])[oi],
       ($13::text[])[oi],
       ($16::text[])[1 + (n % cardinality($16::text[]))],
       'Permohonan ' || ($7::text[])[si] || ' untuk kebutuhan ' || ($13::text[])[oi] || ' tahun ' || yr || '.',
       '{}'::jsonb,
       md5('idempotency:' || (n + $5::bigint))::uuid::text,
       pos,
       CASE WHEN pos IS NOT NULL AND r8 < 0.5 THEN ($10::uuid[])[(si - 1) * ${MAX_STAGES} + pos] END,
       coalesce(done, least(sub + ($19::timestamptz - sub) * r4, $19::timestamptz)),
       CASE WHEN st NOT IN ('DIAJUKAN', 'PERLU_PERBAIKAN') THEN sub + make_interval(mins => 10 + floor(r11 * 600)::int) END,
       due,
       CASE WHEN st = 'SELESAI' THEN 'Layanan telah selesai dilaksanakan; dokumen hasil diunggah.' END,
       sub,
       done,
       sub,
       coalesce(done, least(sub + ($19::timestamptz - sub) * r4, $19::timestamptz))
  FROM numbered`;

function fillParams(a: AgencyFill): unknown[] {
  return [
    a.id,
    a.code,
    a.timeZone,
    a.rows,
    a.seedOffset,
    a.serviceIds,
    a.serviceNames,
    a.stageCounts,
    a.scopeLists,
    a.stageAssignees,
    a.applicantIds,
    a.opdIds,
    a.opdNames,
    FIRST_NAMES,
    LAST_NAMES,
    JABATAN,
    a.applicantEmails,
    SUBMITTED_FROM.toISOString(),
    SUBMITTED_TO.toISOString(),
  ];
}

/**
 * Bulk-load practice: the secondary indexes and foreign keys of ServiceRequest are dropped before the
 * fill and recreated, with their exact definitions as read from the catalog, afterwards (an index
 * built from sorted data is much faster than a million single inserts; re-adding a foreign key checks
 * every row in one join). The primary key stays. The benchmark checks that the table ends with the
 * same indexes and constraints it started with.
 */
async function fill(s: SqlSession, plans: AgencyFill[]): Promise<void> {
  const indexes = await s.query<{ name: string; def: string }>(
    `SELECT i.relname AS name, pg_get_indexdef(x.indexrelid) AS def
       FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid
      WHERE x.indrelid = '"ServiceRequest"'::regclass AND NOT x.indisprimary AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = x.indexrelid)`,
  );
  const foreignKeys = await s.query<{ name: string; def: string }>(
    `SELECT conname AS name, pg_get_constraintdef(oid) AS def FROM pg_constraint WHERE conrelid = '"ServiceRequest"'::regclass AND contype = 'f'`,
  );
  const triggers = await s.query<{ tgname: string }>(
    `SELECT tgname FROM pg_trigger WHERE tgrelid = '"ServiceRequest"'::regclass AND NOT tgisinternal`,
  );
  if (triggers.length > 0)
    throw new Error(`ServiceRequest has triggers the fill would bypass or not expect: ${triggers.map((t) => t.tgname).join(", ")}`);
  const before = await schemaFingerprint(s);

  await s.exec("SET maintenance_work_mem = '256MB'; SET work_mem = '64MB'; SET synchronous_commit = off");
  for (const fk of foreignKeys) await s.exec(`ALTER TABLE "ServiceRequest" DROP CONSTRAINT "${fk.name}"`);
  for (const ix of indexes) await s.exec(`DROP INDEX "${ix.name}"`);

  for (const plan of plans) {
    const t0 = performance.now();
    await s.query(FILL_SQL, fillParams(plan));
    log(`  ${plan.slug}: ${plan.rows} rows in ${seconds(performance.now() - t0)} s`);
  }
  // The numbering counters, as submissions would have left them.
  await s.exec(
    `INSERT INTO "RequestCounter" ("agencyId", year, last) SELECT "agencyId", year, max(sequence) FROM "ServiceRequest" GROUP BY 1, 2
     ON CONFLICT ("agencyId", year) DO UPDATE SET last = excluded.last`,
  );
  let t0 = performance.now();
  for (const ix of indexes) await s.exec(ix.def);
  log(`  ${indexes.length} indexes rebuilt in ${seconds(performance.now() - t0)} s`);
  t0 = performance.now();
  for (const fk of foreignKeys) await s.exec(`ALTER TABLE "ServiceRequest" ADD CONSTRAINT "${fk.name}" ${fk.def}`);
  log(`  ${foreignKeys.length} foreign keys re-added (checked) in ${seconds(performance.now() - t0)} s`);

  const after = await schemaFingerprint(s);
  if (after !== before)
    throw new Error(`ServiceRequest's indexes or constraints differ after the fill:\nbefore ${before}\nafter  ${after}`);
  // What autovacuum does soon after a bulk insert: hint bits, visibility map, statistics.
  t0 = performance.now();
  await s.exec(`VACUUM (ANALYZE) "ServiceRequest"`);
  log(`  VACUUM (ANALYZE) in ${seconds(performance.now() - t0)} s`);
}

async function schemaFingerprint(s: SqlSession): Promise<string> {
  const rows = await s.query<{ d: string }>(
    `SELECT pg_get_indexdef(indexrelid) AS d FROM pg_index WHERE indrelid = '"ServiceRequest"'::regclass
     UNION ALL SELECT conname || ' ' || pg_get_constraintdef(oid) FROM pg_constraint WHERE conrelid = '"ServiceRequest"'::regclass
     ORDER BY 1`,
  );
  return rows.map((r) => r.d).join("; ");
}

// ── Measure ──────────────────────────────────────────────────────────────────────────────────

type Call = (prisma: PrismaClient) => Promise<unknown>;
interface Scenario {
  name: string;
  goal: boolean;
  call: Call;
}
interface Result {
  name: string;
  goal: boolean;
  runs: number;
  p50: number;
  p95: number;
  call: Call;
}

async function measure(prisma: PrismaClient, scenario: Scenario): Promise<Result> {
  for (let i = 0; i < WARM_UPS; i++) await scenario.call(prisma);
  const times: number[] = [];
  const started = performance.now();
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    await scenario.call(prisma);
    times.push(performance.now() - t0);
    if (performance.now() - started > SCENARIO_BUDGET_MS && i < RUNS - 1) {
      log(`  ${scenario.name}: stopped after ${times.length} of ${RUNS} runs (over ${SCENARIO_BUDGET_MS / 1000} s)`);
      break;
    }
  }
  times.sort((a, b) => a - b);
  return {
    name: scenario.name,
    goal: scenario.goal,
    runs: times.length,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    call: scenario.call,
  };
}

/** Runs `call` once on a client that logs its SQL, and EXPLAIN ANALYZEs the slowest statement. */
async function explainSlowest(url: string, call: Call): Promise<string[]> {
  const events: { query: string; params: string; duration: number }[] = [];
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: 1 }), log: [{ emit: "event", level: "query" }] });
  prisma.$on("query", (e) => events.push({ query: e.query, params: e.params, duration: e.duration }));
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await call(prisma);
    const slowest = events.filter((e) => /^\s*SELECT/i.test(e.query)).sort((a, b) => b.duration - a.duration)[0];
    if (!slowest) return ["(no statement captured)"];
    const params = JSON.parse(slowest.params) as unknown[];
    const plan = await client.query<{ "QUERY PLAN": string }>(`EXPLAIN (ANALYZE, BUFFERS) ${slowest.query}`, params);
    return [`SQL: ${slowest.query}`, `params: ${slowest.params}`, ...plan.rows.map((r) => r["QUERY PLAN"])];
  } finally {
    await client.end();
    await prisma.$disconnect();
  }
}

// ── Run ──────────────────────────────────────────────────────────────────────────────────────

const { target: benchUrl, admin: adminUrl } = databaseUrls(DATABASE_URL, BENCH_DATABASE);
let databaseCreated = false;
let database: Awaited<ReturnType<typeof openDatabase>> | undefined;
const failures: string[] = [];

async function cleanUp(): Promise<void> {
  await database?.close().catch(() => {});
  database = undefined;
  if (databaseCreated && !KEEP) {
    await dropServerDatabase(adminUrl, BENCH_DATABASE).catch((error: Error) => log(`could not drop ${BENCH_DATABASE}: ${error.message}`));
  } else if (databaseCreated) {
    log(`BENCH_KEEP=1: kept database ${BENCH_DATABASE}`);
  }
  databaseCreated = false;
}
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => void cleanUp().finally(() => process.exit(130)));
}

try {
  const benchStarted = performance.now();
  await freshServerDatabase(adminUrl, BENCH_DATABASE);
  databaseCreated = true;
  const where = new URL(benchUrl);
  log(`fresh database ${BENCH_DATABASE} on ${where.hostname}:${where.port || 5432}`);

  database = await openDatabase({ kind: "server", url: benchUrl, poolMax: 4 });
  const db = database;
  const prisma = db.prisma;
  await db.migrate();
  await seedCatalog(prisma);
  await seedDemoAccounts(prisma);
  log("migrated; catalog and demo accounts loaded");

  // Fill.
  const fillStarted = performance.now();
  const plans = await db.withSession(async (s) => {
    const p = await loadFillPlan(s);
    await fill(s, p);
    return p;
  });
  const fillSeconds = (performance.now() - fillStarted) / 1000;
  const [{ count }] = (await db.withSession((s) => s.query<{ count: number }>(`SELECT count(*)::int AS count FROM "ServiceRequest"`))) as [
    { count: number },
  ];
  console.log(`BENCH queue fill-seconds ${fillSeconds.toFixed(1)} s`);
  console.log(`BENCH queue rows ${count} rows`);
  if (count !== TOTAL_ROWS) throw new Error(`expected ${TOTAL_ROWS} rows, found ${count}`);

  // The largest agency and what the scenarios need from it.
  const agency = plans[0]!;
  const profile = await db.withSession(async (s) => {
    const [shape] = await s.query<Record<string, number>>(
      `SELECT count(*)::int AS total,
              count(*) FILTER (WHERE status IN ('DIAJUKAN','DIVERIFIKASI','DIPROSES','PERLU_PERBAIKAN'))::int AS open,
              count(*) FILTER (WHERE status IN ('DIAJUKAN','DIVERIFIKASI','DIPROSES') AND "dueAt" < now())::int AS overdue,
              count(*) FILTER (WHERE "dueAt" IS NOT NULL)::int AS dated,
              count(*) FILTER (WHERE "applicantName" ILIKE '%rahma%')::int AS rahma
         FROM "ServiceRequest" WHERE "agencyId" = $1`,
      [agency.id],
    );
    const [sample] = await s.query<{ registrationNumber: string }>(
      `SELECT "registrationNumber" FROM "ServiceRequest" WHERE "agencyId" = $1 AND year = 2026 AND sequence = 12345`,
      [agency.id],
    );
    return { shape: shape!, registrationNumber: sample!.registrationNumber };
  });
  const sh = profile.shape;
  console.log(
    `# ${agency.slug} (${agency.code}): ${sh.total} requests (stale open share ${STALE_OPEN_SHARE}), ${sh.open} open (incl. PERLU_PERBAIKAN), ${sh.overdue} overdue, ` +
      `${sh.dated} with a due date, ${sh.rahma} with "rahma" in the name; services: ${agency.serviceNames.join(" | ")}`,
  );

  const staffEmail = DEMO_STAFF.find((g) => g.agencySlug === agency.slug)?.staff.find((x) => x.role === "PETUGAS_LAYANAN")?.email;
  const officer = await prisma.user.findUniqueOrThrow({
    where: { email: staffEmail ?? "" },
    select: { id: true, email: true, name: true, memberships: { where: { agencyId: agency.id }, select: { agencyId: true, role: true } } },
  });
  const principal: Principal = {
    id: officer.id,
    email: officer.email,
    name: officer.name,
    isPlatformAdmin: false,
    memberships: officer.memberships,
  };

  const params = (raw: Record<string, string>): QueueParams => queueParamsSchema.parse(raw);
  /** Follows `next` from page 1 to page `n`; returns the cursor that opens page `n`. */
  async function cursorOfPage(raw: Record<string, string>, n: number): Promise<string> {
    let cursor: string | null = null;
    for (let page = 1; page < n; page++) {
      const result: { next: string | null } = await listAgencyQueue(prisma, agency.id, params(cursor ? { ...raw, setelah: cursor } : raw));
      if (!result.next) throw new Error(`the queue ended at page ${page}, before page ${n}`);
      cursor = result.next;
    }
    return cursor!;
  }
  let t0 = performance.now();
  // Deep pages walk the whole history ("semua"), the largest set a queue can page through.
  const deepUrgency = await cursorOfPage({ status: "semua" }, DEEP_PAGE);
  const deepNewest = await cursorOfPage({ status: "semua", urut: "terbaru" }, DEEP_PAGE);
  log(
    `followed cursors to page ${DEEP_PAGE} (both orders) in ${seconds(performance.now() - t0)} s; urgency cursor ${Buffer.from(deepUrgency, "base64url").toString()}`,
  );

  /** The cursor that opens page `n` (the last row of page n − 1), read directly with OFFSET. */
  const cursorsByOffset = (n: number) =>
    db.withSession(async (s) => {
      const skip = (n - 1) * PAGE_SIZE - 1;
      const [due] = await s.query<{ dueAt: Date; id: string }>(
        `SELECT "dueAt", id FROM "ServiceRequest" WHERE "agencyId" = $1 AND "dueAt" IS NOT NULL ORDER BY "dueAt", id OFFSET $2 LIMIT 1`,
        [agency.id, skip],
      );
      const [newest] = await s.query<{ submittedAt: Date; id: string }>(
        `SELECT "submittedAt", id FROM "ServiceRequest" WHERE "agencyId" = $1 ORDER BY "submittedAt" DESC, id DESC OFFSET $2 LIMIT 1`,
        [agency.id, skip],
      );
      if (!due || !newest) throw new Error(`page ${n} is beyond the end of the queue`);
      return {
        urgency: encodeCursor({ p: "due", d: due.dueAt.toISOString(), i: due.id }),
        newest: encodeCursor({ p: "newest", s: newest.submittedAt.toISOString(), i: newest.id }),
      };
    });
  const check = await cursorsByOffset(DEEP_PAGE);
  if (check.urgency !== deepUrgency || check.newest !== deepNewest)
    throw new Error(`cursors built with OFFSET differ from the followed ones at page ${DEEP_PAGE}`);
  const veryDeep = await cursorsByOffset(VERY_DEEP_PAGE);

  const q =
    (raw: Record<string, string>): Call =>
    (p) =>
      listAgencyQueue(p, agency.id, params(raw));
  const scenarios: Scenario[] = [
    { name: "first-page", goal: true, call: q({}) },
    { name: "first-page-all", goal: true, call: q({ status: "semua" }) },
    { name: "filtered-open-service", goal: true, call: q({ status: "terbuka", layanan: agency.serviceIds[0]! }) },
    { name: "filtered-overdue", goal: true, call: q({ terlambat: "1" }) },
    { name: "deep-page", goal: true, call: q({ status: "semua", setelah: deepUrgency }) },
    { name: "deep-page-newest", goal: true, call: q({ status: "semua", urut: "terbaru", setelah: deepNewest }) },
    { name: `deep-page-${VERY_DEEP_PAGE}`, goal: false, call: q({ status: "semua", setelah: veryDeep.urgency }) },
    { name: `deep-page-newest-${VERY_DEEP_PAGE}`, goal: false, call: q({ status: "semua", urut: "terbaru", setelah: veryDeep.newest }) },
    { name: "search-number", goal: false, call: q({ q: profile.registrationNumber }) },
    { name: "search-name", goal: false, call: q({ q: "rahma" }) },
    { name: "my-queue", goal: false, call: (p) => listMyQueue(p, principal, agency.id) },
  ];

  // Sanity: each scenario returns what it should before it is timed.
  const firstPage = await listAgencyQueue(prisma, agency.id, params({}));
  const byNumber = await listAgencyQueue(prisma, agency.id, params({ q: profile.registrationNumber }));
  const mine = await listMyQueue(prisma, principal, agency.id);
  if (firstPage.rows.length !== PAGE_SIZE || !firstPage.next) throw new Error(`first page has ${firstPage.rows.length} rows`);
  if (byNumber.rows.length !== 1 || byNumber.rows[0]!.registrationNumber !== profile.registrationNumber) {
    throw new Error(`search for ${profile.registrationNumber} found ${byNumber.rows.length} rows`);
  }
  if (mine.length === 0) throw new Error(`"Perlu tindakan saya" of ${principal.email} is empty`);

  const results: Result[] = [];
  t0 = performance.now();
  for (const scenario of scenarios) {
    const r = await measure(prisma, scenario);
    results.push(r);
    console.log(`BENCH queue ${r.name}-p50 ${r.p50.toFixed(1)} ms`);
    console.log(`BENCH queue ${r.name}-p95 ${r.p95.toFixed(1)} ms`);
  }
  log(`measured ${scenarios.length} scenarios in ${seconds(performance.now() - t0)} s`);

  const missed = results.filter((r) => r.goal && r.p95 > GOAL_P95_MS);
  const slowOthers = results.filter((r) => !r.goal && r.p95 > GOAL_P95_MS);
  const list = (rs: Result[]) => rs.map((r) => `${r.name} ${r.p95.toFixed(0)} ms`).join(", ");
  console.log(
    `# goal p95 <= ${GOAL_P95_MS} ms (first page, filtered, deep page ${DEEP_PAGE}): ` +
      (missed.length === 0 ? "met" : `NOT met (${list(missed)})`),
  );
  if (slowOthers.length > 0) console.log(`# also over ${GOAL_P95_MS} ms (outside the goal): ${list(slowOthers)}`);
  for (const r of results.filter((x) => EXPLAIN_ALL || x.p95 > GOAL_P95_MS)) {
    console.log(`# EXPLAIN ANALYZE of the slowest statement of ${r.name} (p95 ${r.p95.toFixed(1)} ms):`);
    for (const line of await explainSlowest(benchUrl, r.call)) console.log(`#   ${line}`);
  }
  console.log(`# total ${seconds(performance.now() - benchStarted)} s`);
} catch (error) {
  failures.push((error as Error).stack ?? String(error));
} finally {
  await cleanUp();
}

if (failures.length > 0) {
  for (const f of failures) console.error(`FAIL queue: ${f}`);
  process.exit(1);
}
