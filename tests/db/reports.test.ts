import { describe, expect, it } from "vitest";
import { serviceStats, slaReport } from "../../features/reports/sla-report";
import { NOW, bulunganId, hosting, ids, p, serviceId, wita, s } from "../support/report-dataset";

/** The SLA report against a real database, on the dataset of tests/support/report-dataset.ts. */
describe("the dataset", () => {
  it("was built as described", async () => {
    const c = await p().serviceRequest.findUniqueOrThrow({ where: { id: ids.C } });
    expect(c.dueAt!.toISOString()).toBe(wita("2026-11-05T08:00").toISOString());
    expect(await p().slaPause.count({ where: { requestId: ids.C, endedAt: wita("2026-11-03T10:00") } })).toBe(1);
    const d = await p().serviceRequest.findUniqueOrThrow({ where: { id: ids.D } });
    expect([d.status, d.stagePosition, d.dueAt!.toISOString()]).toEqual(["DIPROSES", 2, wita("2026-11-11T09:00").toISOString()]);
  });
});

describe("slaReport", () => {
  it("counts, compliance and working-hour handling times per month, in the agency's months", async () => {
    const report = await slaReport(p(), bulunganId, { year: 2026 }, NOW);
    expect(report.months).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(report.services.map((s) => s.slug)).toEqual(["hosting-subdomain-email"]);
    const s = hosting(report);
    expect(s.targetPercent).toBe(90);
    const oct = s.months.find((m) => m.month === 10)!;
    expect(oct).toMatchObject({
      received: 3,
      completed: 2,
      withDue: 2,
      onTime: 1,
      compliance: 0.5,
      target: 0.9,
      meetsTarget: false,
      measured: 2,
    });
    expect(oct.avgHours).toBe(13.25); // (11.5 + 15) / 2
    expect(oct.p90Hours).toBe(15); // rank ⌈0.9 × 2⌉ = 2
    const nov = s.months.find((m) => m.month === 11)!;
    // C was submitted on 31 October in UTC but 1 November in Bulungan: it counts in November.
    expect(nov).toMatchObject({
      received: 3,
      completed: 1,
      withDue: 1,
      onTime: 1,
      compliance: 1,
      meetsTarget: true,
      avgHours: 13.5,
      p90Hours: 13.5,
    });
    for (const m of s.months.filter((x) => x.month < 10))
      expect(m).toMatchObject({ received: 0, completed: 0, compliance: null, avgHours: null });
    expect(s.total).toMatchObject({ received: 6, completed: 3, withDue: 3, onTime: 2, meetsTarget: false, p90Hours: 15 });
    expect(s.total.compliance).toBe(2 / 3);
    expect(s.total.avgHours).toBe(800 / 60); // (690 + 900 + 810) / 3 minutes
    expect(report.total).toEqual(s.total);
  });

  it("lists open requests by stage and the overdue one, as they stand now", async () => {
    const report = await slaReport(p(), bulunganId, { year: 2026 }, NOW);
    expect(report.openByStage.map((r) => [r.stagePosition, r.stageName, r.count])).toEqual([
      [1, "Verifikasi dan koordinasi dengan pemohon", 1],
      [2, "Registrasi hosting, subdomain dan email", 1],
    ]);
    const d = await p().serviceRequest.findUniqueOrThrow({ where: { id: ids.D } });
    expect(report.overdue).toEqual([
      {
        requestId: ids.D,
        registrationNumber: d.registrationNumber,
        serviceName: s(report).name,
        stagePosition: 2,
        stageName: "Registrasi hosting, subdomain dan email",
        status: "DIPROSES",
        dueAt: wita("2026-11-11T09:00"),
        overdueMinutes: 49 * 60, // 2×24 jam is calendar time, so is the delay
        measure: "calendar",
      },
    ]);
    // Before D's due moment nothing is overdue.
    expect((await slaReport(p(), bulunganId, { year: 2026 }, wita("2026-11-11T08:59"))).overdue).toEqual([]);
  });

  it("reports one month alone", async () => {
    const report = await slaReport(p(), bulunganId, { year: 2026, month: 10 }, NOW);
    expect(report.months).toEqual([10]);
    expect(hosting(report).total).toMatchObject({ received: 3, completed: 2, onTime: 1, compliance: 0.5, avgHours: 13.25, p90Hours: 15 });
  });

  it("uses the service's availability target, 90% when the standard states none", async () => {
    const babel = await p().agency.findUniqueOrThrow({ where: { slug: "bangka-belitung" } });
    const stats = await serviceStats(p(), babel.id, { year: 2026 }, { now: NOW });
    expect(stats.services.map((x) => [x.slug, x.targetPercent])).toEqual([["manajemen-data", 90]]);
    await p().service.update({ where: { id: serviceId }, data: { availabilityTarget: 60 } });
    try {
      const s = hosting(await serviceStats(p(), bulunganId, { year: 2026 }, { now: NOW }));
      expect([s.targetPercent, s.total.target, s.total.meetsTarget]).toEqual([60, 0.6, true]);
    } finally {
      await p().service.update({ where: { id: serviceId }, data: { availabilityTarget: null } });
    }
  });
});
