import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

/**
 * While the database cannot be reached, every guarded entry point says so honestly: 503 with
 * Retry-After and an Indonesian "try again shortly" (not the generic 500), server actions the same
 * message with what was typed, and /api/health "unreachable". The outage is real: a PostgreSQL URL
 * on a port where nothing listens.
 */
const { seams } = await vi.hoisted(() => import("../support/matrix-seams"));
vi.mock("@/features/auth/session", () => ({ getPrincipal: async () => seams.principal }));
vi.mock("@/lib/db", () => ({ db: async () => seams.database!.prisma, getDatabase: async () => seams.database! }));

import { GET as health } from "@/app/api/health/route";
import { POST as submit } from "@/app/api/permohonan/route";
import { GET as getDocument } from "@/app/api/dokumen/[id]/route";
import { setOwnPassword } from "@/features/auth/actions";
import { isDatabaseUnavailable } from "@/lib/db/unavailable";
import { type Database, openDatabase } from "@/lib/db/connection";
import type { TestDatabase } from "../support/test-db";
import { type Fixture, seededFixture } from "../support/fixture";

const DOWN = "postgresql://loket:loket@127.0.0.1:1/loket";
const MESSAGE = /tidak dapat menyimpan atau membaca data.*Coba kirim lagi dalam beberapa detik/;
let fx: Fixture;
let down: Database;

beforeAll(async () => {
  fx = await seededFixture();
  seams.principal = (await fx.who("ani.rahmawati@bulungan.go.id")).principal;
  down = await openDatabase({ kind: "server", url: DOWN, poolMax: 1 });
  seams.database = down as TestDatabase;
});
afterAll(async () => {
  await down.close();
  await fx.dispose();
});

describe("a database outage", () => {
  it("is told apart from other database errors", async () => {
    const outage = await down.prisma.user.count().catch((e: unknown) => e);
    expect(isDatabaseUnavailable(outage)).toBe(true);
    const raw = await down.prisma.$queryRawUnsafe("SELECT 1").catch((e: unknown) => e);
    expect(isDatabaseUnavailable(raw)).toBe(true);
    const duplicate = await fx.database.prisma.user
      .create({ data: { email: "ani.rahmawati@bulungan.go.id", name: "Ganda" } })
      .catch((e: unknown) => e);
    expect(isDatabaseUnavailable(duplicate)).toBe(false);
    const syntax = await fx.database.prisma.$queryRawUnsafe("SELEC 1").catch((e: unknown) => e);
    expect(isDatabaseUnavailable(syntax)).toBe(false);
    expect(isDatabaseUnavailable(new Error("boom"))).toBe(false);
  });

  it("answers route handlers with 503, Retry-After and a message to try again", async () => {
    const form = new FormData();
    form.set("idempotencyKey", randomUUID());
    form.set("serviceId", randomUUID());
    const res = await submit(
      new Request("http://localhost:3000/api/permohonan", {
        method: "POST",
        body: form,
        headers: { origin: "http://localhost:3000", host: "localhost:3000" },
      }),
      { params: Promise.resolve({}) },
    );
    expect(res.status).toBe(503);
    expect(res.headers.get("retry-after")).toBe("5");
    expect((await res.json()).message).toMatch(MESSAGE);

    const doc = await getDocument(new Request(`http://localhost:3000/api/dokumen/${randomUUID()}`), {
      params: Promise.resolve({ id: randomUUID() }),
    });
    expect([doc.status, doc.headers.get("retry-after")]).toEqual([503, "5"]);
  });

  it("gives server actions the same message and keeps what was typed", async () => {
    const form = new FormData();
    form.set("password", "Kata-Sandi-Baru-2026");
    form.set("confirm", "Kata-Sandi-Baru-2026");
    form.set("currentPassword", "Pemohon-Demo-2026");
    const result = await setOwnPassword(null, form);
    expect(result.status).toBe("error");
    if (result.status !== "error") return;
    expect(result.message).toMatch(MESSAGE);
    expect(result.reference).toBeUndefined();
    expect(result.values).toBeDefined();
  });

  it("reports the outage on /api/health", async () => {
    const res = await health();
    expect(res.status).toBe(503);
    expect(await res.json()).toMatchObject({ status: "error", database: "unreachable" });
  });
});
