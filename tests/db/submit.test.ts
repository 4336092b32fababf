import { randomUUID } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LocalDocumentStore } from "../../features/documents/store";
import { getRequestForApplicant, timingOf } from "../../features/requests/queries";
import { type SubmitInput, submitRequest, type UploadedFile } from "../../features/requests/submit";
import { clockOfRequest } from "../../features/sla/request-clock";
import { Prisma } from "../../lib/generated/prisma/client";
import { UserError } from "../../lib/errors";
import { seedCatalog } from "../../prisma/seed/catalog";
import { seedDemoAccounts } from "../../prisma/seed/demo-accounts";
import { principalOf } from "../support/principals";
import { createTestDatabase, type TestDatabase } from "../support/test-db";

let database: TestDatabase;
let store: LocalDocumentStore;
let root: string;
const ids: Record<string, string> = {};

const pdf = (size = 2048): UploadedFile => {
  const bytes = new Uint8Array(size).fill(0x20);
  bytes.set(new TextEncoder().encode("%PDF-1.4\n%âãÏÓ\n"), 0);
  return { name: "surat-permohonan.pdf", size, bytes };
};

beforeAll(async () => {
  database = await createTestDatabase();
  await seedCatalog(database.prisma);
  await seedDemoAccounts(database.prisma);
  root = fs.mkdtempSync(path.join(os.tmpdir(), "loket-files-"));
  store = new LocalDocumentStore(root);
  const p = database.prisma;
  const service = async (slug: string) => (await p.service.findFirstOrThrow({ where: { slug } })).id;
  ids.bulungan = await service("hosting-subdomain-email");
  ids.dataCloud = await service("data-cloud");
  ids.haltimData = await service("pengelolaan-data");
  ids.babel = await service("manajemen-data");
  ids.bulunganOpd = (await p.opd.findFirstOrThrow({ where: { agency: { slug: "bulungan" }, name: "Dinas Pendidikan" } })).id;
  ids.purbalinggaOpd = (await p.opd.findFirstOrThrow({ where: { agency: { slug: "purbalingga" } } })).id;
  ids.babelOpd = (await p.opd.findFirstOrThrow({ where: { agency: { slug: "bangka-belitung" } } })).id;
  ids.ani = (await p.user.findUniqueOrThrow({ where: { email: "ani.rahmawati@bulungan.go.id" } })).id;
  ids.dimas = (await p.user.findUniqueOrThrow({ where: { email: "dimas.saputra@babelprov.go.id" } })).id;
});
afterAll(async () => {
  await database.drop();
  fs.rmSync(root, { recursive: true, force: true });
});

function ani(overrides: Record<string, unknown> = {}, files: Record<string, UploadedFile> = { "surat-permohonan": pdf() }): SubmitInput {
  return {
    applicant: { id: ids.ani!, email: "ani.rahmawati@bulungan.go.id" },
    fields: {
      idempotencyKey: randomUUID(),
      privacyAcknowledged: "true",
      serviceId: ids.bulungan,
      applicantName: "Ani Rahmawati",
      employeeNumberKind: "NIP",
      employeeNumber: "198609262015052001",
      opdId: ids.bulunganOpd,
      jabatan: "Pranata Komputer Ahli Pertama",
      scopeCodes: ["hosting"],
      letterNumber: "005/214/Disdik/2026",
      letterDate: "2026-11-16",
      description: "Mohon hosting dan subdomain untuk aplikasi PPDB Dinas Pendidikan.",
      details: { subdomain: "ppdb" },
      ...overrides,
    },
    files,
  };
}

async function documentCode(serviceId: string) {
  return (await database.prisma.serviceDocumentRequirement.findFirstOrThrow({ where: { serviceId } })).code;
}

