import { createHash, randomUUID } from "node:crypto";
import type { DocumentStore } from "../documents/store";
import { newDocumentKey } from "../documents/store";
import { storeThenRecord } from "../documents/uploads";
import { fieldsForScopes, requestFieldSchema } from "./fields";
import { identityKindsFor, OPD_OTHER, type RequestFormConfig, type RequestFormValues, requestFormSchema } from "./form-schema";
import { requiresApplicantLetter, validateLetterNumber } from "./letter";
import { orderedScopeCodes } from "./scopes";
import { generateTrackingCode, REGISTRATION_SEQUENCE_DIGITS, registrationPrefix } from "./numbering";
import { eligibilityMessage, emailMatchesAllowedDomains } from "./service-fields";
import { acceptUploads, type UploadedFile } from "./uploads";
import { isAcknowledged, PRIVACY_NOTICE } from "../privacy/notice";
import { t } from "@/lib/i18n";
import { mailTransport, type MailContent } from "../notifications/mailer";
import { deskLink } from "../notifications/notify";
import { notificationMail } from "../notifications/templates";
import { env } from "@/lib/env";
import { REGISTRATION_NUMBER_TOKEN } from "./notify";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { fieldErrorsOf, NotFoundError, UserError } from "@/lib/errors";

// Still importable from here, next to the other submission types (the database tests use it).
export type { UploadedFile } from "./uploads";

/**
 * Submitting a request: validate everything first, store the files, then write every row in one
 * short transaction. Either all of it exists afterwards or none of it (files of a failed attempt
 * are removed). A repeated submission with the same idempotency key returns the first request.
 */
export interface SubmitInput {
  applicant: { id: string; email: string };
  fields: Record<string, unknown>;
  /** Files by requirement code. */
  files: Record<string, UploadedFile>;
  now?: Date;
}

export interface SubmitResult {
  requestId: string;
  registrationNumber: string;
  trackingCode: string;
  /** True when this was a repeat of an earlier submission (same idempotency key). */
  duplicate: boolean;
}

export interface SubmitOptions {
  /** Where the service's form configuration comes from (default: the database). */
  loadConfig?: (serviceId: string) => Promise<LoadedFormConfig | null>;
  /** Test seam: runs after the files are stored, before the rows are written. */
  afterFilesStored?: (storageKeys: readonly string[]) => Promise<void>;
  /**
   * The confirmation e-mail, written to the mail outbox in the same statement (so it exists exactly
   * when the request does). Its text may contain REGISTRATION_NUMBER_TOKEN.
   */
  confirmation?: (r: { requestId: string; trackingCode: string; applicantName: string; submittedAt: Date }) => {
    content: MailContent;
    transport: string;
  };
}

export type LoadedFormConfig = NonNullable<Awaited<ReturnType<typeof loadFormConfig>>>;

export const SERVICE_UNAVAILABLE = "Layanan tidak ditemukan atau tidak sedang menerima permohonan.";

export async function loadFormConfig(
  prisma: PrismaClient,
  serviceId: string,
): Promise<{
  config: RequestFormConfig;
  agency: { id: string; code: string; timeZone: string };
  allowedEmailDomains: string[];
} | null> {
  if (!/^[0-9a-f-]{36}$/i.test(serviceId)) return null;
  const service = await prisma.service.findFirst({
    where: { id: serviceId, status: "PUBLISHED" },
    select: {
      id: true,
      allowsAsn: true,
      allowsNonAsn: true,
      allowsPublic: true,
      allowedEmailDomains: true,
      requestFields: true,
      multipleScopes: true,
      agency: { select: { id: true, code: true, name: true, domain: true, timeZone: true } },
      scopes: { orderBy: { position: "asc" }, select: { code: true, name: true } },
      documents: {
        orderBy: { position: "asc" },
        select: { code: true, name: true, required: true, allowedTypes: true, maxSizeBytes: true },
      },
    },
  });
  if (!service) return null;
  const opds = await prisma.opd.findMany({
    where: { agencyId: service.agency.id, active: true },
    orderBy: { name: "asc" },
    select: { id: true, name: true },
  });
  return {
    config: {
      serviceId: service.id,
      agencyName: service.agency.name,
      timeZone: service.agency.timeZone,
      agencyDomain: service.agency.domain,
      identityKinds: identityKindsFor(service),
      scopes: service.scopes,
      multipleScopes: service.multipleScopes,
      fields: requestFieldSchema.array().parse(service.requestFields),
      documents: service.documents,
      opds,
    },
    agency: { id: service.agency.id, code: service.agency.code, timeZone: service.agency.timeZone },
    allowedEmailDomains: service.allowedEmailDomains,
  };
}

