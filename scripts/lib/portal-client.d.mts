// Types of portal-client.mjs, for the TypeScript tests that drive a server over HTTP.
export interface SubmissionTarget {
  serviceId: string;
  opdId: string;
  documentCode: string;
}
export interface Account {
  email: string;
  password: string;
}
export const APPLICANT: Account;
export const STAFF_PASSWORD: string;
export const APPLY_PAGE: string;
export function cookiesOf(res: Response): Record<string, string>;
export function signIn(origin: string, account?: Account): Promise<string>;
export function loadTarget(origin: string, cookie: string): Promise<SubmissionTarget>;
export function submissionFields(target: SubmissionTarget, i: number): Record<string, string>;
export function submitNormal(
  origin: string,
  cookie: string,
  target: SubmissionTarget,
  i: number,
  pdfBytes?: number,
): Promise<{ ok: boolean; status: number; body: string; ms: number }>;
export function pageForm(html: string, marker: string): [string, string][] | null;
export function postPageForm(
  origin: string,
  cookie: string,
  pagePath: string,
  fields: readonly (readonly [string, string])[],
  changes?: Record<string, string>,
): Promise<{ ok: boolean; status: number; body: string; ms: number }>;
