import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { renderCompletionLetter } from "../../features/workflow/completion-letter";
import { renderDispositionSheet } from "../../features/workflow/disposition-sheet";
import { completionLetterData, dispositionSheetData } from "../../features/workflow/documents";
import { DEMO_STAFF } from "../../prisma/seed/demo-accounts";
import { type Fixture, seededFixture } from "../support/fixture";
import { pdfText } from "../support/pdf-text";

/**
 * The lembar disposisi and the surat penyelesaian as the office prints them, from the rows the desk
 * writes: the applicant's own letter on the sheet, a Plh signing under the post, the letter signed
 * a.n. the Kepala Dinas with the office's town, the local date and the signer's NIP.
 */

let fx: Fixture;
const p = () => fx.database.prisma;
let sequence = 900;

beforeAll(async () => {
  fx = await seededFixture();
});
afterAll(() => fx.dispose());

const user = (email: string) => p().user.findUniqueOrThrow({ where: { email }, select: { id: true, name: true } });
const nipOf = (email: string) => DEMO_STAFF.flatMap((g) => g.staff).find((s) => s.email === email)!.nip;

/** A request as the submission stores it (the form itself is tested elsewhere). */
async function storedRequest(
  agencySlug: string,
  serviceSlug: string,
  applicantEmail: string,
  letter: { number: string; date: string } | null,
) {
  const service = await p().service.findFirstOrThrow({
    where: { slug: serviceSlug, agency: { slug: agencySlug } },
    select: { id: true, agencyId: true, agency: { select: { code: true } }, scopes: { select: { code: true } } },
  });
  const applicant = await p().user.findUniqueOrThrow({
    where: { email: applicantEmail },
    select: { id: true, name: true, employeeNumber: true, jabatan: true, opd: { select: { id: true, name: true } } },
  });
  sequence += 1;
  const scope = service.scopes[0]?.code ?? null;
  return p().serviceRequest.create({
    data: {
      agencyId: service.agencyId,
      serviceId: service.id,
      scopeCode: scope,
      scopeCodes: scope ? [scope] : [],
      letterNumber: letter?.number ?? null,
      letterDate: letter ? new Date(`${letter.date}T00:00:00Z`) : null,
      applicantId: applicant.id,
      registrationNumber: `${service.agency.code}-2026-${String(sequence).padStart(6, "0")}`,
      year: 2026,
      sequence,
      trackingCode: "K7M2QX9P",
      applicantName: applicant.name,
      applicantEmail,
      employeeNumberKind: "NIP",
      employeeNumber: applicant.employeeNumber!,
      opdId: applicant.opd!.id,
      opdName: applicant.opd!.name,
      jabatan: applicant.jabatan!,
      description: "Permohonan penyusunan daftar data prioritas 2027.",
      idempotencyKey: randomUUID(),
      submittedAt: new Date("2026-11-22T02:15:00Z"),
      receivedCompleteAt: new Date("2026-11-22T02:40:00Z"),
    },
    select: { id: true, agencyId: true, registrationNumber: true },
  });
}

