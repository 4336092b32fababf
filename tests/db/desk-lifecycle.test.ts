import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getRequestForApplicant, trackRequest } from "../../features/requests/queries";
import { appointSubstitute } from "../../features/workflow/delegations";
import { disposeRequest, returnToApplicant } from "../../features/workflow/desk";
import { getDeskRequest } from "../../features/workflow/desk-queries";
import { listAgencyQueue, listMyQueue, queueParamsSchema } from "../../features/workflow/queue";
import { ForbiddenError } from "../../lib/errors";
import { type Fixture, seededFixture } from "../support/fixture";

/**
 * What officials and applicants stumbled on, on the desk's one request lifecycle: a Plh finds the
 * work they may do, disposition notes stay internal, each service's own workflow decides status
 * and actions, Plh/Plt appointments record who appointed whom for whom.
 */
let fx: Fixture;
const p = () => fx.database.prisma;
const who = (email: string) => fx.who(email);
const userId = async (email: string) => (await p().user.findUniqueOrThrow({ where: { email } })).id;
const babelRequest = () =>
  fx.submitAs("dimas.saputra@babelprov.go.id", "manajemen-data", {
    scopeCode: "perencanaan-data",
    scopeCodes: ["perencanaan-data"],
    letterNumber: "005/118/DINKES/2026",
    letterDate: "2026-11-30",
  });
const version = async (id: string) => (await p().serviceRequest.findUniqueOrThrow({ where: { id } })).version;
let babelId: string;
const local = (d: Date, hours: number) => new Date(d.getTime() + hours * 3_600_000 + 7 * 3_600_000).toISOString().slice(0, 16);

beforeAll(async () => {
  fx = await seededFixture();
  babelId = (await p().agency.findUniqueOrThrow({ where: { slug: "bangka-belitung" } })).id;
});
afterAll(() => fx.dispose());

