// Plumbing shared by the scripts that serve the production build for a run of their own
// (scripts/e2e-server.mjs, scripts/bench/*.mjs): build when needed, pick a port, start
// scripts/server.mjs, wait until it is healthy, stop it. Paths are relative to the repository root,
// the working directory of every caller.
import { spawn, spawnSync } from "node:child_process";
import net from "node:net";
import { buildIsCurrent } from "../build-stamp.mjs";

/** How much of a piped server's output is kept for error messages. */
const OUTPUT_TAIL = 20_000;

/**
 * Runs `node scripts/build.mjs` unless the build stamp says the production build is current.
 * Returns whether it built. The build's output goes to stderr as it runs, or, with
 * `captureOutput`, only when the build fails. A failed build throws an Error with the build's
 * exit `status` (null when a signal ended it).
 */
export function ensureBuild({ log, captureOutput = false }) {
  if (buildIsCurrent()) return false;
  log("building (sources changed since the last build)…");
  const result = captureOutput
    ? spawnSync(process.execPath, ["scripts/build.mjs"], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 })
    : spawnSync(process.execPath, ["scripts/build.mjs"], { stdio: ["ignore", 2, 2] });
  if (result.status !== 0) {
    if (captureOutput) {
      process.stderr.write(result.stdout ?? "");
      process.stderr.write(result.stderr ?? "");
    }
    throw Object.assign(new Error(`build failed (exit ${result.status ?? result.signal})`), { status: result.status });
  }
  return true;
}

/** A TCP port on 127.0.0.1 that nothing listens on right now. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/**
 * Starts scripts/server.mjs on 127.0.0.1:`port` with `env`. With `stdio: "pipe"` its output is
 * kept (the last 20 000 characters) for `output()`; with "inherit" it goes to this process's.
 */
export function startServer({ env, port, stdio = "pipe" }) {
  const server = spawn(process.execPath, ["scripts/server.mjs"], {
    env: { ...env, PORT: String(port), HOSTNAME: "127.0.0.1" },
    stdio: stdio === "pipe" ? ["ignore", "pipe", "pipe"] : stdio,
  });
  let output = "";
  for (const stream of [server.stdout, server.stderr]) {
    stream?.on("data", (chunk) => {
      output = (output + chunk).slice(-OUTPUT_TAIL);
    });
  }
  return { server, output: () => output };
}

/** Resolves once `${origin}/api/health` answers 200; throws with the server's output if it exits or times out. */
export async function waitForHealth(origin, server, output, timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.exitCode !== null || server.signalCode !== null) {
      throw new Error(`the server exited (${server.exitCode ?? server.signalCode}) before it was healthy:\n${output()}`);
    }
    try {
      const res = await fetch(`${origin}/api/health`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`/api/health did not answer 200 within ${timeoutMs / 1000} s:\n${output()}`);
}

/** SIGTERM, then SIGKILL after 10 s; resolves when the server has exited (at once if it has). */
export function stopServer(server) {
  if (!server || server.exitCode !== null || server.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => server.kill("SIGKILL"), 10_000);
    server.once("exit", () => {
      clearTimeout(timer);
      resolve();
    });
    server.kill("SIGTERM");
  });
}
