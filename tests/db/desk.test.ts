import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resubmitRevision } from "../../features/requests/revision";
import {
  acceptRequest,
  addNote,
  completeRequest,
  disposeRequest,
  rejectRequest,
  returnToApplicant,
  sendBack,
} from "../../features/workflow/desk";
import { ConflictError, ForbiddenError, NotFoundError, UserError } from "../../lib/errors";

import { type Fixture, samplePdf, seededFixture } from "../support/fixture";

let fx: Fixture;
const p = () => fx.database.prisma;
const who = (email: string) => fx.who(email);
const submit = async (email: string, serviceSlug: string, fields: Record<string, unknown>) =>
  (await fx.submitAs(email, serviceSlug, fields)).requestId;

beforeAll(async () => {
  fx = await seededFixture();
});
afterAll(() => fx.dispose());

const request = (id: string) =>
  p().serviceRequest.findUniqueOrThrow({
    where: { id },
    include: { dispositions: { orderBy: { createdAt: "asc" } }, events: { orderBy: { createdAt: "asc" } } },
  });
const userId = async (email: string) => (await p().user.findUniqueOrThrow({ where: { email } })).id;

describe("Bangka Belitung's disposition chain", () => {
  it("goes Kepala Dinas → Kepala Bidang → Sub Koordinator → petugas → completed", async () => {
    const id = await submit("dimas.saputra@babelprov.go.id", "manajemen-data", { scopeCode: "perencanaan-data" });
    let r = await request(id);
    expect([r.status, r.stagePosition]).toEqual(["DIAJUKAN", 1]);

    await disposeRequest(p(), await who("kadis.babel@loket.example"), {
      requestId: id,
      version: r.version,
      toUserId: await userId("kabid.babel@loket.example"),
      instructions: ["Proses lebih lanjut"],
      note: "Mohon ditindaklanjuti sesuai SOP.",
      urgency: "SEGERA",
    });
    r = await request(id);
    expect([r.status, r.stagePosition]).toEqual(["DIPROSES", 2]);
    expect(r.receivedCompleteAt).not.toBeNull();
    expect(r.dueAt).not.toBeNull();

    await disposeRequest(p(), await who("kabid.babel@loket.example"), {
      requestId: id,
      version: r.version,
      toUserId: await userId("subkoor.babel@loket.example"),
      instructions: ["Koordinasikan/konfirmasikan"],
      note: "Koordinasikan dengan BPS.",
      urgency: "BIASA",
    });
    r = await request(id);
    await disposeRequest(p(), await who("subkoor.babel@loket.example"), {
      requestId: id,
      version: r.version,
      toUserId: await userId("petugas.babel@loket.example"),
      instructions: ["Untuk ditindaklanjuti"],
      note: "Siapkan daftar data.",
      urgency: "BIASA",
    });
    r = await request(id);
    expect([r.status, r.stagePosition]).toEqual(["DIPROSES", 4]);
    await addNote(p(), await who("petugas.babel@loket.example"), {
      requestId: id,
      body: "Daftar data sedang disusun.",
      visibleToApplicant: true,
    });
    await completeRequest(p(), await who("petugas.babel@loket.example"), {
      requestId: id,
      version: r.version,
      resultSummary: "Daftar data prioritas 2027 telah disusun.",
    });
    r = await request(id);
    expect([r.status, r.stagePosition]).toEqual(["SELESAI", null]);
    expect(r.dispositions.map((d) => [d.fromTitle, d.toTitle, d.note])).toEqual([
      ["Kepala Dinas Komunikasi dan Informatika", "Kepala Bidang e-Government dan Statistik", "Mohon ditindaklanjuti sesuai SOP."],
      ["Kepala Bidang e-Government dan Statistik", "Sub Koordinator Statistik selaku Statistisi Ahli Muda", "Koordinasikan dengan BPS."],
      ["Sub Koordinator Statistik selaku Statistisi Ahli Muda", "Petugas Service Desk", "Siapkan daftar data."],
    ]);
    expect(r.events.map((e) => e.kind)).toEqual(["SUBMITTED", "DISPOSED", "DISPOSED", "DISPOSED", "NOTE", "COMPLETED"]);
    expect(await p().auditEntry.count({ where: { requestId: id } })).toBe(5);
    expect(await p().notification.count({ where: { requestId: id, userId: r.applicantId } })).toBeGreaterThanOrEqual(2);
    // E-mail copies are queued with the change (the outbox), for the applicant and for each official disposed to.
    const mail = await p().mailMessage.findMany({
      where: { subject: { contains: r.registrationNumber } },
      select: { to: true, subject: true },
    });
    expect(mail.map((m) => m.to)).toEqual(
      expect.arrayContaining([
        "dimas.saputra@babelprov.go.id",
        "kabid.babel@loket.example",
        "subkoor.babel@loket.example",
        "petugas.babel@loket.example",
      ]),
    );
    expect(mail.find((m) => m.to === "dimas.saputra@babelprov.go.id" && m.subject.includes("selesai"))).toBeTruthy();
  });

  it("lets exactly one of two officers act on the same step", async () => {
    const id = await submit("dimas.saputra@babelprov.go.id", "manajemen-data", { scopeCode: "pemeriksaan-data" });
    const r = await request(id);
    const kadis = await who("kadis.babel@loket.example");
    const admin = await who("admin.babel@loket.example");
    const kabidId = await userId("kabid.babel@loket.example");
    const attempt = (actor: typeof kadis) =>
      disposeRequest(p(), actor, {
        requestId: id,
        version: r.version,
        toUserId: kabidId,
        instructions: ["Proses lebih lanjut"],
        urgency: "BIASA",
      });
    const results = await Promise.allSettled([attempt(kadis), attempt(admin)]);
    expect(results.filter((x) => x.status === "fulfilled")).toHaveLength(1);
    const loser = results.find((x) => x.status === "rejected") as PromiseRejectedResult;
    expect(loser.reason).toBeInstanceOf(ConflictError);
    expect((loser.reason as Error).message).toMatch(/^Permohonan ini sudah ditindaklanjuti oleh (Dr\. Ahmad Sopian|Indra Kurniawan)\./);
    expect((await request(id)).dispositions).toHaveLength(1);
  });

  it("refuses the wrong role, the wrong official and other agencies' staff", async () => {
    const id = await submit("dimas.saputra@babelprov.go.id", "manajemen-data", { scopeCode: "pengumpulan-data" });
    const r = await request(id);
    const kabidId = await userId("kabid.babel@loket.example");
    const input = {
      requestId: id,
      version: r.version,
      toUserId: kabidId,
      instructions: ["Proses lebih lanjut"],
      urgency: "BIASA" as const,
    };
    await expect(disposeRequest(p(), await who("kabid.babel@loket.example"), input)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(disposeRequest(p(), await who("kadis.bulungan@loket.example"), input)).rejects.toBeInstanceOf(NotFoundError);
    await expect(disposeRequest(p(), await who("dimas.saputra@babelprov.go.id"), input)).rejects.toBeInstanceOf(NotFoundError);
    // Disposing to someone who does not hold the next role is refused.
    await expect(
      disposeRequest(p(), await who("kadis.babel@loket.example"), { ...input, toUserId: await userId("teknis.babel@loket.example") }),
    ).rejects.toBeInstanceOf(UserError);
    expect((await request(id)).version).toBe(r.version);
  });

  it("lets a Plh act on the official's behalf, and the record says so", async () => {
    const id = await submit("dimas.saputra@babelprov.go.id", "manajemen-data", { scopeCode: "penyebarluasan-data" });
    const r = await request(id);
    const agencyId = r.agencyId;
    await p().delegation.create({
      data: {
        agencyId,
        officialId: await userId("kadis.babel@loket.example"),
        substituteId: await userId("kabid.babel@loket.example"),
        kind: "PLH",
        startsAt: new Date(Date.now() - 3600_000),
        endsAt: new Date(Date.now() + 3600_000),
        reason: "Kepala Dinas dinas luar",
      },
    });
    await disposeRequest(p(), await who("kabid.babel@loket.example"), {
      requestId: id,
      version: r.version,
      toUserId: await userId("kabid.babel@loket.example"),
      instructions: ["Proses lebih lanjut"],
      urgency: "BIASA",
    });
    const after = await request(id);
    const d = after.dispositions[0]!;
    expect(d.fromName).toBe("Rina Oktaviani");
    expect(d.fromTitle).toBe("Plh. Kepala Dinas Komunikasi dan Informatika");
    expect(d.onBehalfOfName).toBe("Dr. Ahmad Sopian");
    expect(after.events.at(-1)!.actorName).toBe("Rina Oktaviani (Plh. Kepala Dinas Komunikasi dan Informatika)");
    const audit = await p().auditEntry.findFirstOrThrow({ where: { requestId: id } });
    expect(audit.onBehalfOfId).toBe(await userId("kadis.babel@loket.example"));
    await p().delegation.deleteMany({ where: { agencyId } });
  });
});

describe("Bulungan: verification then execution", () => {
  it("verifies document by document, starts the 2×24 jam clock, and completes", async () => {
    const id = await submit("ani.rahmawati@bulungan.go.id", "hosting-subdomain-email", {
      scopeCode: "hosting",
      details: { subdomain: "arsip" },
    });
    const r = await request(id);
    const doc = await p().requestDocument.findFirstOrThrow({ where: { requestId: id } });
    const now = new Date("2026-11-20T02:00:00Z"); // Friday 10.00 WITA
    await acceptRequest(
      p(),
      await who("petugas.bulungan@loket.example"),
      {
        requestId: id,
        version: r.version,
        checks: [{ documentId: doc.id, valid: true }],
        assigneeId: await userId("teknis.bulungan@loket.example"),
      },
      now,
    );
    const after = await request(id);
    expect([after.status, after.stagePosition, after.assigneeId]).toEqual(["DIPROSES", 2, await userId("teknis.bulungan@loket.example")]);
    expect(after.dueAt!.toISOString()).toBe("2026-11-22T02:00:00.000Z");
    // Only the assigned official (or the admin) acts now.
    await expect(
      completeRequest(p(), await who("petugas.bulungan@loket.example"), { requestId: id, version: after.version, resultSummary: "x" }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    await completeRequest(p(), await who("teknis.bulungan@loket.example"), {
      requestId: id,
      version: after.version,
      resultSummary: "Hosting arsip.bulungan.go.id aktif.",
    });
    expect((await request(id)).status).toBe("SELESAI");
  });

  it("returns for revision from the checklist, resumes at the same stage, and can be rejected", async () => {
    const id = await submit("bayu.pratama@bulungan.go.id", "hosting-subdomain-email", {
      scopeCode: "subdomain",
      details: { subdomain: "dinkes" },
    });
    const r = await request(id);
    const doc = await p().requestDocument.findFirstOrThrow({ where: { requestId: id } });
    await expect(
      returnToApplicant(p(), await who("petugas.bulungan@loket.example"), {
        requestId: id,
        version: r.version,
        reason: "Surat kurang.",
        checks: [{ documentId: doc.id, valid: false }],
        fields: [],
      }),
    ).rejects.toBeInstanceOf(UserError);
    await returnToApplicant(p(), await who("petugas.bulungan@loket.example"), {
      requestId: id,
      version: r.version,
      reason: "Surat belum bertanda tangan.",
      checks: [{ documentId: doc.id, valid: false, reason: "Tanpa tanda tangan kepala dinas." }],
      fields: [],
    });
    let after = await request(id);
    expect(after.status).toBe("PERLU_PERBAIKAN");
    const bayu = await p().user.findUniqueOrThrow({ where: { email: "bayu.pratama@bulungan.go.id" } });
    const code = (await p().serviceDocumentRequirement.findFirstOrThrow({ where: { serviceId: after.serviceId } })).code;
    await resubmitRevision(p(), fx.store, {
      applicant: { id: bayu.id, name: bayu.name },
      requestId: id,
      expectedVersion: after.version,
      fields: {},
      files: { [code]: samplePdf() },
    });
    after = await request(id);
    expect([after.status, after.stagePosition]).toEqual(["DIAJUKAN", 1]);
    await expect(
      sendBack(p(), await who("petugas.bulungan@loket.example"), { requestId: id, version: after.version, reason: "x" }),
    ).rejects.toBeInstanceOf(ConflictError);
    await rejectRequest(p(), await who("petugas.bulungan@loket.example"), {
      requestId: id,
      version: after.version,
      reason: "Subdomain sudah digunakan instansi lain.",
    });
    after = await request(id);
    expect([after.status, after.stagePosition]).toEqual(["DITOLAK", null]);
    expect(after.events.map((e) => e.kind)).toEqual(["SUBMITTED", "RETURNED", "RESUBMITTED", "REJECTED"]);
  });
});

describe("audit trail", () => {
  it("is append-only: the database refuses updates and deletes", async () => {
    const entry = await p().auditEntry.findFirstOrThrow();
    await expect(p().auditEntry.update({ where: { id: entry.id }, data: { action: "EDITED" } })).rejects.toThrow(/append-only/);
    await expect(p().auditEntry.delete({ where: { id: entry.id } })).rejects.toThrow(/append-only/);
    await expect(fx.database.withSession((s) => s.exec(`TRUNCATE "AuditEntry"`))).rejects.toThrow(/append-only/);
    expect((await p().auditEntry.findUniqueOrThrow({ where: { id: entry.id } })).action).toBe(entry.action);
  });
});