describe("a Plh finds the work they may do", () => {
  it("shows the Kadis-stage request in the Plh's 'Perlu tindakan saya' and the queue filter, and lets her dispose it", async () => {
    const { requestId } = await babelRequest();
    const kabid = await who("kabid.babel@loket.example");
    const kadisId = await userId("kadis.babel@loket.example");
    // Before the appointment the Kabid has nothing to do at the Kadis stage.
    expect((await listMyQueue(p(), kabid.principal, babelId)).map((r) => r.id)).not.toContain(requestId);

    const now = new Date();
    await appointSubstitute(p(), (await who("kadis.babel@loket.example")).principal, {
      agencyId: babelId,
      substituteId: kabid.principal.id,
      kind: "PLH",
      officialId: kadisId,
      startsAt: local(now, -1),
      endsAt: local(now, 48),
      reason: "Dinas luar",
    });
    expect((await listMyQueue(p(), kabid.principal, babelId)).map((r) => r.id)).toContain(requestId);
    const filtered = await listAgencyQueue(p(), babelId, queueParamsSchema.parse({ untuk: "saya" }), { principal: kabid.principal });
    expect(filtered.rows.map((r) => r.id)).toContain(requestId);
    // The page offers the same: disposition, as Plh.
    const page = await getDeskRequest(p(), kabid.principal, requestId);
    expect(page?.actions).toContain("dispose");
    expect(page?.onBehalfOf?.kind).toBe("PLH");

    await disposeRequest(p(), kabid, {
      requestId,
      version: await version(requestId),
      toUserId: kabid.principal.id,
      instructions: ["Proses lebih lanjut"],
      urgency: "BIASA",
    });
    const d = await p().disposition.findFirstOrThrow({ where: { requestId } });
    expect(d.fromName).toBe(kabid.principal.name);
    expect(d.fromTitle).toBe("Plh. Kepala Dinas Komunikasi dan Informatika");
    expect(d.onBehalfOfId).toBe(kadisId);
    await p().delegation.deleteMany({ where: { agencyId: babelId } });
  });

  it("records who appointed whom for whom, and refuses an official's own Plt or a Plt for a vacant post from below", async () => {
    const now = new Date();
    const kadis = await who("kadis.babel@loket.example");
    const kabid = await who("kabid.babel@loket.example");
    const subkoorId = await userId("subkoor.babel@loket.example");
    const base = { agencyId: babelId, startsAt: local(now, -1), endsAt: local(now, 24) };
    await expect(
      appointSubstitute(p(), kabid.principal, { ...base, substituteId: subkoorId, kind: "PLT", officialId: kabid.principal.id }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    await expect(
      appointSubstitute(p(), kabid.principal, { ...base, substituteId: subkoorId, kind: "PLT", role: "KEPALA_DINAS" }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    // The superior (Kadis) may appoint a Plt for the Kabid's post.
    await appointSubstitute(p(), kadis.principal, { ...base, substituteId: subkoorId, kind: "PLT", officialId: kabid.principal.id });
    const row = await p().delegation.findFirstOrThrow({ where: { agencyId: babelId, substituteId: subkoorId } });
    expect(row).toMatchObject({
      officialId: kabid.principal.id,
      role: "KEPALA_BIDANG",
      appointedById: kadis.principal.id,
      appointedByName: kadis.principal.name,
    });
    const notice = await p().notification.findFirstOrThrow({ where: { userId: subkoorId, message: { contains: "menunjuk Anda" } } });
    expect(notice.message).toContain(kadis.principal.name);
    expect(notice.message).toMatch(/\d{1,2} [A-Z][a-z]+ \d{4} \d{2}\.\d{2} WIB/);
    expect(notice.message).not.toMatch(/\d{4}-\d{2}-\d{2}T/);
    const mail = await p().mailMessage.findFirstOrThrow({
      where: { to: "subkoor.babel@loket.example", text: { contains: "menunjuk Anda" } },
    });
    expect(mail.text).toContain(kadis.principal.name);
    await p().delegation.deleteMany({ where: { agencyId: babelId } });
  });
});

describe("disposition notes stay internal", () => {
  it("keeps the instructions and catatan off the applicant's timeline and the public tracking unless shown", async () => {
    const { requestId, registrationNumber } = await babelRequest();
    const kadis = await who("kadis.babel@loket.example");
    await disposeRequest(p(), kadis, {
      requestId,
      version: await version(requestId),
      toUserId: await userId("kabid.babel@loket.example"),
      instructions: ["Koordinasikan/konfirmasikan"],
      note: "Koordinasikan dengan BPS Provinsi",
      urgency: "SEGERA",
    });
    const applicant = await who("dimas.saputra@babelprov.go.id");
    const detail = await getRequestForApplicant(p(), applicant.principal, requestId);
    const seen = JSON.stringify(detail);
    expect(seen).not.toContain("Koordinasikan dengan BPS Provinsi");
    expect(seen).not.toContain("Koordinasikan/konfirmasikan");
    const code = (await p().serviceRequest.findUniqueOrThrow({ where: { id: requestId } })).trackingCode;
    expect(JSON.stringify(await trackRequest(p(), registrationNumber, code))).not.toContain("BPS Provinsi");

    const kabid = await who("kabid.babel@loket.example");
    await disposeRequest(p(), kabid, {
      requestId,
      version: await version(requestId),
      toUserId: await userId("subkoor.babel@loket.example"),
      instructions: ["Proses lebih lanjut"],
      note: "Data akan dikirim pekan depan.",
      urgency: "BIASA",
      visibleToApplicant: true,
    });
    expect(JSON.stringify(await getRequestForApplicant(p(), applicant.principal, requestId))).toContain("Data akan dikirim pekan depan.");
  });
});

describe("each service's own workflow", () => {
  it("does not call a Bangka Belitung request verified after the Kadis disposes, and lets the Kadis return it", async () => {
    const { requestId } = await babelRequest();
    const kadis = await who("kadis.babel@loket.example");
    const page = await getDeskRequest(p(), kadis.principal, requestId);
    expect(page?.actions).toEqual(expect.arrayContaining(["dispose", "return"]));
    expect(page?.actions).not.toContain("assign");
    await returnToApplicant(p(), kadis, {
      requestId,
      version: await version(requestId),
      reason: "Lampirkan surat permohonan yang ditandatangani kepala OPD.",
      checks: [],
      fields: [{ field: "description", reason: "Sebutkan data yang direncanakan." }],
    });
    expect((await p().serviceRequest.findUniqueOrThrow({ where: { id: requestId } })).status).toBe("PERLU_PERBAIKAN");

    const second = await babelRequest();
    await disposeRequest(p(), kadis, {
      requestId: second.requestId,
      version: await version(second.requestId),
      toUserId: await userId("kabid.babel@loket.example"),
      instructions: ["Proses lebih lanjut"],
      urgency: "BIASA",
    });
    const r = await p().serviceRequest.findUniqueOrThrow({ where: { id: second.requestId } });
    expect(r.status).toBe("DIPROSES");
  });

  it("refuses to return fields of a lingkup the request did not ask for", async () => {
    const { requestId } = await babelRequest();
    const kadis = await who("kadis.babel@loket.example");
    await expect(
      returnToApplicant(p(), kadis, {
        requestId,
        version: await version(requestId),
        reason: "Perbaiki isian.",
        checks: [],
        fields: [{ field: "details.tidakAda", reason: "Isian tidak ada." }],
      }),
    ).rejects.toThrow(/tidak ada pada permohonan ini/);
  });
});

describe("notices of work already done", () => {
  it("are no longer new once the request has moved on", async () => {
    const { requestId } = await babelRequest();
    const kadis = await who("kadis.babel@loket.example");
    const kabidId = await userId("kabid.babel@loket.example");
    await disposeRequest(p(), kadis, {
      requestId,
      version: await version(requestId),
      toUserId: kabidId,
      instructions: ["Proses lebih lanjut"],
      urgency: "BIASA",
    });
    expect(await p().notification.count({ where: { userId: kabidId, requestId, readAt: null } })).toBe(1);
    await disposeRequest(p(), await who("kabid.babel@loket.example"), {
      requestId,
      version: await version(requestId),
      toUserId: await userId("subkoor.babel@loket.example"),
      instructions: ["Proses lebih lanjut"],
      urgency: "BIASA",
    });
    expect(await p().notification.count({ where: { userId: kabidId, requestId, readAt: null } })).toBe(0);
  });
});

describe("a new request reaches its first stage", () => {
  it("tells the first stage's officials in-app and by e-mail when it is submitted", async () => {
    const { requestId, registrationNumber } = await babelRequest();
    const kadisId = await userId("kadis.babel@loket.example");
    const notice = await p().notification.findFirstOrThrow({ where: { userId: kadisId, requestId } });
    expect(notice.message).toBe(
      `Permohonan baru ${registrationNumber} dari ${(await p().serviceRequest.findUniqueOrThrow({ where: { id: requestId } })).opdName} menunggu tindakan Anda.`,
    );
    expect(notice.link).toBe(`/meja/permohonan/${requestId}`);
    expect(await p().mailMessage.count({ where: { to: "kadis.babel@loket.example", subject: { contains: registrationNumber } } })).toBe(1);
    // Nobody else of the chain is disturbed yet.
    expect(await p().notification.count({ where: { userId: await userId("kabid.babel@loket.example"), requestId } })).toBe(0);
  });
});

describe("removing a holiday", () => {
  it("tells the admin how many running deadlines the day bears on", async () => {
    const { requestId } = await babelRequest();
    await disposeRequest(p(), await who("kadis.babel@loket.example"), {
      requestId,
      version: await version(requestId),
      toUserId: await userId("kabid.babel@loket.example"),
      instructions: ["Proses lebih lanjut"],
      urgency: "BIASA",
    });
    const r = await p().serviceRequest.findUniqueOrThrow({ where: { id: requestId } });
    expect(r.dueAt).not.toBeNull();
    const day = (t: number) => new Date(new Date(t).toISOString().slice(0, 10) + "T00:00:00Z");
    const during = day(r.receivedCompleteAt!.getTime() + (r.dueAt!.getTime() - r.receivedCompleteAt!.getTime()) / 2);
    const before = day(r.receivedCompleteAt!.getTime() - 10 * 86_400_000);
    const { deadlinesCoveringHolidays } = await import("../../features/sla/holiday-impact");
    const counts = await deadlinesCoveringHolidays(p(), babelId, "Asia/Jakarta", [during, before]);
    expect(counts.get(during.toISOString().slice(0, 10))).toBeGreaterThanOrEqual(1);
    expect(counts.get(before.toISOString().slice(0, 10))).toBe(0);
  });
});
