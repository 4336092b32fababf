import { spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import fs from "node:fs";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { type ParsedMail, simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LocalDocumentStore } from "../../features/documents/store";
import { submitRequest } from "../../features/requests/submit";
import { acceptRequest } from "../../features/workflow/desk";
import { seedCatalog } from "../../prisma/seed/catalog";
import { seedDemoAccounts } from "../../prisma/seed/demo-accounts";
import { principalOf } from "../support/principals";
import { createTestDatabase, serverUrl, type TestDatabase } from "../support/test-db";

/**
 * A breached request produces exactly one escalation e-mail, through a real SMTP server, when the
 * background worker process runs, is stopped, and runs again (a restart), and when two run at once.
 */
describe.skipIf(!serverUrl())("SLA escalation across worker restarts", () => {
  let database: TestDatabase;
  let smtp: SMTPServer;
  let smtpPort: number;
  const received: ParsedMail[] = [];
  let root: string;

  beforeAll(async () => {
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ["STARTTLS", "AUTH"],
      onData(stream, _s, cb) {
        simpleParser(stream)
          .then((m) => {
            received.push(m);
            cb();
          })
          .catch(cb);
      },
    });
    smtpPort = await new Promise((r) => smtp.listen(0, "127.0.0.1", () => r((smtp.server.address() as AddressInfo).port)));
    database = await createTestDatabase();
    await seedCatalog(database.prisma);
    await seedDemoAccounts(database.prisma);
    root = fs.mkdtempSync(path.join(os.tmpdir(), "loket-restart-"));
  });
  afterAll(async () => {
    await new Promise<void>((r) => smtp.close(() => r()));
    await database.drop();
    fs.rmSync(root, { recursive: true, force: true });
  });

  function runWorker(untilMs: number): Promise<void> {
    return new Promise((resolve) => {
      const child = spawn(process.execPath, ["--import", "tsx", "scripts/worker.ts"], {
        env: {
          ...process.env,
          DATABASE_URL: database.url,
          SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
          MAIL_FROM: "Loket <no-reply@loket.test>",
          APP_URL: "http://loket.test",
        },
        stdio: "ignore",
      });
      setTimeout(() => child.kill("SIGTERM"), untilMs);
      child.on("exit", () => resolve());
    });
  }

  it("sends one escalation, however often the worker restarts", async () => {
    const p = database.prisma;
    const ani = await p.user.findUniqueOrThrow({ where: { email: "ani.rahmawati@bulungan.go.id" } });
    const service = await p.service.findFirstOrThrow({ where: { slug: "hosting-subdomain-email" }, include: { documents: true } });
    const bytes = new TextEncoder().encode("%PDF-1.4\n".padEnd(1200, " "));
    const { requestId, registrationNumber } = await submitRequest(p, new LocalDocumentStore(root), {
      applicant: { id: ani.id, email: ani.email },
      fields: {
        idempotencyKey: randomUUID(),
        privacyAcknowledged: "true",
        serviceId: service.id,
        applicantName: ani.name,
        employeeNumberKind: "NIP",
        employeeNumber: ani.employeeNumber,
        opdId: ani.opdId,
        jabatan: ani.jabatan,
        scopeCodes: ["hosting"],
        description: "Hosting yang terlambat.",
        details: { subdomain: "telat" },
        letterNumber: "005/12/UJI",
        letterDate: new Date().toISOString().slice(0, 10),
      },
      files: { [service.documents[0]!.code]: { name: "s.pdf", size: bytes.length, bytes } },
    });
    const r = await p.serviceRequest.findUniqueOrThrow({ where: { id: requestId } });
    const doc = await p.requestDocument.findFirstOrThrow({ where: { requestId } });
    // Accepted five days ago: 2×24 jam is long past.
    await acceptRequest(
      p,
      { principal: await principalOf(p, "petugas.bulungan@loket.example") },
      {
        requestId,
        version: r.version,
        checks: [{ documentId: doc.id, valid: true }],
      },
      new Date(Date.now() - 5 * 86_400_000),
    );

    const escalations = () => received.filter((m) => m.subject?.startsWith(`Eskalasi SLA: permohonan ${registrationNumber}`));
    await runWorker(8_000);
    expect(escalations().map((m) => (Array.isArray(m.to) ? m.to[0] : m.to)?.text)).toEqual(["subkoor.bulungan@loket.example"]);
    // Restart, and two workers at once: nothing more.
    await runWorker(6_000);
    await Promise.all([runWorker(6_000), runWorker(6_000)]);
    expect(escalations()).toHaveLength(1);
    expect(await p.slaAlert.count({ where: { requestId, threshold: "BREACH" } })).toBe(1);
  }, 60_000);
});
