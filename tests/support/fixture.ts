import { randomUUID } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { type DocumentStore, LocalDocumentStore } from "../../features/documents/store";
import { submitRequest } from "../../features/requests/submit";
import { seedCatalog } from "../../prisma/seed/catalog";
import { seedDemoAccounts } from "../../prisma/seed/demo-accounts";
import { principalOf } from "./principals";
import { createTestDatabase, type TestDatabase } from "./test-db";

/**
 * A seeded database (catalog and demo accounts) with a document store in a temporary folder, and a
 * helper that submits a request as a demo applicant with their profile's data.
 */
export interface Fixture {
  database: TestDatabase;
  store: LocalDocumentStore;
  who(email: string): Promise<{ principal: Awaited<ReturnType<typeof principalOf>> }>;
  /** Submits as a demo applicant to a service (by slug); `fields` override the profile's values. */
  submitAs(
    email: string,
    serviceSlug: string,
    fields?: Record<string, unknown>,
    options?: { store?: DocumentStore; pdfBytes?: number },
  ): Promise<{ requestId: string; registrationNumber: string }>;
  dispose(): Promise<void>;
}

export const samplePdf = (size = 1500, name = "surat.pdf") => {
  const bytes = new TextEncoder().encode("%PDF-1.4\n".padEnd(size, " "));
  return { name, size: bytes.length, bytes };
};

export async function seededFixture(): Promise<Fixture> {
  const database = await createTestDatabase();
  await seedCatalog(database.prisma);
  await seedDemoAccounts(database.prisma);
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "loket-fixture-"));
  const store = new LocalDocumentStore(root);
  const p = database.prisma;
  return {
    database,
    store,
    who: async (email) => ({ principal: await principalOf(p, email) }),
    async submitAs(email, serviceSlug, fields = {}, options = {}) {
      const user = await p.user.findUniqueOrThrow({ where: { email } });
      const service = await p.service.findFirstOrThrow({ where: { slug: serviceSlug }, include: { documents: true } });
      const r = await submitRequest(p, options.store ?? store, {
        applicant: { id: user.id, email },
        fields: {
          idempotencyKey: randomUUID(),
          serviceId: service.id,
          applicantName: user.name,
          employeeNumberKind: "NIP",
          employeeNumber: user.employeeNumber,
          opdId: user.opdId,
          jabatan: user.jabatan,
          description: "Permohonan untuk pengujian alur meja layanan.",
          details: {},
          // The privacy notice's checkbox, ticked as the form requires.
          privacyAcknowledged: "true",
          // The applicant's own letter (asked for where the standard requires a surat permohonan).
          letterNumber: "005/118/UJI/2026",
          letterDate: "2026-11-30",
          ...(typeof fields.scopeCode === "string" ? { scopeCodes: [fields.scopeCode] } : {}),
          ...fields,
        },
        files: { [service.documents[0]!.code]: samplePdf(options.pdfBytes) },
      });
      return { requestId: r.requestId, registrationNumber: r.registrationNumber };
    },
    async dispose() {
      await database.drop();
      fs.rmSync(root, { recursive: true, force: true });
    },
  };
}
