import { hash, verify } from "@node-rs/argon2";

/** argon2id with the OWASP-recommended baseline (19 MiB, 2 passes). */
const OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1, algorithm: 2 /* Argon2id */ } as const;

export { MIN_PASSWORD_LENGTH } from "./password-rules";

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

/**
 * Constant-work check: when the account has no password we still verify against a dummy hash,
 * so response time does not reveal whether an e-mail address is registered.
 */
let dummyHash: Promise<string> | undefined;

export async function verifyPassword(stored: string | null | undefined, password: string): Promise<boolean> {
  try {
    dummyHash ??= hash("loket-dummy-password", OPTIONS);
    const ok = await verify(stored ?? (await dummyHash), password);
    return Boolean(stored) && ok;
  } catch {
    return false;
  }
}
