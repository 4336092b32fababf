import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Principal } from "../../features/auth/roles";
import type { TestDatabase } from "./test-db";

/**
 * The two process seams the authorization matrix replaces: who is signed in (the session) and
 * which database the app uses. Loaded from `vi.hoisted` before anything reads the environment, so
 * the document store the routes use lives in a temporary folder of this test file.
 *
 *   const { seams } = await vi.hoisted(() => import("../support/matrix-seams"));
 *   vi.mock("@/features/auth/session", () => ({ getPrincipal: async () => seams.principal }));
 *   vi.mock("@/lib/db", () => ({ db: async () => seams.database!.prisma, getDatabase: async () => seams.database! }));
 */
export interface MatrixSeams {
  dataDir: string;
  principal: Principal | null;
  database: TestDatabase | null;
}

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "loket-authz-"));
process.env.LOKET_DATA_DIR = dataDir;

export const seams: MatrixSeams = { dataDir, principal: null, database: null };
