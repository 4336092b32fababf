// Types of portal-client.mjs, for the TypeScript tests that drive a server over HTTP.
export interface SubmissionTarget {
  serviceId: string;
  opdId: string;
  documentCode: string;
}
export const APPLICANT: { email: string; password: string };
export const APPLY_PAGE: string;
export function signIn(origin: string, account?: { email: string; password: string }): Promise<string>;
export function loadTarget(origin: string, cookie: string): Promise<SubmissionTarget>;
export function submissionFields(target: SubmissionTarget, i: number): Record<string, string>;
export function submitNormal(
  origin: string,
  cookie: string,
  target: SubmissionTarget,
  i: number,
  pdfBytes?: number,
): Promise<{ ok: boolean; status: number; body: string; ms: number }>;
