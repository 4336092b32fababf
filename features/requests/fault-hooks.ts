import fs from "node:fs";
import path from "node:path";
import { env } from "@/lib/env";

/**
 * TEST HOOK, for the crash test (tests/e2e/crash-before-record.spec.ts) and nothing else: with
 * LOKET_TEST_HOOKS=1 and LOKET_FAULT_PAUSE_AFTER_STORE=<folder>, a submission that finds
 * `<folder>/armed` stops after its files are stored and before the statement that records them,
 * writes `<folder>/paused.json` (its storage keys and the process id) and waits for the test to
 * kill the process. Without both variables it is undefined and the submission path is untouched.
 * The arming file lets the test have requests acknowledged by the same process first.
 */
export const ARMED_FILE = "armed";
export const PAUSED_FILE = "paused.json";

export function pauseAfterStoreHook(): ((storageKeys: readonly string[]) => Promise<void>) | undefined {
  const folder = env().faultPauseAfterStore;
  if (!folder) return undefined;
  return async (storageKeys) => {
    if (!fs.existsSync(path.join(folder, ARMED_FILE))) return;
    // Written whole, then renamed: the test never reads half a marker.
    const marker = path.join(folder, PAUSED_FILE);
    fs.writeFileSync(`${marker}.tmp`, JSON.stringify({ pid: process.pid, storageKeys }));
    fs.renameSync(`${marker}.tmp`, marker);
    await new Promise<never>(() => {});
  };
}
