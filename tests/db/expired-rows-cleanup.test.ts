import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BACKGROUND_JOBS } from "../../features/jobs/background-jobs";
import { deleteExpiredRows, EXPIRED_ROWS_JOB } from "../../features/jobs/expired-rows";
import { RATE_LIMIT_LONGEST_WINDOW_SECONDS } from "../../features/auth/rate-limit";
import { createTestDatabase, type TestDatabase } from "../support/test-db";

/** Rate-limit windows and sign-in links that can no longer matter are deleted on a schedule. */
let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.drop());

const HOUR = 3_600_000;

describe("expired rows", () => {
  it("deletes finished rate-limit windows and expired sign-in links, and keeps live ones", async () => {
    const p = database.prisma;
    const now = new Date();
    const old = new Date(now.getTime() - RATE_LIMIT_LONGEST_WINDOW_SECONDS * 1000 - HOUR);
    await p.rateLimit.createMany({
      data: [
        { key: "signin:password:old", windowStart: old, count: 5 },
        { key: "track:old", windowStart: old, count: 30 },
        { key: "signin:password:live", windowStart: new Date(now.getTime() - 60_000), count: 2 },
      ],
    });
    await p.verificationToken.createMany({
      data: [
        { identifier: "ani@x.go.id", token: "expired-token", expires: new Date(now.getTime() - HOUR) },
        { identifier: "ani@x.go.id", token: "live-token", expires: new Date(now.getTime() + HOUR) },
      ],
    });

    expect(await deleteExpiredRows(p, now)).toEqual({ rateLimits: 2, signInTokens: 1 });
    expect((await p.rateLimit.findMany({ select: { key: true } })).map((r) => r.key)).toEqual(["signin:password:live"]);
    expect((await p.verificationToken.findMany({ select: { token: true } })).map((r) => r.token)).toEqual(["live-token"]);
    expect(await deleteExpiredRows(p, now)).toEqual({ rateLimits: 0, signInTokens: 0 });
  });

  it("runs as one of the background jobs", () => {
    expect(BACKGROUND_JOBS.map((j) => j.name)).toContain(EXPIRED_ROWS_JOB);
  });
});
