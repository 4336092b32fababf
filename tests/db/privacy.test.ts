import JSZip from "jszip";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ANONYMIZED } from "../../features/privacy/anonymize";
import { deleteOwnAccount, erasedAddress } from "../../features/privacy/erasure";
import { EXPORT_JSON, exportOwnData } from "../../features/privacy/export";
import { PRIVACY_NOTICE } from "../../features/privacy/notice";
import { ForbiddenError, UserError } from "../../lib/errors";
import { seededFixture, type Fixture } from "../support/fixture";

/**
 * Personal data of one applicant: the privacy notice acknowledged on submission (refused without
 * it), the export of everything held about them, and the deletion of their account.
 */
let f: Fixture;
const ANI = "ani.rahmawati@bulungan.go.id";

beforeAll(async () => {
  f = await seededFixture();
});
afterAll(async () => f.dispose());

describe("privacy notice acknowledgement on submission", () => {
  it("refuses a submission without the acknowledgement, with a clear message next to the checkbox", async () => {
    const before = await f.database.prisma.serviceRequest.count();
    const error = await f.submitAs(ANI, "hosting-subdomain-email", { privacyAcknowledged: undefined }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).fieldErrors?.privacyAcknowledged).toEqual([
      "Centang pernyataan bahwa Anda telah membaca Pemberitahuan Privasi sebelum mengirim permohonan.",
    ]);
    expect(await f.database.prisma.serviceRequest.count()).toBe(before);
  });

  it("records the acknowledged notice version and time with the request", async () => {
    const started = Date.now();
    const { requestId } = await f.submitAs(ANI, "hosting-subdomain-email", { scopeCode: "hosting", details: { subdomain: "privasi" } });
    const r = await f.database.prisma.serviceRequest.findUniqueOrThrow({ where: { id: requestId } });
    expect(r.privacyNoticeVersion).toBe(PRIVACY_NOTICE.version);
    expect(r.privacyAcknowledgedAt!.getTime()).toBeGreaterThanOrEqual(started - 1000);
  });
});

const YEAR = 365.25 * 86_400_000;
const BAYU = "bayu.pratama@bulungan.go.id";
const hosting = { scopeCode: "hosting", details: { subdomain: "bayu" } };

describe("Data saya: the export", () => {
  it("holds the account, profile, requests with their fields, visible timeline, documents' files and notifications, and is logged", async () => {
    const p = f.database.prisma;
    const { requestId, registrationNumber } = await f.submitAs(BAYU, "hosting-subdomain-email", hosting);
    const bayu = await p.user.findUniqueOrThrow({ where: { email: BAYU } });
    const r = await p.serviceRequest.findUniqueOrThrow({ where: { id: requestId }, include: { documents: true } });
    await p.requestEvent.create({
      data: { agencyId: r.agencyId, requestId, kind: "NOTE", visibleToApplicant: false, message: "Catatan internal petugas." },
    });
    await p.notification.create({ data: { userId: bayu.id, requestId, message: "Permohonan Anda diterima." } });
    // Someone else's request must not appear.
    await f.submitAs(ANI, "hosting-subdomain-email", { scopeCode: "hosting", details: { subdomain: "lain" } });

    const { zip, fileName } = await exportOwnData(p, f.store, { id: bayu.id, name: bayu.name });
    expect(fileName).toMatch(/^data-saya-\d{4}-\d{2}-\d{2}\.zip$/);
    const archive = await JSZip.loadAsync(zip);
    const data = JSON.parse(await archive.file(EXPORT_JSON)!.async("string"));
    expect(data.akun).toMatchObject({ id: bayu.id, email: BAYU, nama: bayu.name });
    expect(data.profil).toMatchObject({ jenisNomor: "NIP", nomor: bayu.employeeNumber });
    expect(data.permohonan.map((x: { nomorRegistrasi: string }) => x.nomorRegistrasi)).toEqual([registrationNumber]);
    const mine = data.permohonan[0];
    expect(mine.pemohon).toMatchObject({ nama: r.applicantName, nomor: r.employeeNumber, jabatan: r.jabatan });
    expect(mine.isianLayanan).toEqual({ subdomain: "bayu" });
    expect(mine.pemberitahuanPrivasiDisetujui.versi).toBe(PRIVACY_NOTICE.version);
    expect(mine.riwayat.map((e: { jenis: string }) => e.jenis)).toEqual(["SUBMITTED"]);
    expect(data.pemberitahuan.map((n: { pesan: string }) => n.pesan)).toEqual(["Permohonan Anda diterima."]);
    const doc = mine.dokumen[0];
    expect(doc).toMatchObject({ namaBerkas: r.documents[0]!.fileName, sha256: r.documents[0]!.sha256 });
    const bytes = await archive.file(doc.berkas)!.async("uint8array");
    expect(bytes.length).toBe(r.documents[0]!.sizeBytes);

    const logged = await p.personalDataAccess.findFirstOrThrow({ where: { actorId: bayu.id } });
    expect([logged.kind, logged.subjectIds]).toEqual(["OWN_DATA_EXPORTED", [bayu.id]]);
  });
});

