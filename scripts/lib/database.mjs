// Throw-away databases on a PostgreSQL server, for the scripts that run against one
// (scripts/e2e-server.mjs, scripts/bench/submit.mjs, scripts/bench/queue.ts). The role needs CREATEDB.
import pg from "pg";

/** URL of `database` on the server of `url`; and of a database to administer it from. */
export function databaseUrls(url, database) {
  const target = new URL(url);
  target.pathname = `/${database}`;
  // A database cannot be dropped from a connection to itself: administer it from `postgres` then.
  const admin = new URL(url);
  if (decodeURIComponent(admin.pathname.slice(1)) === database) admin.pathname = "/postgres";
  return { target: target.toString(), admin: admin.toString() };
}

async function adminQueries(adminUrl, statements) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    for (const sql of statements) await client.query(sql);
  } finally {
    await client.end();
  }
}

/** Drops `database` (closing its connections) if it exists and creates it empty. */
export function freshServerDatabase(adminUrl, database) {
  return adminQueries(adminUrl, [`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`, `CREATE DATABASE ${database}`]);
}

/** Drops `database`, closing its connections. */
export function dropServerDatabase(adminUrl, database) {
  return adminQueries(adminUrl, [`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`]);
}
