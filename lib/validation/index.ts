import { z } from "zod";
import id from "zod/v4/locales/id.js";
import { indonesianIssueMessage } from "./messages";

/**
 * zod, configured once for the whole app: Indonesian messages for every issue a schema does not
 * word itself. Every schema module imports `z` from here rather than from "zod", so the server and
 * the browser bundle both load this configuration before any schema parses (a lint rule enforces
 * the import). zod's Indonesian locale stays underneath for any issue kind our wording lacks.
 */
z.config(id());
// jitless in the browser: zod's fast path compiles parsers with `new Function`, which the pages'
// Content-Security-Policy (no 'unsafe-eval') forbids, and probing for it reports a violation.
z.config({ customError: indonesianIssueMessage, jitless: typeof window !== "undefined" });

export { z };
