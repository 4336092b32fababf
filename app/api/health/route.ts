import { databaseHealth } from "@/lib/db/health";
import { logger } from "@/lib/logger";

export const dynamic = "force-dynamic";

/** Public liveness and database reachability. Reveals no configuration. */
export async function GET() {
  try {
    const health = await databaseHealth();
    return Response.json(
      { status: "ok", database: "reachable", mode: health.mode, latencyMs: health.latencyMs },
      { headers: { "Cache-Control": "no-store" } },
    );
  } catch (error) {
    logger.error("health check failed", { error: (error as Error).message });
    return Response.json({ status: "error", database: "unreachable" }, { status: 503, headers: { "Cache-Control": "no-store" } });
  }
}
