/**
 * Runs once when the server starts: open the database (take the embedded folder's lock, apply
 * migrations, load demo data) before the first request, so that a misconfiguration stops the
 * process at start with a clear message instead of failing on a visitor's request.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { startServer } = await import("./lib/server-start");
    await startServer();
  }
}