async function snapshot() {
  const p = database.prisma;
  const files = fs.existsSync(root)
    ? fs.readdirSync(root, { recursive: true }).filter((f) => !fs.statSync(path.join(root, String(f))).isDirectory())
    : [];
  return {
    requests: await p.serviceRequest.count(),
    documents: await p.requestDocument.count(),
    events: await p.requestEvent.count(),
    counters: await p.requestCounter.findMany({ orderBy: [{ agencyId: "asc" }, { year: "asc" }] }),
    files: files.length,
  };
}

async function expectRejected(input: SubmitInput, field: string, message: string | RegExp) {
  const before = await snapshot();
  const error = await submitRequest(database.prisma, store, input).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(UserError);
  const messages = [(error as UserError).message, ...((error as UserError).fieldErrors?.[field] ?? [])];
  expect(
    messages.some((m) => (typeof message === "string" ? m.includes(message) : message.test(m))),
    JSON.stringify((error as UserError).fieldErrors),
  ).toBe(true);
  expect(await snapshot()).toEqual(before);
}

describe("submitting a request", () => {
  it("stores the request, its documents and its first timeline entry, numbered per agency and year", async () => {
    const input = ani({}, { [await documentCode(ids.bulungan!)]: pdf() });
    const result = await submitRequest(database.prisma, store, input, {});
    const year = new Date().getUTCFullYear();
    expect(result.registrationNumber).toMatch(new RegExp(`^BLG-(${year}|${year + 1})-000001$`));
    expect(result.duplicate).toBe(false);
    const request = await database.prisma.serviceRequest.findUniqueOrThrow({
      where: { id: result.requestId },
      include: { documents: true, events: true },
    });
    expect(request.status).toBe("DIAJUKAN");
    expect(request.opdName).toBe("Dinas Pendidikan");
    expect(request.details).toEqual({ subdomain: "ppdb" });
    expect(request.trackingCode).toMatch(/^[2-9A-HJKMNP-Z]{8}$/);
    expect(request.documents).toHaveLength(1);
    expect(request.documents[0]!.contentType).toBe("application/pdf");
    expect(await store.exists(request.documents[0]!.storageKey)).toBe(true);
    expect(request.events.map((e) => e.kind)).toEqual(["SUBMITTED"]);

    const second = await submitRequest(database.prisma, store, ani({}, { [await documentCode(ids.bulungan!)]: pdf() }));
    expect(second.registrationNumber).toMatch(/-000002$/);
  });

  it("makes one request of a double submit, also when both arrive at once", async () => {
    const code = await documentCode(ids.bulungan!);
    const input = ani({}, { [code]: pdf() });
    const before = await snapshot();
    const results = await Promise.all([1, 2, 3, 4].map(() => submitRequest(database.prisma, store, input)));
    expect(new Set(results.map((r) => r.requestId)).size).toBe(1);
    expect(results.filter((r) => !r.duplicate)).toHaveLength(1);
    const after = await snapshot();
    expect(after.requests).toBe(before.requests + 1);
    expect(after.files).toBe(before.files + 1);
    const again = await submitRequest(database.prisma, store, input);
    expect(again).toEqual({ ...results.find((r) => !r.duplicate)!, duplicate: true });
  });

  it("leaves no rows and no files when it fails after storing the files", async () => {
    const before = await snapshot();
    const input = ani({}, { [await documentCode(ids.bulungan!)]: pdf() });
    await expect(
      submitRequest(database.prisma, store, input, {
        afterFilesStored: async () => {
          throw new Error("connection lost");
        },
      }),
    ).rejects.toThrow("connection lost");
    expect(await snapshot()).toEqual(before);
  });

  it("leaves no rows and no files when the database fails halfway through the writes", async () => {
    // The timeline insert is the last write: make the database refuse it.
    await database.withSession((s) =>
      s.exec(`CREATE FUNCTION refuse_event() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'disk full'; END $$;
              CREATE TRIGGER refuse_event BEFORE INSERT ON "RequestEvent" FOR EACH ROW EXECUTE FUNCTION refuse_event();`),
    );
    try {
      const before = await snapshot();
      const input = ani({}, { [await documentCode(ids.bulungan!)]: pdf() });
      await expect(submitRequest(database.prisma, store, input)).rejects.toThrow(/disk full/);
      expect(await snapshot()).toEqual(before);
    } finally {
      await database.withSession((s) => s.exec(`DROP TRIGGER refuse_event ON "RequestEvent"; DROP FUNCTION refuse_event();`));
    }
  });
});