/**
 * What a valid form stores: the lingkup in the service's order, only the service fields of those
 * lingkup (an answer typed for a lingkup later unticked is dropped), and the letter where the
 * service asks for one.
 */
export function storedAnswers(config: RequestFormConfig, v: RequestFormValues) {
  const scopeCodes = orderedScopeCodes(config, v.scopeCodes);
  const fields = fieldsForScopes(config.fields, scopeCodes);
  const details = Object.fromEntries(
    Object.entries(v.details)
      .map(([k, val]) => [k, val.trim()] as const)
      .filter(([k, val]) => val && fields.some((f) => f.key === k)),
  );
  // The schema has checked both; the checks also give the normalised text.
  const number = requiresApplicantLetter(config.documents) ? validateLetterNumber(v.letterNumber) : null;
  return {
    scopeCodes,
    details,
    letterNumber: number?.ok ? number.value : null,
    letterDate: number?.ok ? v.letterDate!.trim() : null,
  };
}

function localYear(instant: Date, timeZone: string): number {
  return Number(new Intl.DateTimeFormat("en", { timeZone, year: "numeric" }).format(instant));
}

function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: string; meta?: { code?: string }; message?: string };
  // P2002 from model queries; raw queries report PostgreSQL's own code 23505.
  return e?.code === "P2002" || e?.meta?.code === "23505" || /\b23505\b/.test(e?.message ?? "");
}

