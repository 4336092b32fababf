import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PRIVACY_NOTICE } from "../../features/privacy/notice";
import { UserError } from "../../lib/errors";
import { seededFixture, type Fixture } from "../support/fixture";

/**
 * The privacy notice on the request form: a submission without the applicant's acknowledgement is
 * refused, and an acknowledged one records the notice's version and when it was acknowledged.
 */
let f: Fixture;
const ANI = "ani.rahmawati@bulungan.go.id";

beforeAll(async () => {
  f = await seededFixture();
});
afterAll(async () => f.dispose());

describe("privacy notice acknowledgement on submission", () => {
  it("refuses a submission without the acknowledgement, with a clear message next to the checkbox", async () => {
    const before = await f.database.prisma.serviceRequest.count();
    const error = await f.submitAs(ANI, "hosting-subdomain-email", { privacyAcknowledged: undefined }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).fieldErrors?.privacyAcknowledged).toEqual([
      "Centang pernyataan bahwa Anda telah membaca Pemberitahuan Privasi sebelum mengirim permohonan.",
    ]);
    expect(await f.database.prisma.serviceRequest.count()).toBe(before);
  });

  it("records the acknowledged notice version and time with the request", async () => {
    const started = Date.now();
    const { requestId } = await f.submitAs(ANI, "hosting-subdomain-email", { scopeCode: "hosting", details: { subdomain: "privasi" } });
    const r = await f.database.prisma.serviceRequest.findUniqueOrThrow({ where: { id: requestId } });
    expect(r.privacyNoticeVersion).toBe(PRIVACY_NOTICE.version);
    expect(r.privacyAcknowledgedAt!.getTime()).toBeGreaterThanOrEqual(started - 1000);
  });
});