describe("one letter, several lingkup", () => {
  it("makes one Bulungan request for hosting, subdomain and email, with each lingkup's fields and the letter", async () => {
    const before = await snapshot();
    const submittedAt = new Date("2026-11-23T02:00:00Z"); // Monday 10.00 WITA
    const input = ani(
      {
        scopeCodes: ["email", "hosting", "subdomain"],
        details: { subdomain: "ppdb", emailAccounts: "sekretariat.disdik\nppdb.disdik", accountHolder: "bukan isian layanan ini" },
        letterNumber: "005/214/Disdik/XI/2026",
        letterDate: "2026-11-20",
      },
      { [await documentCode(ids.bulungan!)]: pdf() },
    );
    const result = await submitRequest(database.prisma, store, { ...input, now: submittedAt });
    expect((await snapshot()).requests).toBe(before.requests + 1);

    const stored = await database.prisma.serviceRequest.findUniqueOrThrow({ where: { id: result.requestId } });
    expect(stored.scopeCodes).toEqual(["hosting", "subdomain", "email"]);
    expect(stored.scopeCode).toBe("hosting");
    expect(stored.details).toEqual({ subdomain: "ppdb", emailAccounts: "sekretariat.disdik\nppdb.disdik" });
    expect(stored.letterNumber).toBe("005/214/Disdik/XI/2026");
    expect(stored.letterDate?.toISOString().slice(0, 10)).toBe("2026-11-20");

    const detail = (await getRequestForApplicant(
      database.prisma,
      await principalOf(database.prisma, "ani.rahmawati@bulungan.go.id"),
      result.requestId,
    ))!;
    const timing = timingOf(detail);
    expect(timing.scopeNames).toBe("Hosting, Subdomain, Email");
    // None of the three has a term of its own: the service's 2×24 jam, from the submission.
    expect(timing.expected.dueAt?.toISOString()).toBe("2026-11-25T02:00:00.000Z");
  });

  it("takes the due date from the longest term among the lingkup asked for", async () => {
    const p = database.prisma;
    // A local term for e-mail accounts (5 hari kerja), longer than the service's 2×24 jam.
    await p.serviceScope.updateMany({
      where: { serviceId: ids.bulungan, code: "email" },
      data: { slaPolicy: { kind: "working_days", days: 5, startsAt: "received_complete" }, slaText: "5 hari kerja" },
    });
    try {
      const submittedAt = new Date("2026-11-23T02:00:00Z"); // Monday 10.00 WITA
      const files = async () => ({ [await documentCode(ids.bulungan!)]: pdf() });
      const both = await submitRequest(p, store, {
        ...ani({ scopeCodes: ["hosting", "email"], details: { subdomain: "arsip", emailAccounts: "arsip" } }, await files()),
        now: submittedAt,
      });
      const hostingOnly = await submitRequest(p, store, {
        ...ani({ scopeCodes: ["hosting"], details: { subdomain: "arsip2" } }, await files()),
        now: submittedAt,
      });
      const ani_ = await principalOf(p, "ani.rahmawati@bulungan.go.id");
      const timing = async (id: string) => timingOf((await getRequestForApplicant(p, ani_, id))!);

      // Monday + 5 hari kerja → Monday 30 November at closing (16.00 WITA).
      expect((await timing(both.requestId)).expected.dueAt?.toISOString()).toBe("2026-11-30T08:00:00.000Z");
      expect((await timing(both.requestId)).slaText).toBe("5 hari kerja");
      expect((await timing(hostingOnly.requestId)).expected.dueAt?.toISOString()).toBe("2026-11-25T02:00:00.000Z");

      // Once the file is found complete, the clock runs on the same, longest term.
      await p.serviceRequest.update({ where: { id: both.requestId }, data: { receivedCompleteAt: submittedAt, status: "DIVERIFIKASI" } });
      const clock = await clockOfRequest(p, both.requestId, submittedAt);
      expect(clock?.dueAt?.toISOString()).toBe("2026-11-30T08:00:00.000Z");
    } finally {
      await p.serviceScope.updateMany({
        where: { serviceId: ids.bulungan, code: "email" },
        data: { slaPolicy: Prisma.DbNull, slaText: null },
      });
    }
  });
});