export async function submitRequest(
  prisma: PrismaClient,
  store: DocumentStore,
  input: SubmitInput,
  options: SubmitOptions = {},
): Promise<SubmitResult> {
  const now = input.now ?? new Date();
  const serviceId = String(input.fields.serviceId ?? "");
  const loaded = await (options.loadConfig ?? ((id) => loadFormConfig(prisma, id)))(serviceId);
  if (!loaded) throw new NotFoundError(SERVICE_UNAVAILABLE);
  const { config, agency } = loaded;

  if (!emailMatchesAllowedDomains(input.applicant.email, loaded.allowedEmailDomains)) {
    throw new UserError(eligibilityMessage(loaded.allowedEmailDomains) ?? SERVICE_UNAVAILABLE);
  }

  const parsed = requestFormSchema(config, { today: now }).safeParse(input.fields);
  const fieldErrors: Record<string, string[]> = parsed.success ? {} : fieldErrorsOf(parsed.error);

  const known = new Set(config.documents.map((d) => d.code));
  for (const code of Object.keys(input.files)) {
    if (!known.has(code)) (fieldErrors["_form"] ??= []).push("Ada berkas untuk dokumen yang tidak diminta layanan ini.");
  }
  const { accepted, fieldErrors: uploadErrors } = await acceptUploads(config.documents, input.files, {
    missingMessage: (name) => `Unggah ${name}.`,
  });
  Object.assign(fieldErrors, uploadErrors);
  // The privacy notice is acknowledged on the form; the server holds the submission to it.
  if (!isAcknowledged(input.fields.privacyAcknowledged)) fieldErrors.privacyAcknowledged = [t("privacy.acknowledgementRequired")];
  if (!parsed.success || Object.keys(fieldErrors).length > 0) {
    throw new UserError("Permohonan belum dapat dikirim. Periksa isian yang ditandai.", fieldErrors);
  }
  const v = parsed.data;

  const year = localYear(now, agency.timeZone);
  const stored = accepted.map((a) => ({ ...a, storageKey: newDocumentKey(agency.id, year) }));
  const opdName = v.opdId === OPD_OTHER ? v.opdOther! : config.opds.find((o) => o.id === v.opdId)!.name;
  const { scopeCodes, details, letterNumber, letterDate } = storedAnswers(config, v);
  const employeeNumber = v.employeeNumber.replace(/\s+/g, "");
  const requestId = randomUUID();
  const trackingCode = generateTrackingCode();
  const documents = stored.map((s) => ({
    id: randomUUID(),
    requirementCode: s.code,
    requirementName: s.name,
    fileName: s.fileName,
    contentType: s.type,
    sizeBytes: s.file.size,
    sha256: createHash("sha256").update(s.file.bytes).digest("hex"),
    storageKey: s.storageKey,
  }));

  const mail = options.confirmation?.({ requestId, trackingCode, applicantName: v.applicantName, submittedAt: now });
  const profile = {
    name: v.applicantName,
    kind: v.employeeNumberKind,
    number: employeeNumber,
    jabatan: v.jabatan,
    opdId: v.opdId === OPD_OTHER ? null : v.opdId,
    opdOther: v.opdId === OPD_OTHER ? (v.opdOther ?? null) : null,
  };

  // The officials of the first stage (holders of its role and whoever stands in for one of them
  // now) hear of the new request in the same statement, in-app and by e-mail.
  const staffMessage = `Permohonan baru ${REGISTRATION_NUMBER_TOKEN} dari ${opdName} menunggu tindakan Anda.`;
  const staffMail = notificationMail(staffMessage, `${env().appUrl}${deskLink(requestId)}`);
  const staffTransport = mailTransport();

  try {
    // Files of a failed attempt are removed before a repeat is answered with the first request.
    return await storeThenRecord(
      store,
      stored.map((s) => ({ storageKey: s.storageKey, bytes: s.file.bytes })),
      async () => {
        await options.afterFilesStored?.(stored.map((s) => s.storageKey));
        // One statement: number, request, documents and first timeline entry are written together,
        // and the per-agency counter row is locked only while this statement runs.
        const rows = await prisma.$queryRaw<{ id: string; registrationNumber: string }[]>`
        WITH counter AS (
          INSERT INTO "RequestCounter" ("agencyId", "year", "last") VALUES (${agency.id}::uuid, ${year}, 1)
          ON CONFLICT ("agencyId", "year") DO UPDATE SET "last" = "RequestCounter"."last" + 1
          RETURNING "last"
        ), request AS (
          INSERT INTO "ServiceRequest" (
            "id", "agencyId", "serviceId", "scopeCode", "scopeCodes", "letterNumber", "letterDate", "applicantId", "registrationNumber", "year", "sequence",
            "trackingCode", "applicantName", "applicantEmail", "employeeNumberKind", "employeeNumber", "opdId",
            "opdName", "jabatan", "description", "details", "idempotencyKey", "privacyNoticeVersion", "privacyAcknowledgedAt",
            "submittedAt", "updatedAt")
          SELECT ${requestId}::uuid, ${agency.id}::uuid, ${config.serviceId}::uuid, ${scopeCodes[0] ?? null}, ${scopeCodes}::text[],
            ${letterNumber}, ${letterDate}::date,
            ${input.applicant.id}::uuid,
            ${registrationPrefix(agency.code, year)} || lpad(counter."last"::text, ${REGISTRATION_SEQUENCE_DIGITS}, '0'),
            ${year}, counter."last", ${trackingCode}, ${v.applicantName}, ${input.applicant.email},
            ${v.employeeNumberKind}::"EmployeeNumberKind", ${employeeNumber},
            ${v.opdId === OPD_OTHER ? null : v.opdId}::uuid, ${opdName}, ${v.jabatan}, ${v.description},
            ${JSON.stringify(details)}::jsonb, ${v.idempotencyKey}, ${PRIVACY_NOTICE.version}, ${now}, ${now}, ${now}
          FROM counter
          RETURNING "id", "registrationNumber"
        ), documents AS (
          INSERT INTO "RequestDocument" (
            "id", "agencyId", "requestId", "requirementCode", "requirementName", "version", "fileName",
            "contentType", "sizeBytes", "sha256", "storageKey", "uploadedById")
          SELECT d."id", ${agency.id}::uuid, request."id", d."requirementCode", d."requirementName", 1, d."fileName",
            d."contentType", d."sizeBytes", d."sha256", d."storageKey", ${input.applicant.id}::uuid
          FROM request, jsonb_to_recordset(${JSON.stringify(documents)}::jsonb) AS d(
            "id" uuid, "requirementCode" text, "requirementName" text, "fileName" text, "contentType" text,
            "sizeBytes" int, "sha256" text, "storageKey" text)
          RETURNING 1
        ), event AS (
          INSERT INTO "RequestEvent" ("id", "agencyId", "requestId", "kind", "toStatus", "actorId", "actorName", "message", "createdAt")
          SELECT ${randomUUID()}::uuid, ${agency.id}::uuid, request."id", 'SUBMITTED', 'DIAJUKAN', ${input.applicant.id}::uuid,
            ${v.applicantName}, 'Permohonan diajukan.', ${now}
          FROM request
          RETURNING 1
        ), mail AS (
          INSERT INTO "MailMessage" ("id", "to", "subject", "text", "html", "transport")
          SELECT ${randomUUID()}::uuid, ${input.applicant.email},
            replace(${mail?.content.subject ?? ""}, ${REGISTRATION_NUMBER_TOKEN}, request."registrationNumber"),
            replace(${mail?.content.text ?? ""}, ${REGISTRATION_NUMBER_TOKEN}, request."registrationNumber"),
            replace(${mail?.content.html ?? ""}, ${REGISTRATION_NUMBER_TOKEN}, request."registrationNumber"),
            ${mail?.transport ?? "outbox"}
          FROM request WHERE ${mail !== undefined}
          RETURNING 1
        ), first_stage AS (
          SELECT "role" FROM "WorkflowStage" WHERE "serviceId" = ${config.serviceId}::uuid AND "position" = 1
        ), holders AS (
          SELECT m."userId" FROM "Membership" m, first_stage WHERE m."agencyId" = ${agency.id}::uuid AND m."role" = first_stage."role"
        ), staff AS (
          SELECT u."id", u."email" FROM "User" u
          WHERE u."disabledAt" IS NULL AND EXISTS (SELECT 1 FROM request) AND u."id" IN (
            SELECT "userId" FROM holders
            UNION
            SELECT d."substituteId" FROM "Delegation" d, first_stage
            WHERE d."agencyId" = ${agency.id}::uuid AND d."startsAt" <= ${now} AND d."endsAt" > ${now}
              AND (d."officialId" IN (SELECT "userId" FROM holders) OR (d."officialId" IS NULL AND d."role" = first_stage."role")))
        ), staff_notice AS (
          INSERT INTO "Notification" ("id", "userId", "agencyId", "requestId", "message", "link", "createdAt")
          SELECT gen_random_uuid(), staff."id", ${agency.id}::uuid, request."id",
            replace(${staffMessage}, ${REGISTRATION_NUMBER_TOKEN}, request."registrationNumber"), ${deskLink(requestId)}, ${now}
          FROM staff, request
          RETURNING 1
        ), staff_mail AS (
          INSERT INTO "MailMessage" ("id", "to", "subject", "text", "html", "transport")
          SELECT gen_random_uuid(), staff."email",
            replace(${staffMail.subject}, ${REGISTRATION_NUMBER_TOKEN}, request."registrationNumber"),
            replace(${staffMail.text}, ${REGISTRATION_NUMBER_TOKEN}, request."registrationNumber"),
            replace(${staffMail.html}, ${REGISTRATION_NUMBER_TOKEN}, request."registrationNumber"),
            ${staffTransport}
          FROM staff, request
          RETURNING 1
        ), profile AS (
          -- The profile remembers what was typed, to prefill the next form; written only if it changed.
          UPDATE "User" SET "name" = ${profile.name}, "employeeNumberKind" = ${profile.kind}::"EmployeeNumberKind",
            "employeeNumber" = ${profile.number}, "jabatan" = ${profile.jabatan}, "opdId" = ${profile.opdId}::uuid,
            "opdOther" = ${profile.opdOther}, "updatedAt" = now()
          WHERE "id" = ${input.applicant.id}::uuid AND EXISTS (SELECT 1 FROM request)
            AND ("name", "employeeNumberKind", "employeeNumber", "jabatan", "opdId", "opdOther") IS DISTINCT FROM
                (${profile.name}, ${profile.kind}::"EmployeeNumberKind", ${profile.number}, ${profile.jabatan}, ${profile.opdId}::uuid, ${profile.opdOther})
          RETURNING 1
        )
        SELECT request."id", request."registrationNumber" FROM request
        WHERE (SELECT count(*) FROM documents) = ${documents.length} AND (SELECT count(*) FROM event) = 1
          AND (SELECT count(*) FROM mail) = ${mail ? 1 : 0} AND (SELECT count(*) FROM profile) >= 0`;
        const created = rows[0];
        if (!created) throw new Error("submission statement wrote no request");
        return { requestId: created.id, registrationNumber: created.registrationNumber, trackingCode, duplicate: false };
      },
    );
  } catch (error) {
    if (isUniqueViolation(error)) {
      // The same submission arrived before (double click, retry): answer with its request.
      const twin = await prisma.serviceRequest.findUnique({
        where: { applicantId_idempotencyKey: { applicantId: input.applicant.id, idempotencyKey: v.idempotencyKey } },
        select: { id: true, registrationNumber: true, trackingCode: true },
      });
      if (twin)
        return { requestId: twin.id, registrationNumber: twin.registrationNumber, trackingCode: twin.trackingCode, duplicate: true };
    }
    throw error;
  }
}
