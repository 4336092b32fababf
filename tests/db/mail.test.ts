import { randomUUID } from "node:crypto";
import fs from "node:fs";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { type ParsedMail, simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LocalDocumentStore } from "../../features/documents/store";
import { deliverPendingMail, sendMail } from "../../features/notifications/mailer";
import { signInLinkMail } from "../../features/notifications/templates";
import { submissionConfirmationMail } from "../../features/requests/notify";
import { submitRequest } from "../../features/requests/submit";
import { seedCatalog } from "../../prisma/seed/catalog";
import { seedDemoAccounts } from "../../prisma/seed/demo-accounts";
import { createTestDatabase, type TestDatabase } from "../support/test-db";

/** E-mail through a real SMTP server: direct sends and the outbox dispatcher with retries. */
let database: TestDatabase;
let smtp: SMTPServer;
let port: number;
const received: ParsedMail[] = [];
let root: string;

function startSmtp(listenPort = 0): Promise<number> {
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => {
          received.push(mail);
          callback();
        })
        .catch(callback);
    },
  });
  return new Promise((resolve) => smtp.listen(listenPort, "127.0.0.1", () => resolve((smtp.server.address() as AddressInfo).port)));
}

beforeAll(async () => {
  port = await startSmtp();
  process.env.SMTP_URL = `smtp://127.0.0.1:${port}`;
  process.env.MAIL_FROM = "Loket <no-reply@loket.test>";
  database = await createTestDatabase();
  await seedCatalog(database.prisma);
  await seedDemoAccounts(database.prisma);
  root = fs.mkdtempSync(path.join(os.tmpdir(), "loket-mail-"));
});
afterAll(async () => {
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
  await database.drop();
  fs.rmSync(root, { recursive: true, force: true });
});

async function waitForMail(count: number) {
  for (let i = 0; i < 50 && received.length < count; i++) await new Promise((r) => setTimeout(r, 50));
  expect(received.length).toBeGreaterThanOrEqual(count);
}

describe("mail", () => {
  it("sends the sign-in link directly, in Indonesian, plain text and HTML", async () => {
    received.length = 0;
    await sendMail(
      database.prisma,
      "ani.rahmawati@bulungan.go.id",
      signInLinkMail("http://loket.test/api/auth/callback/email?token=abc", 15),
    );
    await waitForMail(1);
    const mail = received[0]!;
    expect(mail.subject).toBe("Tautan masuk ke Loket");
    expect(mail.from?.text).toContain("no-reply@loket.test");
    expect(mail.text).toContain("http://loket.test/api/auth/callback/email?token=abc");
    expect(mail.text).toContain("berlaku 15 menit");
    expect(mail.html).toContain('lang="id"');
    const row = await database.prisma.mailMessage.findFirstOrThrow({ where: { subject: "Tautan masuk ke Loket" } });
    expect(row.sentAt).not.toBeNull();
  });

  it("writes the confirmation with the request and delivers it after commit, retrying when SMTP is down", async () => {
    received.length = 0;
    const p = database.prisma;
    const applicant = await p.user.findUniqueOrThrow({ where: { email: "ani.rahmawati@bulungan.go.id" } });
    const service = await p.service.findFirstOrThrow({
      where: { slug: "hosting-subdomain-email" },
      include: { documents: true, agency: true },
    });
    const opd = await p.opd.findFirstOrThrow({ where: { agencyId: service.agencyId, name: "Dinas Pendidikan" } });
    const bytes = new TextEncoder().encode("%PDF-1.4\n".padEnd(2000, " "));

    // SMTP is down when the request is submitted.
    await new Promise<void>((resolve) => smtp.close(() => resolve()));
    const result = await submitRequest(
      p,
      new LocalDocumentStore(root),
      {
        applicant: { id: applicant.id, email: applicant.email },
        fields: {
          idempotencyKey: randomUUID(),
          privacyAcknowledged: "true",
          serviceId: service.id,
          applicantName: "Ani Rahmawati",
          employeeNumberKind: "NIP",
          employeeNumber: "198609262015052001",
          opdId: opd.id,
          jabatan: "Pranata Komputer",
          scopeCodes: ["hosting"],
          letterNumber: "005/31/Disdik/2026",
          letterDate: new Date().toISOString().slice(0, 10),
          description: "Mohon hosting untuk aplikasi PPDB.",
          details: { subdomain: "ppdb" },
        },
        files: { [service.documents[0]!.code]: { name: "surat.pdf", size: bytes.length, bytes } },
      },
      {
        confirmation: (r) => ({
          transport: "smtp",
          content: submissionConfirmationMail({
            ...r,
            service: { name: service.name, slaText: service.slaText },
            agency: { name: service.agency.name, timeZone: service.agency.timeZone },
            appUrl: "http://loket.test",
          }),
        }),
      },
    );
    const row = await p.mailMessage.findFirstOrThrow({ where: { to: applicant.email, subject: { contains: result.registrationNumber } } });
    expect(row.text).toContain(`Nomor registrasi: ${result.registrationNumber}`);
    expect(row.text).not.toContain("{{nomor}}");
    expect(row.sentAt).toBeNull();
    // The same statement told the first stage's petugas; this test follows the applicant's copy only.
    const staffCopies = await p.mailMessage.updateMany({ where: { id: { not: row.id }, sentAt: null }, data: { sentAt: new Date() } });
    expect(staffCopies.count).toBeGreaterThanOrEqual(1);

    const down = await deliverPendingMail(p);
    expect(down).toEqual({ sent: 0, failed: 1 });
    const failed = await p.mailMessage.findUniqueOrThrow({ where: { id: row.id } });
    expect(failed.error).toBeTruthy();
    expect(failed.nextAttemptAt.getTime()).toBeGreaterThan(Date.now());
    // Backing off: nothing is due yet.
    expect(await deliverPendingMail(p)).toEqual({ sent: 0, failed: 0 });

    await startSmtp(port);
    await p.mailMessage.update({ where: { id: row.id }, data: { nextAttemptAt: new Date() } });
    expect(await deliverPendingMail(p)).toEqual({ sent: 1, failed: 0 });
    await waitForMail(1);
    const mail = received[0]!;
    expect(mail.subject).toBe(`Permohonan ${result.registrationNumber} diterima`);
    expect(mail.text).toContain(`kode=${result.trackingCode}`);
    expect(mail.text).toContain("Maksimal 2×24 jam");
    expect((await p.mailMessage.findUniqueOrThrow({ where: { id: row.id } })).sentAt).not.toBeNull();
    // Delivered exactly once.
    expect(await deliverPendingMail(p)).toEqual({ sent: 0, failed: 0 });
  });
});
