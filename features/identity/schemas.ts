import { z } from "zod";
import {
  type IdentityKind,
  type IdentityNumberResult,
  type IdentityValidationOptions,
  identityMessages,
  validateNik,
  validateNiPppk,
  validateNip,
} from "./employee-number";

/**
 * Zod schemas over the identity validators, for forms (react-hook-form) and server actions alike.
 * Each parses to the digits-only number and reports the validator's own Indonesian message, so the
 * field shows exactly what is wrong. `today` is read at parse time unless injected (tests).
 */

export const IDENTITY_KINDS = ["NIP", "NI_PPPK", "NIK"] as const satisfies readonly IdentityKind[];

export const identityKindMessage = "Pilih jenis nomor identitas: NIP, NI PPPK, atau NIK.";

function identityNumberSchema(
  kind: IdentityKind,
  validate: (value: string, options: IdentityValidationOptions) => IdentityNumberResult,
  options: IdentityValidationOptions,
) {
  return z
    .string({ error: identityMessages.required(kind) })
    .transform((value, ctx) => {
      const result = validate(value, options);
      if (!result.ok) {
        ctx.addIssue({ code: "custom", message: result.message });
        return z.NEVER;
      }
      return result.value;
    });
}

/** Schemas bound to fixed options (a fixed `today` in tests, the agency's zone in a form). */
export function createIdentitySchemas(options: IdentityValidationOptions = {}) {
  const nip = identityNumberSchema("NIP", validateNip, options);
  const niPppk = identityNumberSchema("NI_PPPK", validateNiPppk, options);
  const nik = identityNumberSchema("NIK", validateNik, options);
  const employeeNumber = z.discriminatedUnion(
    "kind",
    [
      z.object({ kind: z.literal("NIP"), value: nip }),
      z.object({ kind: z.literal("NI_PPPK"), value: niPppk }),
      z.object({ kind: z.literal("NIK"), value: nik }),
    ],
    { error: identityKindMessage },
  );
  return { nip, niPppk, nik, employeeNumber };
}

const defaults = createIdentitySchemas();
export const nipSchema = defaults.nip;
export const niPppkSchema = defaults.niPppk;
export const nikSchema = defaults.nik;
/** `{ kind, value }`; errors on the number land on the path `["value"]`, next to the field. */
export const employeeNumberSchema = defaults.employeeNumber;

export type EmployeeNumberInput = z.input<typeof employeeNumberSchema>;
export type EmployeeNumber = z.output<typeof employeeNumberSchema>;
