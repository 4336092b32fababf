/**
 * Orderly shutdown of one server process. scripts/server.mjs (the production server) owns the
 * signals: on SIGTERM it stops accepting connections, lets in-flight requests finish, then runs these
 * hooks (newest first: the job scheduler finishes its running jobs, then the database closes) and
 * exits. Without it (`next dev`, `next start`) the hooks run on the signal itself.
 */
type Hook = () => Promise<void>;
const holder = globalThis as unknown as { __loketShutdownHooks?: Hook[]; __loketManagedShutdown?: boolean };

export function onShutdown(hook: Hook): void {
  const hooks = (holder.__loketShutdownHooks ??= []);
  hooks.push(hook);
  if (!holder.__loketManagedShutdown && hooks.length === 1) {
    const run = () => void runShutdownHooks();
    process.once("SIGTERM", run);
    process.once("SIGINT", run);
  }
}

export async function runShutdownHooks(): Promise<void> {
  const hooks = holder.__loketShutdownHooks ?? [];
  holder.__loketShutdownHooks = [];
  for (const hook of hooks.reverse()) await hook().catch(() => {});
}
