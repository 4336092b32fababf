/** Upper bound of one submission's body: a few documents at their limits plus the form. */
export const MAX_SUBMISSION_BYTES = 60 * 1024 * 1024;

/** What the submission and revision endpoints refuse before reading the body, and say when they do. */
export const SUBMISSION_UPLOAD_LIMITS = {
  maxBytes: MAX_SUBMISSION_BYTES,
  tooLarge: "Total berkas terlalu besar. Periksa ukuran setiap dokumen lalu kirim lagi.",
  unreadable: "Formulir tidak terbaca. Muat ulang halaman lalu kirim lagi.",
};
