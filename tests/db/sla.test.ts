import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resubmitRevision } from "../../features/requests/revision";
import { raiseSlaAlerts } from "../../features/sla/alerts";
import { addLocalHoliday, addSpecialPeriod, removeHoliday, removeSpecialPeriod, setWorkingHours } from "../../features/sla/calendar-admin";
import { DEFAULT_WEEKLY_HOURS } from "../../features/catalog/content";
import { acceptRequest, returnToApplicant } from "../../features/workflow/desk";
import { type Fixture, samplePdf, seededFixture } from "../support/fixture";

let fx: Fixture;
const p = () => fx.database.prisma;
const who = (email: string) => fx.who(email);

beforeAll(async () => {
  fx = await seededFixture();
});
afterAll(() => fx.dispose());

async function bulunganRequest(acceptedAt: Date) {
  const { requestId } = await fx.submitAs("ani.rahmawati@bulungan.go.id", "hosting-subdomain-email", {
    scopeCode: "hosting",
    description: "Hosting untuk uji SLA.",
    details: { subdomain: "uji" },
  });
  const r = await p().serviceRequest.findUniqueOrThrow({ where: { id: requestId } });
  const doc = await p().requestDocument.findFirstOrThrow({ where: { requestId } });
  await acceptRequest(
    p(),
    await who("petugas.bulungan@loket.example"),
    {
      requestId,
      version: r.version,
      checks: [{ documentId: doc.id, valid: true }],
      assigneeId: (await p().user.findUniqueOrThrow({ where: { email: "teknis.bulungan@loket.example" } })).id,
    },
    acceptedAt,
  );
  return p().serviceRequest.findUniqueOrThrow({ where: { id: requestId } });
}

