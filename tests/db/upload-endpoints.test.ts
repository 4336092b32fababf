import { randomUUID } from "node:crypto";
import fs from "node:fs";
import { describe, expect, it, vi } from "vitest";

/**
 * The three upload endpoints (submission, revision, result) as the browser reaches them.
 *
 * Upload endpoints count the body's bytes as it streams and answer 413 once it passes what the
 * endpoint can accept (the documents asked for at their limits plus the form), before reading the
 * rest: a chunked upload without Content-Length is not read whole into memory.
 */
const { seams } = await vi.hoisted(() => import("../support/matrix-seams"));
vi.mock("@/features/auth/session", () => ({ getPrincipal: async () => seams.principal }));
vi.mock("@/lib/db", () => ({ db: async () => seams.database!.prisma, getDatabase: async () => seams.database! }));

import { POST as postResult } from "@/app/api/meja/permohonan/[id]/hasil/route";
import { POST as postResubmit } from "@/app/api/permohonan/[id]/perbaikan/route";
import { POST as postSubmit } from "@/app/api/permohonan/route";
import { PDFDocument, PDFName, PDFString } from "pdf-lib";
import { form, params, post } from "../support/authorization-matrix";
import { chunkedPost, chunkedUpload } from "../support/chunked-upload";
import { as, ids, LETTER, PDF_BYTES, principal, prisma, setUpMatrixDatabase, staffEmail, state } from "../support/matrix-cast";

setUpMatrixDatabase();

const MB = 1024 * 1024;
const ANI = "ani.rahmawati@bulungan.go.id";

function submissionFields(): Record<string, string | string[]> {
  return {
    idempotencyKey: randomUUID(),
    privacyAcknowledged: "true",
    serviceId: ids.hosting!,
    applicantName: "Ani Rahmawati",
    employeeNumberKind: "NIP",
    employeeNumber: "198609262015052001",
    opdId: ids.bulunganOpd!,
    jabatan: "Pranata Komputer Ahli Pertama",
    description: "Mohon hosting dan subdomain untuk aplikasi arsip.",
    ...LETTER,
    scopeCodes: ["hosting"],
    "details.subdomain": "arsip",
  };
}

const storedFiles = () =>
  fs.existsSync(`${seams.dataDir}/files`)
    ? fs.readdirSync(`${seams.dataDir}/files`, { recursive: true }).filter((f) => fs.statSync(`${seams.dataDir}/files/${f}`).isFile())
        .length
    : 0;

describe("streamed upload limits", () => {
  it("refuses a chunked submission past the service's limit with 413 before reading the rest, and stores nothing", async () => {
    const requestsBefore = await prisma().serviceRequest.count();
    const filesBefore = storedFiles();
    // The hosting service asks for one document of at most 5 MB: 70 MB can never be accepted.
    const upload = chunkedUpload(submissionFields(), [
      { name: `document.${ids.hostingDoc}`, filename: "surat-permohonan.pdf", size: 70 * MB },
    ]);
    const response = await as(principal(ANI), () => postSubmit(chunkedPost("/api/permohonan", upload), params({})));
    expect(response.status).toBe(413);
    const body = await response.json();
    expect(body).toMatchObject({ status: "error", message: expect.stringContaining("terlalu besar") });
    // Read no further than the limit (5 MB document + the form), give or take a chunk.
    expect(upload.sent()).toBeLessThan(8 * MB);
    expect(upload.sent()).toBeLessThan(upload.total);
    expect(await prisma().serviceRequest.count()).toBe(requestsBefore);
    expect(storedFiles()).toBe(filesBefore);
  });

  it("accepts a chunked submission within the limit", async () => {
    const upload = chunkedUpload(submissionFields(), [
      { name: `document.${ids.hostingDoc}`, filename: "surat-permohonan.pdf", bytes: PDF_BYTES },
    ]);
    const response = await as(principal(ANI), () => postSubmit(chunkedPost("/api/permohonan", upload), params({})));
    expect(response.status).toBe(201);
    expect(upload.sent()).toBe(upload.total);
  });

  it("refuses a chunked revision past the revised documents' limit with 413", async () => {
    const f = await state.bulunganReturned();
    const upload = chunkedUpload({ version: String(f.version) }, [
      { name: `document.${ids.hostingDoc}`, filename: "surat-baru.pdf", size: 70 * MB },
    ]);
    const response = await as(principal(ANI), () =>
      postResubmit(chunkedPost(`/api/permohonan/${f.requestId}/perbaikan`, upload), params({ id: f.requestId })),
    );
    expect(response.status).toBe(413);
    expect(upload.sent()).toBeLessThan(8 * MB);
    const after = await prisma().serviceRequest.findUniqueOrThrow({ where: { id: f.requestId }, select: { status: true, version: true } });
    expect(after).toEqual({ status: "PERLU_PERBAIKAN", version: f.version });
  });

  it("refuses a chunked result upload past 20 MB with 413", async () => {
    const f = await state.bulunganAtExecute();
    const upload = chunkedUpload({}, [{ name: "file", filename: "hasil.pdf", size: 70 * MB }]);
    const response = await as(principal(staffEmail("PENANGGUNG_JAWAB_TEKNIS", "bulungan")), () =>
      postResult(chunkedPost(`/api/meja/permohonan/${f.requestId}/hasil`, upload), params({ id: f.requestId })),
    );
    expect(response.status).toBe(413);
    expect(upload.sent()).toBeLessThan(23 * MB);
    expect(await prisma().resultDocument.count({ where: { requestId: f.requestId } })).toBe(0);
  });
});