/** Bangka Belitung's chain as the desk records it; the Kepala Dinas is away, the Kabid disposes as his Plh. */
async function babelChain(requestId: string, agencyId: string) {
  const [kadis, kabid, subkoor, petugas] = await Promise.all(
    ["kadis", "kabid", "subkoor", "petugas"].map((r) => user(`${r}.babel@loket.example`)),
  );
  const entries = [
    {
      stagePosition: 1,
      from: kabid!,
      fromTitle: "Plh. Kepala Dinas Komunikasi dan Informatika",
      onBehalfOf: kadis!,
      to: kabid!,
      toTitle: "Kepala Bidang e-Government dan Statistik",
      at: "2026-11-22T02:40:00Z",
    },
    {
      stagePosition: 2,
      from: kabid!,
      fromTitle: "Kepala Bidang e-Government dan Statistik",
      onBehalfOf: null,
      to: subkoor!,
      toTitle: "Sub Koordinator Statistik selaku Statistisi Ahli Muda",
      at: "2026-11-22T03:00:00Z",
    },
    {
      stagePosition: 3,
      from: subkoor!,
      fromTitle: "Sub Koordinator Statistik selaku Statistisi Ahli Muda",
      onBehalfOf: null,
      to: petugas!,
      toTitle: "Petugas Service Desk",
      at: "2026-11-22T03:10:00Z",
    },
  ];
  for (const e of entries) {
    await p().disposition.create({
      data: {
        agencyId,
        requestId,
        stagePosition: e.stagePosition,
        fromUserId: e.from.id,
        fromName: e.from.name,
        fromTitle: e.fromTitle,
        onBehalfOfId: e.onBehalfOf?.id ?? null,
        onBehalfOfName: e.onBehalfOf?.name ?? null,
        toUserId: e.to.id,
        toName: e.to.name,
        toTitle: e.toTitle,
        instructions: ["Proses lebih lanjut"],
        note: `Catatan tahap ${e.stagePosition}.`,
        urgency: "SEGERA",
        createdAt: new Date(e.at),
      },
    });
  }
}

/** Completed late on 3 December UTC: already 4 December in WIB and WIT. */
const COMPLETED_AT = new Date("2026-12-03T17:30:00Z");

async function complete(requestId: string, agencyId: string, byEmail: string) {
  const actor = await user(byEmail);
  await p().serviceRequest.update({
    where: { id: requestId },
    data: { status: "SELESAI", stagePosition: null, completedAt: COMPLETED_AT, resultSummary: "Daftar data prioritas 2027 telah disusun." },
  });
  await p().requestEvent.create({
    data: {
      agencyId,
      requestId,
      kind: "COMPLETED",
      toStatus: "SELESAI",
      actorId: actor.id,
      actorName: actor.name,
      message: "Selesai.",
      createdAt: COMPLETED_AT,
    },
  });
}

/** Lines of the layout text from the place-and-date line to the tracking line, trimmed. */
function signatureLines(text: string, place: string): string[] {
  const lines = text.split("\n").map((l) => l.trim());
  const start = lines.findIndex((l) => l.startsWith(`${place}, `));
  const end = lines.findIndex((l, i) => i > start && l.startsWith("Status permohonan "));
  return lines.slice(start, end).filter(Boolean);
}

const letterText = async (requestId: string) =>
  pdfText(await renderCompletionLetter(await completionLetterData(p(), requestId, "https://loket.example.go.id")));

describe("the lembar disposisi of a Bangka Belitung request", () => {
  it("shows the OPD's letter, the registration as agenda number, and a Plh under the post with their own name", async () => {
    const r = await storedRequest("bangka-belitung", "manajemen-data", "dimas.saputra@babelprov.go.id", {
      number: "800/412/Dinkes/XI/2026",
      date: "2026-11-20",
    });
    await babelChain(r.id, r.agencyId);
    const text = pdfText(await renderDispositionSheet(await dispositionSheetData(p(), r.id)));

    expect(text).toMatch(/Surat dari\s+: Dinas Kesehatan\s/);
    expect(text).not.toContain("Dimas Saputra");
    expect(text).toMatch(/Nomor surat\s+: 800\/412\/Dinkes\/XI\/2026\s/);
    expect(text).toMatch(/Tanggal surat\s+: 20 November 2026\s/);
    expect(text).toMatch(new RegExp(`Nomor agenda\\s+: ${r.registrationNumber}`));

    const first = text.split(/^(?=[ \t]*DISPOSISI \d+ )/m)[1]!;
    expect(first.replace(/\s+/g, " ")).toMatch(/Plh\. Kepala Dinas .*Rina Oktaviani/);
    expect(text).not.toContain("a.n.");
    expect(text).not.toContain("Ahmad Sopian");
  });

  it("prints a dash, not the registration number, where the request names no letter", async () => {
    const r = await storedRequest("bangka-belitung", "manajemen-data", "dimas.saputra@babelprov.go.id", null);
    const text = pdfText(await renderDispositionSheet(await dispositionSheetData(p(), r.id)));
    expect(text).toMatch(/Nomor surat\s+: —\s/);
    expect(text).toMatch(/Tanggal surat\s+: —\s/);
  });
});

