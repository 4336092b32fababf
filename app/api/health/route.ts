import { getDatabase } from "@/lib/db";
import { logger } from "@/lib/logger";

export const dynamic = "force-dynamic";

/** Public liveness and database reachability. Reveals no configuration. */
export async function GET() {
  const started = performance.now();
  try {
    const database = await getDatabase();
    await database.prisma.$queryRawUnsafe("SELECT 1");
    return Response.json(
      { status: "ok", database: "reachable", mode: database.kind, latencyMs: Math.round(performance.now() - started) },
      { headers: { "Cache-Control": "no-store" } },
    );
  } catch (error) {
    logger.error("health check failed", { error: (error as Error).message });
    return Response.json(
      { status: "error", database: "unreachable" },
      { status: 503, headers: { "Cache-Control": "no-store" } },
    );
  }
}
