import { randomUUID } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LocalDocumentStore } from "../../features/documents/store";
import { getRequestForApplicant, timingOf } from "../../features/requests/queries";
import { receiptData } from "../../features/requests/receipt-data";
import { openRevisionFor, resubmitRevision } from "../../features/requests/revision";
import { submitRequest, type UploadedFile } from "../../features/requests/submit";
import { clockOfRequest } from "../../features/sla/request-clock";
import { acceptRequest, returnToApplicant } from "../../features/workflow/desk";
import { ConflictError, NotFoundError, UserError } from "../../lib/errors";
import { seedCatalog } from "../../prisma/seed/catalog";
import { seedDemoAccounts } from "../../prisma/seed/demo-accounts";
import { principalOf } from "../support/principals";
import { createTestDatabase, type TestDatabase } from "../support/test-db";

/** The applicant's side of a return for revision; the officer acts through the desk. */
let database: TestDatabase;
let store: LocalDocumentStore;
let root: string;
let ani: { id: string; email: string; name: string };
let bayu: { id: string; name: string };
let serviceId: string;
let opdId: string;
let code: string;

const p = () => database.prisma;
const officer = () => principalOf(p(), "petugas.bulungan@loket.example").then((principal) => ({ principal }));

const pdf = (marker: string): UploadedFile => {
  const bytes = new TextEncoder().encode(`%PDF-1.4\n% ${marker}\n`.padEnd(3000, " "));
  return { name: `${marker}.pdf`, size: bytes.length, bytes };
};

beforeAll(async () => {
  database = await createTestDatabase();
  await seedCatalog(p());
  await seedDemoAccounts(p());
  root = fs.mkdtempSync(path.join(os.tmpdir(), "loket-rev-"));
  store = new LocalDocumentStore(root);
  const a = await p().user.findUniqueOrThrow({ where: { email: "ani.rahmawati@bulungan.go.id" } });
  ani = { id: a.id, email: a.email, name: a.name };
  const b = await p().user.findUniqueOrThrow({ where: { email: "bayu.pratama@bulungan.go.id" } });
  bayu = { id: b.id, name: b.name };
  const service = await p().service.findFirstOrThrow({ where: { slug: "hosting-subdomain-email" }, include: { documents: true } });
  serviceId = service.id;
  code = service.documents[0]!.code;
  opdId = (await p().opd.findFirstOrThrow({ where: { agencyId: service.agencyId, name: "Dinas Pendidikan" } })).id;
});
afterAll(async () => {
  await database.drop();
  fs.rmSync(root, { recursive: true, force: true });
});

async function submitted(now?: Date) {
  const r = await submitRequest(p(), store, {
    applicant: ani,
    fields: {
      idempotencyKey: randomUUID(),
      privacyAcknowledged: "true",
      serviceId,
      applicantName: "Ani Rahmawati",
      employeeNumberKind: "NIP",
      employeeNumber: "198609262015052001",
      opdId,
      jabatan: "Pranata Komputer",
      scopeCodes: ["hosting"],
      letterNumber: "005/88/Disdik/2026",
      letterDate: "2026-11-16",
      description: "Mohon hosting untuk aplikasi PPDB sekolah.",
      details: { subdomain: "ppdb" },
    },
    files: { [code]: pdf("asli") },
    now,
  });
  return r.requestId;
}

async function returned(
  requestId: string,
  now?: Date,
  fields = [{ field: "details.subdomain", reason: "ppdb sudah dipakai; pilih nama lain." }],
) {
  const r = await p().serviceRequest.findUniqueOrThrow({ where: { id: requestId }, include: { documents: true } });
  await returnToApplicant(
    p(),
    await officer(),
    {
      requestId,
      version: r.version,
      reason: "Surat belum ditandatangani dan subdomain bentrok dengan yang sudah ada.",
      checks: [{ documentId: r.documents[0]!.id, valid: false, reason: "Belum ditandatangani kepala dinas." }],
      fields,
    },
    now,
  );
}

const version = async (id: string) => (await openRevisionFor(p(), ani.id, id))!.request.version;

