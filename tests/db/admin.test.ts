import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAgency, grantRole, revokeRole } from "../../features/admin/agencies";
import { verifyPassword } from "../../features/auth/password";
import { ConflictError, UserError } from "../../lib/errors";
import { seedCatalog } from "../../prisma/seed/catalog";
import { createTestDatabase, type TestDatabase } from "../support/test-db";

let database: TestDatabase;
const actor = { id: "00000000-0000-4000-8000-000000000001", name: "Admin Platform" };

beforeAll(async () => {
  database = await createTestDatabase();
  await seedCatalog(database.prisma);
});
afterAll(() => database.drop());

describe("platform administration", () => {
  it("creates an agency with the default hours and the national holidays, and refuses duplicates", async () => {
    const input = {
      slug: "kota-ternate",
      code: "TTE",
      name: "Dinas Komunikasi dan Informatika Kota Ternate",
      shortName: "Diskominfo Ternate",
      level: "KOTA" as const,
      region: "Kota Ternate",
      province: "Maluku Utara",
      timeZone: "Asia/Jayapura" as const,
      domain: "ternatekota.go.id",
    };
    const agency = await createAgency(database.prisma, actor, input);
    expect(await database.prisma.holiday.count({ where: { agencyId: agency.id } })).toBe(25);
    await expect(createAgency(database.prisma, actor, { ...input, code: "TTX" })).rejects.toBeInstanceOf(ConflictError);
  });

  it("grants a role to a new staff account with an initial password, and revokes it", async () => {
    const agency = await database.prisma.agency.findUniqueOrThrow({ where: { slug: "kota-ternate" } });
    await expect(
      grantRole(database.prisma, actor, { agencyId: agency.id, email: "baru@ternatekota.go.id", role: "PETUGAS_LAYANAN" }),
    ).rejects.toBeInstanceOf(UserError);
    const m = await grantRole(database.prisma, actor, {
      agencyId: agency.id,
      email: "baru@ternatekota.go.id",
      name: "Petugas Baru",
      role: "PETUGAS_LAYANAN",
      title: "Petugas Layanan",
      initialPassword: "Ternate-2026-awal",
    });
    const user = await database.prisma.user.findUniqueOrThrow({ where: { email: "baru@ternatekota.go.id" } });
    expect(await verifyPassword(user.passwordHash, "Ternate-2026-awal")).toBe(true);
    await revokeRole(database.prisma, actor, { agencyId: agency.id, membershipId: m.id });
    expect(await database.prisma.membership.count({ where: { userId: user.id } })).toBe(0);
    expect(
      await database.prisma.auditEntry.count({
        where: { agencyId: agency.id, action: { in: ["AGENCY_CREATED", "ROLE_GRANTED", "ROLE_REVOKED"] } },
      }),
    ).toBe(3);
  });
});
