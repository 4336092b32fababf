import type { Database } from "@/lib/db/connection";
import { seedCatalog } from "../../prisma/seed/catalog";
import { seedDemoAccounts } from "../../prisma/seed/demo-accounts";
import { ensureNationalHolidays } from "../sla/calendar-store";

/**
 * What every start does before serving: apply pending migrations, then load the demo catalog
 * and the demo accounts when demo data is on and they are missing (an existing catalog is never
 * overwritten at start; `npm run db:seed` re-applies the seed on purpose). With demo data off, demo
 * accounts left from an earlier demo run are disabled.
 */
export async function prepareDatabase(
  database: Database,
  options: { migrate: boolean; demoData: boolean; log?: (line: string) => void },
): Promise<void> {
  const log = options.log ?? (() => {});
  if (options.migrate) {
    const report = await database.migrate(undefined, log);
    if (report.applied.length > 0) log(`applied ${report.applied.length} migration(s)`);
  }
  // Every agency's calendar carries the national holidays and cuti bersama (idempotent).
  const added = await ensureNationalHolidays(database.prisma);
  if (added > 0) log(`added ${added} national holiday(s) to agency calendars`);
  if (options.demoData) {
    const agencies = await database.prisma.agency.count();
    if (agencies === 0) {
      log("loading the demo catalog");
      await seedCatalog(database.prisma);
      await ensureNationalHolidays(database.prisma);
    }
    if ((await database.prisma.user.count({ where: { isDemo: true } })) === 0) {
      log("creating the demo accounts");
      await seedDemoAccounts(database.prisma);
    } else {
      await database.prisma.user.updateMany({ where: { isDemo: true, disabledAt: { not: null } }, data: { disabledAt: null } });
    }
  } else {
    // A database that once ran the demo keeps its demo accounts (their requests may matter), but
    // their published passwords must not open a real deployment: they are disabled.
    const disabled = await database.prisma.user.updateMany({ where: { isDemo: true, disabledAt: null }, data: { disabledAt: new Date() } });
    if (disabled.count > 0) log(`disabled ${disabled.count} demo account(s): demo data is off`);
  }
}
