import type { HistoryCursor } from "./history";
import { isStaff, type Principal } from "../auth/roles";
import { getCatalog } from "../catalog/queries";
import { findService } from "../catalog/snapshot";
import { clockOfRequest } from "../sla/request-clock";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { formConfigFromCatalog } from "./form-config";
import { formDefaults } from "./profile";
import { getRequestForApplicant, listRequestsForApplicant, timingOf } from "./queries";
import { editableFields, openRevisionFor, submittedValues } from "./revision";
import { eligibilityMessage, emailMatchesAllowedDomains } from "./service-fields";
import { loadFormConfig } from "./submit";

/**
 * Loaders of the applicant's pages. A request that is not the principal's reads as absent (the
 * page answers 404), exactly like one that does not exist.
 */

/** "Permohonan saya": the principal's own requests, newest first, 20 a page (`?setelah=` the cursor). */
export async function loadMyRequestsPage(prisma: PrismaClient, principal: Principal, after?: string) {
  const page = await listRequestsForApplicant(prisma, principal, after);
  return { ...page, isStaff: isStaff(principal) };
}

/**
 * The "Ajukan" page of a published service: a visitor without a session is asked to sign in, one
 * whose address the service does not accept is told why, everyone else gets the form prefilled
 * from what they typed last time.
 */
export async function loadApplyPage(prisma: PrismaClient, principal: Principal | null, agencySlug: string, serviceSlug: string) {
  const catalog = await getCatalog();
  const found = findService(catalog, agencySlug, serviceSlug);
  if (!found) return null;
  if (!principal) return { kind: "sign-in" as const, ...found };
  if (!emailMatchesAllowedDomains(principal.email, found.service.allowedEmailDomains)) {
    return {
      kind: "ineligible" as const,
      ...found,
      email: principal.email,
      message: eligibilityMessage(found.service.allowedEmailDomains),
    };
  }
  const loaded = formConfigFromCatalog(catalog, found.service.id);
  if (!loaded) return null;
  return { kind: "form" as const, ...found, config: loaded.config, defaults: await formDefaults(prisma, principal.id, loaded.config) };
}

/** The applicant's own request with its SLA clock and the wording of the terms it runs on. */
export async function loadApplicantRequestPage(prisma: PrismaClient, principal: Principal, id: string, cursor?: HistoryCursor | null) {
  const detail = await getRequestForApplicant(prisma, principal, id, cursor);
  if (!detail) return null;
  return { detail, clock: await clockOfRequest(prisma, detail.id), slaText: timingOf(detail).slaText };
}

/**
 * The revision page of the applicant's own request: what the officer asked to fix, the form's
 * configuration, the values as submitted (the form starts from them) and which inputs may change.
 * `revision` is null when the request is not waiting for a revision; `form` is null when its
 * service no longer takes requests.
 */
export async function loadRevisionPage(prisma: PrismaClient, principal: Principal, id: string) {
  const open = await openRevisionFor(prisma, principal.id, id);
  if (!open) return null;
  const { request, revision } = open;
  if (request.status !== "PERLU_PERBAIKAN" || !revision) return { request, revision: null, form: null };
  const loaded = await loadFormConfig(prisma, request.serviceId);
  if (!loaded) return { request, revision, form: null };
  return {
    request,
    revision,
    form: { config: loaded.config, values: submittedValues(request), editable: [...editableFields(loaded.config, revision.items)] },
  };
}
