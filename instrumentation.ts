/**
 * Runs once when the server starts: open and prepare the database and start the background jobs
 * (features/runtime/start.ts) before the first request, so that a misconfiguration stops the
 * process at start with a clear message instead of failing on a visitor's request.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { startServer } = await import("./features/runtime/start");
    await startServer();
  }
}
