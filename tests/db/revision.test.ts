import { randomUUID } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LocalDocumentStore } from "../../features/documents/store";
import { openRevisionFor, resubmitRevision, returnForRevision } from "../../features/requests/revision";
import { submitRequest, type UploadedFile } from "../../features/requests/submit";
import { ConflictError, NotFoundError, UserError } from "../../lib/errors";
import { seedCatalog } from "../../prisma/seed/catalog";
import { seedDemoAccounts } from "../../prisma/seed/demo-accounts";
import { createTestDatabase, type TestDatabase } from "../support/test-db";

/** The applicant's side of a return for revision; the staff side is driven directly here. */
let database: TestDatabase;
let store: LocalDocumentStore;
let root: string;
let ani: { id: string; email: string; name: string };
let bayu: { id: string; name: string };
let serviceId: string;
let opdId: string;
let code: string;

const pdf = (marker: string): UploadedFile => {
  const bytes = new TextEncoder().encode(`%PDF-1.4\n% ${marker}\n`.padEnd(3000, " "));
  return { name: `${marker}.pdf`, size: bytes.length, bytes };
};

beforeAll(async () => {
  database = await createTestDatabase();
  await seedCatalog(database.prisma);
  await seedDemoAccounts(database.prisma);
  root = fs.mkdtempSync(path.join(os.tmpdir(), "loket-rev-"));
  store = new LocalDocumentStore(root);
  const p = database.prisma;
  const a = await p.user.findUniqueOrThrow({ where: { email: "ani.rahmawati@bulungan.go.id" } });
  ani = { id: a.id, email: a.email, name: a.name };
  const b = await p.user.findUniqueOrThrow({ where: { email: "bayu.pratama@bulungan.go.id" } });
  bayu = { id: b.id, name: b.name };
  const service = await p.service.findFirstOrThrow({ where: { slug: "hosting-subdomain-email" }, include: { documents: true } });
  serviceId = service.id;
  code = service.documents[0]!.code;
  opdId = (await p.opd.findFirstOrThrow({ where: { agencyId: service.agencyId, name: "Dinas Pendidikan" } })).id;
});
afterAll(async () => {
  await database.drop();
  fs.rmSync(root, { recursive: true, force: true });
});

async function submitted() {
  const r = await submitRequest(database.prisma, store, {
    applicant: ani,
    fields: {
      idempotencyKey: randomUUID(),
      serviceId,
      applicantName: "Ani Rahmawati",
      employeeNumberKind: "NIP",
      employeeNumber: "198609262015052001",
      opdId,
      jabatan: "Pranata Komputer",
      scopeCode: "hosting",
      description: "Mohon hosting untuk aplikasi PPDB sekolah.",
      details: { subdomain: "ppdb" },
    },
    files: { [code]: pdf("asli") },
  });
  return r.requestId;
}

async function returned(requestId: string) {
  await returnForRevision(database.prisma, {
    requestId,
    expectedVersion: 1,
    actor: null,
    reason: "Surat belum ditandatangani dan subdomain bentrok dengan yang sudah ada.",
    items: [
      { kind: "document", code, label: "Surat permohonan", reason: "Belum ditandatangani kepala dinas." },
      { kind: "field", field: "details.subdomain", label: "Nama subdomain", reason: "ppdb sudah dipakai; pilih nama lain." },
    ],
  });
}

describe("revision", () => {
  it("names exactly what to fix; the applicant fixes only that and resubmits; every version is kept", async () => {
    const id = await submitted();
    await returned(id);
    const open = await openRevisionFor(database.prisma, ani.id, id);
    expect(open!.request.status).toBe("PERLU_PERBAIKAN");
    expect(open!.revision!.items.map((i) => i.label)).toEqual(["Surat permohonan", "Nama subdomain"]);

    await resubmitRevision(database.prisma, store, {
      applicant: ani,
      requestId: id,
      expectedVersion: open!.request.version,
      // A tampered description is ignored: only the listed fields may change.
      fields: { description: "DIUBAH DIAM-DIAM", details: { subdomain: "ppdb-sekolah" } },
      files: { [code]: pdf("ditandatangani") },
    });

    const after = await database.prisma.serviceRequest.findUniqueOrThrow({
      where: { id },
      include: { documents: { orderBy: { version: "asc" } }, events: { orderBy: { createdAt: "asc" } }, revisions: true },
    });
    expect(after.status).toBe("DIAJUKAN");
    expect(after.details).toEqual({ subdomain: "ppdb-sekolah" });
    expect(after.description).toBe("Mohon hosting untuk aplikasi PPDB sekolah.");
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
    const version = (await openRevisionFor(database.prisma, ani.id, id))!.request.version;
    const error = await resubmitRevision(database.prisma, store, {
      applicant: ani,
      requestId: id,
      expectedVersion: version,
      fields: { details: { subdomain: "PPDB Baru" } },
      files: {},
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).fieldErrors?.[`document.${code}`]?.[0]).toContain("yang sudah diperbaiki");
    expect((error as UserError).fieldErrors?.["details.subdomain"]?.[0]).toMatch(/karakter tidak sah|huruf kecil/);
    const request = await database.prisma.serviceRequest.findUniqueOrThrow({ where: { id }, include: { documents: true } });
    expect(request.status).toBe("PERLU_PERBAIKAN");
    expect(request.documents).toHaveLength(1);
  });

  it("refuses a stale form and another applicant's request", async () => {
    const id = await submitted();
    await returned(id);
    const version = (await openRevisionFor(database.prisma, ani.id, id))!.request.version;
    await expect(
      resubmitRevision(database.prisma, store, { applicant: ani, requestId: id, expectedVersion: version - 1, fields: {}, files: {} }),
    ).rejects.toBeInstanceOf(ConflictError);
    await expect(
      resubmitRevision(database.prisma, store, { applicant: bayu, requestId: id, expectedVersion: version, fields: {}, files: {} }),
    ).rejects.toBeInstanceOf(NotFoundError);
  });

  it("lets exactly one of two concurrent returns win", async () => {
    const id = await submitted();
    const attempt = () =>
      returnForRevision(database.prisma, {
        requestId: id,
        expectedVersion: 1,
        actor: null,
        reason: "Kurang lengkap.",
        items: [{ kind: "document", code, label: "Surat permohonan", reason: "Tidak terbaca." }],
      });
    const results = await Promise.allSettled([attempt(), attempt()]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(results.find((r) => r.status === "rejected")!.reason).toBeInstanceOf(ConflictError);
    expect(await database.prisma.revisionRequest.count({ where: { requestId: id } })).toBe(1);
  });
});
