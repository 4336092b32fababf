import type { PrismaClient } from "@/lib/generated/prisma/client";
import { localDayRange } from "@/lib/time/zones";

/**
 * How many running deadlines a holiday bears on: open requests whose clock started before the
 * holiday's end and whose due moment lies after its start. Removing (or adding) that day moves
 * exactly those, so the admin is told the number before confirming.
 */
export async function deadlinesCoveringHolidays(
  prisma: PrismaClient,
  agencyId: string,
  timeZone: string,
  dates: readonly Date[],
): Promise<Map<string, number>> {
  const open = await prisma.serviceRequest.findMany({
    where: { agencyId, stagePosition: { not: null }, dueAt: { not: null }, receivedCompleteAt: { not: null } },
    select: { receivedCompleteAt: true, dueAt: true },
  });
  const counts = new Map<string, number>();
  for (const date of dates) {
    const day = localDayRange(date.toISOString().slice(0, 10), timeZone);
    const start = day.from.getTime();
    const end = day.to.getTime();
    counts.set(
      date.toISOString().slice(0, 10),
      open.filter((r) => r.receivedCompleteAt!.getTime() < end && r.dueAt!.getTime() > start).length,
    );
  }
  return counts;
}