/** A one-page PDF that runs a script when opened (packed in a compressed object stream, as pdf-lib writes). */
async function scriptedPdf(): Promise<File> {
  const doc = await PDFDocument.create();
  doc.addPage();
  doc.catalog.set(PDFName.of("OpenAction"), doc.context.obj({ S: "JavaScript", JS: PDFString.of("app.launchURL('http://x.example')") }));
  return new File([Buffer.from(await doc.save())], "surat-permohonan.pdf", { type: "application/pdf" });
}

describe("PDFs with active content", () => {
  it("refuses a submission with a scripted PDF, naming the document, and saves nothing", async () => {
    const requestsBefore = await prisma().serviceRequest.count();
    const filesBefore = storedFiles();
    const body = form({ ...submissionFields(), [`document.${ids.hostingDoc}`]: await scriptedPdf() });
    const response = await as(principal(ANI), () => postSubmit(post("/api/permohonan", body), params({})));
    expect(response.status).toBe(400);
    const reply = await response.json();
    expect(reply.fieldErrors[`document.${ids.hostingDoc}`][0]).toMatch(
      /^Berkas “surat-permohonan\.pdf” untuk .+ berisi skrip \(JavaScript\)/,
    );
    expect(await prisma().serviceRequest.count()).toBe(requestsBefore);
    expect(storedFiles()).toBe(filesBefore);
  });

  it("refuses a revision with a scripted PDF and leaves the request waiting for it", async () => {
    const f = await state.bulunganReturned();
    const body = form({ version: String(f.version), [`document.${ids.hostingDoc}`]: await scriptedPdf() });
    const response = await as(principal(ANI), () =>
      postResubmit(post(`/api/permohonan/${f.requestId}/perbaikan`, body), params({ id: f.requestId })),
    );
    expect(response.status).toBe(400);
    expect(JSON.stringify(await response.json())).toContain("JavaScript");
    const after = await prisma().serviceRequest.findUniqueOrThrow({ where: { id: f.requestId }, select: { status: true, version: true } });
    expect(after).toEqual({ status: "PERLU_PERBAIKAN", version: f.version });
  });

  it("refuses a scripted result document", async () => {
    const f = await state.bulunganAtExecute();
    const response = await as(principal(staffEmail("PENANGGUNG_JAWAB_TEKNIS", "bulungan")), async () =>
      postResult(post(`/api/meja/permohonan/${f.requestId}/hasil`, form({ file: await scriptedPdf() })), params({ id: f.requestId })),
    );
    expect(response.status).toBe(400);
    expect((await response.json()).fieldErrors.file[0]).toContain("skrip (JavaScript)");
    expect(await prisma().resultDocument.count({ where: { requestId: f.requestId } })).toBe(0);
  });
});