describe("bad input gets a clear message and stores nothing", () => {
  it("NIP with an impossible birth date", async () => {
    await expectRejected(
      ani({ employeeNumber: "198631092015052001" }),
      "employeeNumber",
      "Tanggal lahir pada NIP (digit 1–8) tidak valid: 19863109.",
    );
  });
  it("NIP with an impossible gender digit", async () => {
    await expectRejected(
      ani({ employeeNumber: "198609262015053001" }),
      "employeeNumber",
      "Digit ke-15 NIP (jenis kelamin) harus 1 atau 2.",
    );
  });
  it("NIK with a bad date, where the service accepts NIK", async () => {
    const input: SubmitInput = {
      applicant: { id: ids.dimas!, email: "dimas.saputra@babelprov.go.id" },
      fields: {
        ...ani().fields,
        serviceId: ids.babel,
        opdId: ids.babelOpd,
        scopeCodes: ["perencanaan-data"],
        employeeNumberKind: "NIK",
        employeeNumber: "1971013203900001",
        details: {},
      },
      files: { [await documentCode(ids.babel!)]: pdf() },
    };
    await expectRejected(input, "employeeNumber", /tanggal|Tanggal/);
  });
  it("NIK where the service accepts only ASN", async () => {
    await expectRejected(
      ani({ employeeNumberKind: "NIK", employeeNumber: "6401010101900001" }),
      "employeeNumberKind",
      "Pilih jenis nomor: NIP, NI PPPK.",
    );
  });
  it("an executable renamed .pdf", async () => {
    const bytes = new Uint8Array(4096);
    bytes.set([0x4d, 0x5a, 0x90, 0x00], 0);
    const code = await documentCode(ids.bulungan!);
    await expectRejected(
      ani({}, { [code]: { name: "surat.pdf", size: bytes.length, bytes } }),
      `document.${code}`,
      "adalah program (executable), bukan dokumen.",
    );
  });
  it("a file over the limit", async () => {
    const code = await documentCode(ids.bulungan!);
    await expectRejected(ani({}, { [code]: pdf(5 * 1024 * 1024 + 300_000) }), `document.${code}`, "batas untuk");
  });
  it("a missing required document", async () => {
    const code = await documentCode(ids.bulungan!);
    await expectRejected(ani({}, {}), `document.${code}`, "Unggah ");
  });
  it("an e-mail outside the service's allowed domain", async () => {
    const input = ani(
      { serviceId: ids.haltimData, scopeCodes: ["data-sektoral"], details: {} },
      { [await documentCode(ids.haltimData!)]: pdf() },
    );
    await expectRejected(input, "_form", "Layanan ini hanya untuk pemohon dengan alamat email @haltimkab.go.id.");
  });
  it("over-long text", async () => {
    await expectRejected(
      ani({ description: "x".repeat(2345) }),
      "description",
      "Keterangan permohonan layanan paling banyak 2.000 karakter; Anda menulis 2.345.",
    );
  });
  it("a subdomain with illegal characters", async () => {
    await expectRejected(ani({ details: { subdomain: "ppdb_online!" } }), "details.subdomain", "karakter tidak sah");
  });
  it("a tampered hidden field: another agency's service", async () => {
    const input = ani({ serviceId: ids.dataCloud, details: { accountHolder: "Ani" } }, { [await documentCode(ids.dataCloud!)]: pdf() });
    await expectRejected(input, "opdId", "tidak terdaftar pada Dinas Komunikasi dan Informatika Kabupaten Purbalingga");
  });
  it("a tampered hidden field: another agency's OPD", async () => {
    await expectRejected(
      ani({ opdId: ids.purbalinggaOpd }),
      "opdId",
      "tidak terdaftar pada Dinas Komunikasi dan Informatika Kabupaten Bulungan",
    );
  });
  it("a lingkup that is not the service's", async () => {
    await expectRejected(
      ani({ scopeCodes: ["hosting", "perencanaan-data"] }),
      "scopeCodes",
      "Lingkup layanan “perencanaan-data” tidak tersedia pada layanan ini. Pilih dari daftar: Hosting, Subdomain, Email.",
    );
  });
  it("no lingkup where the service has lingkup", async () => {
    await expectRejected(ani({ scopeCodes: [] }), "scopeCodes", "Pilih minimal satu lingkup layanan yang Anda mohonkan.");
  });
  it("several lingkup where the service serves one per request", async () => {
    const input: SubmitInput = {
      applicant: { id: ids.dimas!, email: "dimas.saputra@babelprov.go.id" },
      fields: {
        ...ani().fields,
        serviceId: ids.babel,
        opdId: ids.babelOpd,
        scopeCodes: ["perencanaan-data", "pengumpulan-data"],
        details: {},
      },
      files: { [await documentCode(ids.babel!)]: pdf() },
    };
    await expectRejected(
      input,
      "scopeCodes",
      "Layanan ini melayani satu lingkup per permohonan. Pilih satu lingkup; ajukan permohonan terpisah untuk lingkup lainnya.",
    );
  });
  it("the fields of a chosen lingkup left empty", async () => {
    await expectRejected(
      ani({ scopeCodes: ["hosting", "email"], details: { subdomain: "ppdb" } }),
      "details.emailAccounts",
      "Akun email yang diminta wajib diisi.",
    );
  });
  it("no letter number where the service asks for the applicant's letter", async () => {
    await expectRejected(ani({ letterNumber: "  " }), "letterNumber", "Nomor surat wajib diisi");
  });
  it("a letter number over 100 characters", async () => {
    await expectRejected(
      ani({ letterNumber: "005/".padEnd(101, "x") }),
      "letterNumber",
      "Nomor surat paling banyak 100 karakter; Anda menulis 101.",
    );
  });
  it("a letter date that does not exist", async () => {
    await expectRejected(ani({ letterDate: "2026-04-31" }), "letterDate", "Tanggal surat tidak valid.");
  });
  it("a letter dated after today in the agency's zone", async () => {
    // 5 March 2026 07.30 WITA is still 4 March in UTC: the 5th is today in Tanjung Selor, the 6th is not.
    const now = new Date("2026-03-04T23:30:00Z");
    await expectRejected(
      { ...ani({ letterDate: "2026-03-06" }), now },
      "letterDate",
      "Tanggal surat tidak boleh setelah hari ini (5 Maret 2026).",
    );
    const ok = await submitRequest(database.prisma, store, { ...ani({ letterDate: "2026-03-05" }), now });
    const stored = await database.prisma.serviceRequest.findUniqueOrThrow({ where: { id: ok.requestId } });
    expect(stored.letterDate?.toISOString().slice(0, 10)).toBe("2026-03-05");
  });
  it("an unknown service", async () => {
    const before = await snapshot();
    await expect(submitRequest(database.prisma, store, ani({ serviceId: randomUUID() }))).rejects.toThrow("Layanan tidak ditemukan");
    expect(await snapshot()).toEqual(before);
  });
});
