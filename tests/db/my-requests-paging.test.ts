import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadMyRequestsPage } from "../../features/requests/portal-page";
import { MY_REQUESTS_PAGE } from "../../features/requests/queries";
import { type Fixture, seededFixture } from "../support/fixture";

/** "Permohonan saya" grows with use: it is paged (newest first, keyset), every request reachable, none twice. */
let fx: Fixture;
const ANI = "ani.rahmawati@bulungan.go.id";
const submitted: string[] = [];

beforeAll(async () => {
  fx = await seededFixture();
  for (let i = 0; i < MY_REQUESTS_PAGE + 5; i++) {
    submitted.push(
      (await fx.submitAs(ANI, "hosting-subdomain-email", { scopeCode: "hosting", details: { subdomain: `hal${i}` } })).requestId,
    );
  }
}, 120_000);
afterAll(() => fx.dispose());

describe("Permohonan saya", () => {
  it("shows 20 at a time, newest first, and the next page continues where the first ended", async () => {
    const { principal } = await fx.who(ANI);
    const first = await loadMyRequestsPage(fx.database.prisma, principal);
    expect(first.requests).toHaveLength(MY_REQUESTS_PAGE);
    expect(first.paged).toBe(false);
    expect(first.next).toBeTruthy();
    const second = await loadMyRequestsPage(fx.database.prisma, principal, first.next!);
    expect(second.paged).toBe(true);
    expect(second.next).toBeNull();
    const seen = [...first.requests, ...second.requests].map((r) => r.id);
    expect(new Set(seen).size).toBe(seen.length);
    expect([...seen].sort()).toEqual([...submitted].sort());
    const times = [...first.requests, ...second.requests].map((r) => r.submittedAt.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });

  it("starts from the top on a cursor it did not write, and shows nobody else's requests", async () => {
    const { principal } = await fx.who(ANI);
    for (const bad of ["bukan-kursor", "x".repeat(500), Buffer.from("2026-01-01T00:00:00Z|'; DROP").toString("base64url")]) {
      expect((await loadMyRequestsPage(fx.database.prisma, principal, bad)).requests).toHaveLength(MY_REQUESTS_PAGE);
    }
    const { principal: bayu } = await fx.who("bayu.pratama@bulungan.go.id");
    expect((await loadMyRequestsPage(fx.database.prisma, bayu)).requests).toEqual([]);
  });
});
