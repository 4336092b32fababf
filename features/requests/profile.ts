import type { PrismaClient } from "@/lib/generated/prisma/client";
import { OPD_OTHER, type RequestFormConfig, type RequestFormInput } from "./form-schema";

/** Form defaults from the applicant's profile (what they typed last time). */
export async function formDefaults(prisma: PrismaClient, userId: string, config: RequestFormConfig): Promise<Partial<RequestFormInput>> {
  const user = await prisma.user.findUnique({
    where: { id: userId },
    select: { name: true, employeeNumberKind: true, employeeNumber: true, jabatan: true, opdId: true, opdOther: true },
  });
  if (!user) return {};
  const kind =
    user.employeeNumberKind && config.identityKinds.includes(user.employeeNumberKind) ? user.employeeNumberKind : config.identityKinds[0];
  const opdKnown = user.opdId && config.opds.some((o) => o.id === user.opdId);
  return {
    applicantName: user.name,
    employeeNumberKind: kind,
    employeeNumber: kind === user.employeeNumberKind ? (user.employeeNumber ?? "") : "",
    jabatan: user.jabatan ?? "",
    opdId: opdKnown ? user.opdId! : user.opdOther ? OPD_OTHER : "",
    opdOther: opdKnown ? "" : (user.opdOther ?? ""),
    scopeCodes: config.scopes.length === 1 ? [config.scopes[0]!.code] : [],
    letterNumber: "",
    letterDate: "",
    description: "",
    details: {},
  };
}