describe("SLA", () => {
  it("seeds the 2026 national holidays and cuti bersama into every agency's calendar", async () => {
    const agencies = await p().agency.count();
    expect(await p().holiday.count()).toBe(agencies * 25);
    expect(await p().holiday.count({ where: { kind: "CUTI_BERSAMA" } })).toBe(agencies * 8);
  });

  it("raises the 75% warning and the breach exactly once each, with one escalation to the superior, also across restarts and two workers", async () => {
    const acceptedAt = new Date("2026-11-20T02:00:00Z"); // Friday 10.00 WITA; 2×24 jam → Sunday 10.00 WITA
    const r = await bulunganRequest(acceptedAt);
    expect(r.dueAt!.toISOString()).toBe("2026-11-22T02:00:00.000Z");

    const early = new Date("2026-11-21T02:00:00Z"); // 50% used
    expect(await raiseSlaAlerts(p(), early)).toMatchObject({ warnings: 0, breaches: 0 });
    const warn = new Date("2026-11-21T16:00:00Z"); // 79% used
    const [w1, w2] = await Promise.all([raiseSlaAlerts(p(), warn), raiseSlaAlerts(p(), warn)]);
    expect(w1.warnings + w2.warnings).toBe(1);
    expect((await raiseSlaAlerts(p(), warn)).warnings).toBe(0);

    const late = new Date("2026-11-22T03:00:00Z");
    const [b1, b2] = await Promise.all([raiseSlaAlerts(p(), late), raiseSlaAlerts(p(), late)]);
    expect(b1.breaches + b2.breaches).toBe(1);
    expect((await raiseSlaAlerts(p(), new Date("2026-11-23T03:00:00Z"))).breaches).toBe(0); // "after a restart"

    expect(await p().slaAlert.count({ where: { requestId: r.id } })).toBe(2);
    const escalations = await p().mailMessage.findMany({
      where: { subject: { startsWith: `Eskalasi SLA: permohonan ${r.registrationNumber}` } },
    });
    expect(escalations.map((m) => m.to)).toEqual(["subkoor.bulungan@loket.example"]);
    const toActor = await p().mailMessage.findMany({
      where: { to: "teknis.bulungan@loket.example", subject: { contains: r.registrationNumber } },
    });
    expect(toActor.map((m) => m.subject.split(":")[0])).toEqual(expect.arrayContaining(["Peringatan SLA", "SLA terlampaui"]));
  });

  it("pauses the clock while the applicant fixes the request and moves the due moment by the pause", async () => {
    const acceptedAt = new Date(Date.now() - 3 * 3600_000);
    const r = await bulunganRequest(acceptedAt);
    const before = r.dueAt!;
    const doc = await p().requestDocument.findFirstOrThrow({ where: { requestId: r.id } });
    const pausedAt = new Date(Date.now() - 2 * 3600_000);
    await returnToApplicant(
      p(),
      await who("teknis.bulungan@loket.example"),
      {
        requestId: r.id,
        version: r.version,
        reason: "Mohon surat kuasa.",
        checks: [{ documentId: doc.id, valid: false, reason: "Belum ada tanda tangan." }],
        fields: [],
      },
      pausedAt,
    );
    const returned = await p().serviceRequest.findUniqueOrThrow({ where: { id: r.id } });
    const ani = await p().user.findUniqueOrThrow({ where: { email: "ani.rahmawati@bulungan.go.id" } });
    await resubmitRevision(p(), fx.store, {
      applicant: { id: ani.id, name: ani.name },
      requestId: r.id,
      expectedVersion: returned.version,
      fields: {},
      files: { [doc.requirementCode]: samplePdf(1300, "t.pdf") },
    });
    const pause = await p().slaPause.findFirstOrThrow({ where: { requestId: r.id } });
    expect(pause.endedAt).not.toBeNull();
    expect(pause.reason).toContain("Mohon surat kuasa.");
    const after = await p().serviceRequest.findUniqueOrThrow({ where: { id: r.id } });
    const paused = pause.endedAt!.getTime() - pause.startedAt.getTime();
    expect(after.dueAt!.getTime() - before.getTime()).toBe(paused);
    expect(after.status).toBe("DIPROSES");
  });

  it("moves open deadlines when the agency admin adds or removes a holiday, and records who did it", async () => {
    // Purbalingga: 1 hari kerja. Accepted Monday 30 Nov 2026 10.00 WIB → due Tuesday 1 Dec 16.00 WIB.
    const { requestId } = await fx.submitAs("eka.wulandari@purbalinggakab.go.id", "data-cloud", {
      description: "Akun data cloud untuk Dindikbud.",
      details: { accountHolder: "Eka Wulandari, Pengelola Data" },
    });
    const r = await p().serviceRequest.findUniqueOrThrow({ where: { id: requestId } });
    const doc = await p().requestDocument.findFirstOrThrow({ where: { requestId } });
    await acceptRequest(
      p(),
      await who("petugas.purbalingga@loket.example"),
      { requestId, version: r.version, checks: [{ documentId: doc.id, valid: true }] },
      new Date("2026-11-30T03:00:00Z"),
    );
    expect((await p().serviceRequest.findUniqueOrThrow({ where: { id: requestId } })).dueAt!.toISOString()).toBe(
      "2026-12-01T09:00:00.000Z",
    );

    const admin = (await who("admin.purbalingga@loket.example")).principal;
    await expect(
      addLocalHoliday(p(), (await who("petugas.purbalingga@loket.example")).principal, {
        agencyId: r.agencyId,
        date: "2026-12-01",
        name: "x",
      }),
    ).rejects.toThrow(/admin instansi/);
    const added = await addLocalHoliday(p(), admin, { agencyId: r.agencyId, date: "2026-12-01", name: "Hari Jadi Kabupaten (contoh)" });
    expect(added.moved).toBeGreaterThanOrEqual(1);
    expect((await p().serviceRequest.findUniqueOrThrow({ where: { id: requestId } })).dueAt!.toISOString()).toBe(
      "2026-12-02T09:00:00.000Z",
    );
    const holiday = await p().holiday.findFirstOrThrow({ where: { agencyId: r.agencyId, date: new Date("2026-12-01T00:00:00Z") } });
    expect(holiday.createdById).toBe(admin.id);
    await removeHoliday(p(), admin, { agencyId: r.agencyId, holidayId: holiday.id });
    expect((await p().serviceRequest.findUniqueOrThrow({ where: { id: requestId } })).dueAt!.toISOString()).toBe(
      "2026-12-01T09:00:00.000Z",
    );
    expect(await p().auditEntry.count({ where: { agencyId: r.agencyId, action: { in: ["HOLIDAY_ADDED", "HOLIDAY_REMOVED"] } } })).toBe(2);

    // Shorter hours for a special period (e.g. Ramadan) and a changed weekly grid move it too.
    const short = { ...DEFAULT_WEEKLY_HOURS, "2": [{ start: "08:00", end: "14:00" }] };
    const period = await addSpecialPeriod(p(), admin, {
      agencyId: r.agencyId,
      label: "Jam kerja khusus",
      startsOn: "2026-12-01",
      endsOn: "2026-12-01",
      hours: short,
    });
    expect(period.moved).toBeGreaterThanOrEqual(1);
    expect((await p().serviceRequest.findUniqueOrThrow({ where: { id: requestId } })).dueAt!.toISOString()).toBe(
      "2026-12-01T07:00:00.000Z",
    );
    const sp = await p().specialPeriod.findFirstOrThrow({ where: { agencyId: r.agencyId } });
    await removeSpecialPeriod(p(), admin, { agencyId: r.agencyId, periodId: sp.id });
    await setWorkingHours(p(), admin, {
      agencyId: r.agencyId,
      hours: { ...DEFAULT_WEEKLY_HOURS, "2": [{ start: "07:30", end: "15:00" }] },
    });
    expect((await p().serviceRequest.findUniqueOrThrow({ where: { id: requestId } })).dueAt!.toISOString()).toBe(
      "2026-12-01T08:00:00.000Z",
    );
    await setWorkingHours(p(), admin, { agencyId: r.agencyId, hours: DEFAULT_WEEKLY_HOURS });
  });

  it("raises a stage-norm alert once when a disposition takes longer than its norm", async () => {
    // Bangka Belitung: the Kepala Dinas' disposition has a norm of 30 minutes.
    const { requestId, registrationNumber } = await fx.submitAs("dimas.saputra@babelprov.go.id", "manajemen-data", {
      scopeCode: "perencanaan-data",
      description: "Uji norma waktu disposisi.",
    });
    const later = new Date(Date.now() + 10 * 86_400_000);
    const [a, b] = await Promise.all([raiseSlaAlerts(p(), later), raiseSlaAlerts(p(), later)]);
    expect(a.stageNorms + b.stageNorms).toBe(1);
    expect((await raiseSlaAlerts(p(), later)).stageNorms).toBe(0);
    const alert = await p().slaAlert.findFirstOrThrow({ where: { requestId, threshold: "STAGE_NORM" } });
    expect(alert.stagePosition).toBe(1);
    const mails = await p().mailMessage.findMany({
      where: { text: { contains: registrationNumber } },
      select: { to: true, subject: true },
    });
    expect(mails.filter((m) => m.subject.startsWith("Norma waktu terlampaui")).map((m) => m.to)).toEqual(["kadis.babel@loket.example"]);
    expect(mails.filter((m) => m.subject.startsWith("Eskalasi norma tahap")).map((m) => m.to)).toEqual(["admin.babel@loket.example"]);
  });
});