describe("the surat penyelesaian", () => {
  it("is dated in Pangkalpinang by the local day and signed a.n. the Kepala Dinas by the chain's Kepala Bidang", async () => {
    const r = await storedRequest("bangka-belitung", "manajemen-data", "dimas.saputra@babelprov.go.id", {
      number: "800/412/Dinkes/XI/2026",
      date: "2026-11-20",
    });
    await babelChain(r.id, r.agencyId);
    await complete(r.id, r.agencyId, "petugas.babel@loket.example");
    const text = await letterText(r.id);

    const lines = signatureLines(text, "Pangkalpinang");
    expect(lines[0]).toBe("Pangkalpinang, 4 Desember 2026");
    expect(lines.join(" ")).toBe(
      "Pangkalpinang, 4 Desember 2026 a.n. Kepala Dinas Komunikasi dan Informatika Provinsi Kepulauan Bangka Belitung " +
        `Kepala Bidang e-Government dan Statistik, Rina Oktaviani NIP. ${nipOf("kabid.babel@loket.example")}`,
    );
    expect(text).not.toContain("Melati Anggraini");
    expect(text.replace(/\s+/g, " ")).toContain("Menindaklanjuti surat Saudara nomor 800/412/Dinkes/XI/2026 tanggal 20 November 2026");
  });

  it("is signed by the Plh standing in for the Kepala Bidang at completion, and leaves out an unknown NIP", async () => {
    const r = await storedRequest("bangka-belitung", "manajemen-data", "dimas.saputra@babelprov.go.id", null);
    await babelChain(r.id, r.agencyId);
    await complete(r.id, r.agencyId, "petugas.babel@loket.example");
    const [kabid, subkoor] = await Promise.all([user("kabid.babel@loket.example"), user("subkoor.babel@loket.example")]);
    const delegation = await p().delegation.create({
      data: {
        agencyId: r.agencyId,
        officialId: kabid.id,
        substituteId: subkoor.id,
        kind: "PLH",
        startsAt: new Date("2026-12-01T00:00:00Z"),
        endsAt: new Date("2026-12-05T00:00:00Z"),
      },
    });
    try {
      const lines = signatureLines(await letterText(r.id), "Pangkalpinang");
      expect(lines.join(" ")).toContain(
        `Plh. Kepala Bidang e-Government dan Statistik, Hadi Susanto NIP. ${nipOf("subkoor.babel@loket.example")}`,
      );

      await p().membership.updateMany({ where: { userId: subkoor.id, agencyId: r.agencyId }, data: { nip: null } });
      const withoutNip = await letterText(r.id);
      expect(signatureLines(withoutNip, "Pangkalpinang").at(-1)).toBe("Hadi Susanto");
      expect(withoutNip).not.toContain("NIP");
    } finally {
      await p().delegation.delete({ where: { id: delegation.id } });
      await p().membership.updateMany({
        where: { userId: subkoor.id, agencyId: r.agencyId },
        data: { nip: nipOf("subkoor.babel@loket.example") },
      });
    }
  });

  it("from Halmahera Timur, without a disposition chain, is signed in Maba by the office's Kepala Bidang", async () => {
    const r = await storedRequest("halmahera-timur", "pengelolaan-data", "citra.lestari@haltimkab.go.id", null);
    await complete(r.id, r.agencyId, "teknis.haltim@loket.example");
    const lines = signatureLines(await letterText(r.id), "Maba");
    expect(lines.join(" ")).toBe(
      "Maba, 4 Desember 2026 a.n. Kepala Dinas Komunikasi dan Informatika Kabupaten Halmahera Timur " +
        `Kepala Bidang Aplikasi Informatika, Nurhayati Sangadji NIP. ${nipOf("kabid.haltim@loket.example")}`,
    );
  });
});
