import "server-only";
import { getDatabase } from "./index";

/** Whether the app's database answers, how (embedded, server) and how fast. Reveals no configuration. */
export async function databaseHealth(): Promise<{ reachable: true; mode: string; latencyMs: number }> {
  const started = performance.now();
  const database = await getDatabase();
  await database.prisma.$queryRawUnsafe("SELECT 1");
  return { reachable: true, mode: database.kind, latencyMs: Math.round(performance.now() - started) };
}
