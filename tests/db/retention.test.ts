import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { retentionJob } from "../../features/jobs/background-jobs";
import { recordAudit } from "../../features/audit/record";
import { ANONYMIZED, anonymizeExpiredRequests } from "../../features/privacy/anonymize";
import { type Fixture, seededFixture } from "../support/fixture";

/**
 * The retention job with the clock set forward: closed requests older than their agency's
 * retention are anonymized (personal fields replaced, documents and their files deleted, an
 * erasure record and an audit entry that keep the fact only); open requests, recently closed ones
 * and another agency's (longer retention) stay exactly as they were.
 */
let f: Fixture;
const p = () => f.database.prisma;
const YEAR = 365.25 * 86_400_000;
const ANI = "ani.rahmawati@bulungan.go.id";
const DIMAS = "dimas.saputra@babelprov.go.id";

async function close(requestId: string, at: Date) {
  await p().serviceRequest.update({ where: { id: requestId }, data: { status: "SELESAI", stagePosition: null, completedAt: at } });
}

/** A result document with its file, as the technician's upload leaves it. */
async function addResult(requestId: string) {
  const r = await p().serviceRequest.findUniqueOrThrow({ where: { id: requestId } });
  const storageKey = `${r.agencyId}/results/${randomUUID()}`;
  await f.store.put(storageKey, new TextEncoder().encode("%PDF-1.4\nhasil\n"));
  await p().resultDocument.create({
    data: {
      agencyId: r.agencyId,
      requestId,
      fileName: "hasil.pdf",
      contentType: "application/pdf",
      sizeBytes: 15,
      sha256: "0".repeat(64),
      storageKey,
      uploadedById: r.applicantId,
    },
  });
}

const state = async (requestId: string) => {
  const r = await p().serviceRequest.findUniqueOrThrow({
    where: { id: requestId },
    include: { documents: true, results: true, events: { orderBy: { createdAt: "asc" } }, notes: true },
  });
  const keys = [...r.documents, ...r.results].map((d) => d.storageKey);
  return { row: r, files: await Promise.all(keys.map((k) => f.store.exists(k))) };
};

beforeAll(async () => {
  f = await seededFixture();
});
afterAll(async () => f.dispose());

