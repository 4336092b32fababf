import { UserError } from "@/lib/errors";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { applicantLink, notifyUsers } from "../notifications/notify";
import { type Actor, loadForAction, recordEvent, selfSigner } from "./transition";

/**
 * A progress note, internal unless the officer shows it to the applicant. It belongs to no stage:
 * any staff of the request's agency may write one, on open and closed requests alike.
 */
export async function addNote(
  prisma: PrismaClient,
  actor: Actor,
  input: { requestId: string; body: string; visibleToApplicant: boolean },
  now = new Date(),
) {
  const r = await loadForAction(prisma, actor.principal, input.requestId);
  const body = input.body.trim();
  if (!body) throw new UserError("Catatan wajib diisi.", { body: ["Catatan wajib diisi."] });
  const signer = selfSigner(actor.principal);
  await prisma.$transaction(async (tx) => {
    await tx.requestNote.create({
      data: {
        agencyId: r.agencyId,
        requestId: r.id,
        authorId: signer.id,
        authorName: signer.name,
        visibleToApplicant: input.visibleToApplicant,
        body,
        createdAt: now,
      },
    });
    await recordEvent(
      tx,
      r,
      signer,
      {
        event: { kind: "NOTE", message: body, visibleToApplicant: input.visibleToApplicant },
        audit: { before: null, after: { note: body, visibleToApplicant: input.visibleToApplicant } },
      },
      now,
    );
    if (input.visibleToApplicant) {
      await notifyUsers(tx, {
        agencyId: r.agencyId,
        requestId: r.id,
        userIds: [r.applicantId],
        message: `Catatan baru pada permohonan ${r.registrationNumber}.`,
        link: applicantLink(r.id),
      });
    }
  });
}
