/** Upper bound of one submission's body: a few documents at their limits plus the form. */
export const MAX_SUBMISSION_BYTES = 60 * 1024 * 1024;
