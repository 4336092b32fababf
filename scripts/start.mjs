// `npm start`: build when the sources changed since the last build, then serve on PORT (3000).
// With no DATABASE_URL the server opens the embedded database in .data/, applies migrations and
// loads the demo data on first start (see instrumentation.ts).
import { spawn, spawnSync } from "node:child_process";
import { buildIsCurrent } from "./build-stamp.mjs";

if (!buildIsCurrent()) {
  console.log("Building Loket (first start or sources changed)…");
  const build = spawnSync(process.execPath, ["scripts/build.mjs"], { stdio: "inherit" });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const server = spawn(process.execPath, ["scripts/server.mjs"], {
  stdio: "inherit",
  env: { ...process.env, PORT: process.env.PORT || "3000", NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" },
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