describe("revision", () => {
  it("names exactly what to fix; the applicant fixes only that and resubmits; every version is kept", async () => {
    const id = await submitted();
    await returned(id);
    const open = await openRevisionFor(p(), ani.id, id);
    expect(open!.request.status).toBe("PERLU_PERBAIKAN");
    expect(open!.revision!.items.map((i) => i.kind)).toEqual(["document", "field"]);

    await resubmitRevision(p(), store, {
      applicant: ani,
      requestId: id,
      expectedVersion: open!.request.version,
      // A tampered description and letter are ignored: only the listed fields may change.
      fields: { description: "DIUBAH DIAM-DIAM", letterNumber: "PALSU", details: { subdomain: "ppdb-sekolah" } },
      files: { [code]: pdf("ditandatangani") },
    });

    const after = await p().serviceRequest.findUniqueOrThrow({
      where: { id },
      include: { documents: { orderBy: { version: "asc" } }, events: { orderBy: { createdAt: "asc" } }, revisions: true },
    });
    expect(after.status).toBe("DIAJUKAN");
    expect(after.details).toEqual({ subdomain: "ppdb-sekolah" });
    expect(after.description).toBe("Mohon hosting untuk aplikasi PPDB sekolah.");
    expect(after.letterNumber).toBe("005/88/Disdik/2026");
    expect(after.documents.map((d) => [d.version, d.fileName, d.supersededAt !== null])).toEqual([
      [1, "asli.pdf", true],
      [2, "ditandatangani.pdf", false],
    ]);
    for (const d of after.documents) expect(await store.exists(d.storageKey)).toBe(true);
    expect(after.revisions[0]!.resolvedAt).not.toBeNull();
    expect(after.events.map((e) => e.kind)).toEqual(["SUBMITTED", "RETURNED", "RESUBMITTED"]);
  });

  it("requires the listed document and validates the listed field, changing nothing on error", async () => {
    const id = await submitted();
    await returned(id);
    const error = await resubmitRevision(p(), store, {
      applicant: ani,
      requestId: id,
      expectedVersion: await version(id),
      fields: { details: { subdomain: "PPDB Baru" } },
      files: {},
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).fieldErrors?.[`document.${code}`]?.[0]).toContain("yang sudah diperbaiki");
    expect((error as UserError).fieldErrors?.["details.subdomain"]?.[0]).toMatch(/karakter tidak sah|huruf kecil/);
    const request = await p().serviceRequest.findUniqueOrThrow({ where: { id }, include: { documents: true } });
    expect(request.status).toBe("PERLU_PERBAIKAN");
    expect(request.documents).toHaveLength(1);
  });

  it("refuses a stale form and another applicant's request", async () => {
    const id = await submitted();
    await returned(id);
    const v = await version(id);
    await expect(
      resubmitRevision(p(), store, { applicant: ani, requestId: id, expectedVersion: v - 1, fields: {}, files: {} }),
    ).rejects.toBeInstanceOf(ConflictError);
    await expect(
      resubmitRevision(p(), store, { applicant: bayu, requestId: id, expectedVersion: v, fields: {}, files: {} }),
    ).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("the terms after a revision", () => {
  const monday10 = new Date("2026-11-23T02:00:00Z"); // Monday 23 November 2026 10.00 WITA
  const hours = (n: number) => new Date(monday10.getTime() + n * 3_600_000);

  it("recomputes the expected completion from when the corrected file arrived", async () => {
    const id = await submitted(monday10);
    await returned(id, hours(1));
    // Sent back on Thursday 10.00: 2×24 jam from then is Saturday 28 November 10.00 WITA.
    await resubmitRevision(p(), store, {
      applicant: ani,
      requestId: id,
      expectedVersion: await version(id),
      fields: { details: { subdomain: "ppdb-sekolah" } },
      files: { [code]: pdf("ditandatangani") },
      now: hours(72),
    });
    const detail = (await getRequestForApplicant(p(), await principalOf(p(), ani.email), id))!;
    const { expected } = timingOf(detail);
    expect(expected.dueAt?.toISOString()).toBe("2026-11-28T02:00:00.000Z");
    expect(expected.text).toContain("Paling lambat 28 November 2026 10.00 WITA");
    expect(receiptData(detail, "https://loket.example").expectedCompletionText).toContain("28 November 2026 10.00 WITA");
  });

  it("lists and counts no pause from before the clock started", async () => {
    const id = await submitted(monday10);
    await returned(id, hours(1));
    await resubmitRevision(p(), store, {
      applicant: ani,
      requestId: id,
      expectedVersion: await version(id),
      fields: { details: { subdomain: "ppdb-baru" } },
      files: { [code]: pdf("ditandatangani") },
      now: hours(2),
    });
    // Returns before the completeness check used to stop a clock that was not running yet.
    const request = await p().serviceRequest.findUniqueOrThrow({
      where: { id },
      include: { documents: { where: { supersededAt: null } } },
    });
    if ((await p().slaPause.count({ where: { requestId: id } })) === 0) {
      await p().slaPause.create({
        data: {
          agencyId: request.agencyId,
          requestId: id,
          startedAt: hours(1),
          endedAt: hours(2),
          reason: "Menunggu perbaikan dari pemohon.",
        },
      });
    }
    const teknis = await p().user.findUniqueOrThrow({ where: { email: "teknis.bulungan@loket.example" } });
    await acceptRequest(
      p(),
      await officer(),
      {
        requestId: id,
        version: request.version,
        checks: request.documents.map((d) => ({ documentId: d.id, valid: true })),
        assigneeId: teknis.id,
      },
      hours(3),
    );

    const clock = (await clockOfRequest(p(), id, hours(4)))!;
    expect(clock.pauses).toEqual([]);
    expect(clock.pausedMinutes).toBe(0);
    expect(clock.dueAt?.toISOString()).toBe(hours(3 + 48).toISOString());
  });
});