describe("retention job", () => {
  it("anonymizes what its agency's retention says, and nothing else", async () => {
    const now = new Date();
    const bulungan = await p().agency.findFirstOrThrow({ where: { slug: "bulungan" } });
    await p().agency.update({ where: { id: bulungan.id }, data: { retentionYears: 5 } });
    await p().agency.update({ where: { slug: "bangka-belitung" }, data: { retentionYears: 10 } });

    const hosting = { scopeCode: "hosting", details: { subdomain: "arsip" } };
    const expired = (await f.submitAs(ANI, "hosting-subdomain-email", hosting)).requestId;
    const recent = (await f.submitAs(ANI, "hosting-subdomain-email", hosting)).requestId;
    const open = (await f.submitAs(ANI, "hosting-subdomain-email", hosting)).requestId;
    const otherAgency = (await f.submitAs(DIMAS, "manajemen-data", { scopeCode: "perencanaan-data" })).requestId;
    await close(expired, now);
    await addResult(expired);
    await p().requestNote.create({
      data: {
        agencyId: bulungan.id,
        requestId: expired,
        authorId: (await p().user.findUniqueOrThrow({ where: { email: ANI } })).id,
        authorName: "Petugas",
        visibleToApplicant: true,
        body: "Ani Rahmawati menelepon.",
      },
    });
    // Audit entries that name the applicant: one by them, one by an officer quoting their data.
    const ani = await p().user.findUniqueOrThrow({ where: { email: ANI } });
    const expiredRow = await p().serviceRequest.findUniqueOrThrow({ where: { id: expired } });
    await recordAudit(p(), {
      agencyId: bulungan.id,
      requestId: expired,
      actor: { id: ani.id, name: ani.name },
      action: "RESUBMITTED",
      entity: "ServiceRequest",
      entityId: expired,
      after: { applicantName: expiredRow.applicantName, employeeNumber: expiredRow.employeeNumber },
    });
    await recordAudit(p(), {
      agencyId: bulungan.id,
      requestId: expired,
      actor: { id: randomUUID(), name: "Petugas Bulungan" },
      action: "NOTE",
      entity: "RequestNote",
      entityId: expired,
      after: { body: `Dihubungi lewat ${expiredRow.applicantEmail}` },
    });
    // Closed two years after the first: inside its retention when the clock reads now + 5 years.
    await close(recent, new Date(now.getTime() + 2 * YEAR));
    await close(otherAgency, now);

    const before = { expired: await state(expired), recent: await state(recent), open: await state(open), other: await state(otherAgency) };
    expect(before.expired.files).toEqual([true, true]);

    // Clock set forward: five years and a day after the first request closed.
    const later = new Date(now.getTime() + 5 * YEAR + 86_400_000);
    const run = await anonymizeExpiredRequests(p(), f.store, { now: later });
    expect(run.anonymized).toEqual([{ requestId: expired, documents: 1, results: 1, files: 2 }]);

    const after = await state(expired);
    expect(after.row).toMatchObject({
      registrationNumber: before.expired.row.registrationNumber,
      status: "SELESAI",
      serviceId: before.expired.row.serviceId,
      opdName: before.expired.row.opdName,
      applicantName: ANONYMIZED.name,
      applicantEmail: ANONYMIZED.email,
      employeeNumber: "",
      description: ANONYMIZED.text,
      details: {},
      letterNumber: null,
      anonymizedAt: later,
    });
    expect(after.row.documents).toEqual([]);
    expect(after.row.results).toEqual([]);
    expect(after.row.notes.map((n) => n.body)).toEqual([ANONYMIZED.text]);
    expect(after.row.events.map((e) => [e.kind, e.actorName, e.message])).toEqual([["SUBMITTED", "Pemohon", null]]);
    for (const d of [...before.expired.row.documents, ...before.expired.row.results])
      expect(await f.store.exists(d.storageKey)).toBe(false);

    // The fact is kept, the personal data is not.
    const erasure = await p().dataErasure.findFirstOrThrow({ where: { requestId: expired } });
    expect([erasure.kind, erasure.agencyId]).toEqual(["RETENTION", bulungan.id]);
    const audit = await p().auditEntry.findFirstOrThrow({ where: { requestId: expired, action: "REQUEST_ANONYMIZED" } });
    const personal = [before.expired.row.applicantName, before.expired.row.employeeNumber, before.expired.row.applicantEmail, "surat"];
    for (const text of [JSON.stringify(erasure), JSON.stringify(audit.after)])
      for (const value of personal) expect(text).not.toContain(value);
    // Every audit entry of the request still tells what happened and when, without the applicant's data.
    const trail = await p().auditEntry.findMany({ where: { requestId: expired }, orderBy: { id: "asc" } });
    expect(trail.map((e) => e.action)).toEqual(["RESUBMITTED", "NOTE", "REQUEST_ANONYMIZED"]);
    expect(trail.map((e) => e.actorName)).toEqual([ANONYMIZED.actor, "Petugas Bulungan", null]);
    for (const entry of trail) {
      const text = JSON.stringify({ ...entry, id: String(entry.id) });
      for (const value of personal.slice(0, 3)) expect(text).not.toContain(value);
    }
    // Outside an erasure the audit table still refuses any change.
    await expect(p().auditEntry.updateMany({ where: { requestId: expired }, data: { actorName: "x" } })).rejects.toThrow(/append-only/);

    // Untouched: the recently closed, the open one and the other agency's, files included.
    expect(await state(recent)).toEqual(before.recent);
    expect(await state(open)).toEqual(before.open);
    expect(await state(otherAgency)).toEqual(before.other);
    expect(await p().dataErasure.count()).toBe(1);

    // A second run finds nothing more to do.
    expect((await anonymizeExpiredRequests(p(), f.store, { now: later })).anonymized).toEqual([]);
  });

  it("is one of the scheduler's named jobs", () => {
    expect(retentionJob.name).toBe("retention");
  });
});