describe("account deletion", () => {
  const CITRA = "citra.lestari@haltimkab.go.id";
  const principalOf = async (email: string) => {
    const u = await f.database.prisma.user.findUniqueOrThrow({ where: { email } });
    return { id: u.id, isPlatformAdmin: u.isPlatformAdmin, memberships: [] as unknown[] };
  };

  it("refuses staff accounts and applicants with requests still in progress", async () => {
    const staff = await f.who("petugas.bulungan@loket.example");
    await expect(
      deleteOwnAccount(f.database.prisma, f.store, staff.principal, { reason: "PRIVASI", confirm: "HAPUS AKUN SAYA" }),
    ).rejects.toThrow(ForbiddenError);
    // Ani has requests in progress (the submissions above).
    const error = await deleteOwnAccount(f.database.prisma, f.store, await principalOf(ANI), {
      reason: "PRIVASI",
      confirm: "HAPUS AKUN SAYA",
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as Error).message).toMatch(/masih memiliki \d+ permohonan yang sedang berjalan/);
    expect((await f.database.prisma.user.findUniqueOrThrow({ where: { email: ANI } })).erasedAt).toBeNull();
  });

  it("removes the profile, ends sessions, keeps requests inside retention detached, anonymizes older ones, and records the erasure", async () => {
    const p = f.database.prisma;
    const citra = await p.user.findUniqueOrThrow({ where: { email: CITRA } });
    const fields = { scopeCode: "data-sektoral" };
    const kept = (await f.submitAs(CITRA, "pengelolaan-data", fields)).requestId;
    const old = (await f.submitAs(CITRA, "pengelolaan-data", fields)).requestId;
    const now = new Date();
    await p.serviceRequest.update({ where: { id: kept }, data: { status: "SELESAI", stagePosition: null, completedAt: now } });
    await p.serviceRequest.update({
      where: { id: old },
      data: { status: "SELESAI", stagePosition: null, completedAt: new Date(now.getTime() - 6 * YEAR) },
    });
    const oldDoc = await p.requestDocument.findFirstOrThrow({ where: { requestId: old } });
    await p.notification.create({ data: { userId: citra.id, message: "Halo." } });

    const result = await deleteOwnAccount(p, f.store, await principalOf(CITRA), { reason: "PRIVASI", confirm: "HAPUS AKUN SAYA" }, { now });
    expect(result).toEqual({ requestsKept: 1, requestsAnonymized: 1 });

    const after = await p.user.findUniqueOrThrow({ where: { id: citra.id } });
    expect(after).toMatchObject({
      email: erasedAddress(citra.id),
      name: "Akun dihapus",
      passwordHash: null,
      employeeNumber: null,
      jabatan: null,
      phone: null,
      opdId: null,
      erasedAt: now,
      disabledAt: now,
      sessionVersion: citra.sessionVersion + 1,
    });
    // Nobody can sign in with the old address or password any more.
    expect(await p.user.findUnique({ where: { email: CITRA } })).toBeNull();
    expect(await p.notification.count({ where: { userId: citra.id } })).toBe(0);
    expect(await p.mailMessage.count({ where: { to: CITRA } })).toBe(0);

    const keptRow = await p.serviceRequest.findUniqueOrThrow({ where: { id: kept } });
    expect([keptRow.applicantEmail, keptRow.anonymizedAt]).toEqual([erasedAddress(citra.id), null]);
    const oldRow = await p.serviceRequest.findUniqueOrThrow({ where: { id: old }, include: { documents: true } });
    expect([oldRow.applicantName, oldRow.employeeNumber, oldRow.documents.length]).toEqual([ANONYMIZED.name, "", 0]);
    expect(await f.store.exists(oldDoc.storageKey)).toBe(false);

    const erasure = await p.dataErasure.findFirstOrThrow({ where: { userId: citra.id } });
    expect(erasure.kind).toBe("ACCOUNT_DELETION");
    expect(erasure.summary).toMatchObject({ requestsKept: 1, requestsAnonymized: 1 });
    for (const value of [CITRA, citra.name, citra.employeeNumber!]) expect(JSON.stringify(erasure)).not.toContain(value);
  });
});
