// `npm run build`: production build, offline, then record the build stamp.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import { buildStamp, STAMP_FILE } from "./build-stamp.mjs";

const stamp = buildStamp();
const result = spawnSync("npx", ["--no-install", "next", "build"], {
  stdio: "inherit",
  env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
});
if (result.status !== 0) process.exit(result.status ?? 1);
fs.writeFileSync(STAMP_FILE, stamp);
