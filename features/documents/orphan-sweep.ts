import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { DocumentStore } from "./store";

/**
 * Every path that stores documents stores first and records after (the submission, the revision,
 * the result upload): a process that dies in between leaves a file no row names. This sweep removes
 * such files once they are older than a grace period far longer than any store-then-record step
 * takes, so a file whose row is about to be written is never touched; a file any document or result
 * row references is never removed, however old. Leftovers of writes that never finished go too.
 * Runs at start-up and periodically (features/jobs), whatever store is configured.
 */
export const ORPHAN_GRACE_MS = 60 * 60_000;
const BATCH = 500;

export interface SweepReport {
  checked: number;
  removed: number;
  unfinishedWrites: number;
}

export async function sweepOrphanFiles(
  prisma: PrismaClient,
  store: DocumentStore,
  options: { now?: Date; graceMs?: number } = {},
): Promise<SweepReport> {
  const now = options.now ?? new Date();
  const before = new Date(now.getTime() - (options.graceMs ?? ORPHAN_GRACE_MS));
  const report: SweepReport = { checked: 0, removed: 0, unfinishedWrites: await store.removeUnfinishedWrites(before) };
  let batch: string[] = [];
  const flush = async () => {
    if (batch.length === 0) return;
    const keys = batch;
    batch = [];
    const [documents, results] = await Promise.all([
      prisma.requestDocument.findMany({ where: { storageKey: { in: keys } }, select: { storageKey: true } }),
      prisma.resultDocument.findMany({ where: { storageKey: { in: keys } }, select: { storageKey: true } }),
    ]);
    const referenced = new Set([...documents, ...results].map((d) => d.storageKey));
    for (const key of keys) {
      if (referenced.has(key)) continue;
      await store.remove(key);
      report.removed++;
    }
  };
  for await (const entry of store.list()) {
    if (entry.modifiedAt >= before) continue;
    report.checked++;
    batch.push(entry.key);
    if (batch.length >= BATCH) await flush();
  }
  await flush();
  return report;
}
