/**
 * Loket's privacy notice (pemberitahuan pelindungan data pribadi, UU 27/2022). Versioned: a request
 * records the version its applicant acknowledged, so a later change of wording never rewrites
 * what someone agreed to. Change the text → give it a new version and date.
 */
export interface PrivacyNoticeSection {
  heading: string;
  paragraphs: readonly string[];
}

export interface PrivacyNotice {
  version: string;
  /** Local date (YYYY-MM-DD) from which this version applies. */
  effectiveOn: string;
  sections: readonly PrivacyNoticeSection[];
}

export const PRIVACY_NOTICE: PrivacyNotice = {
  version: "2026-12-04.1",
  effectiveOn: "2026-12-04",
  sections: [
    {
      heading: "Data apa yang kami proses",
      paragraphs: [
        "Alamat email dan nama akun Anda; data pemohon pada formulir: nama, NIP/NI PPPK/NIK, dinas (perangkat daerah), jabatan, nomor dan tanggal surat permohonan, keterangan permohonan dan isian khusus layanan; dokumen persyaratan yang Anda unggah; riwayat permohonan, catatan, dan pemberitahuan.",
        "Kami juga mencatat siapa membuka halaman permohonan dan dokumen Anda, serta unduhan data oleh Anda sendiri.",
      ],
    },
    {
      heading: "Untuk apa",
      paragraphs: [
        "Semata-mata untuk menyelenggarakan pelayanan publik yang Anda mohonkan (dasar pemrosesan: pelaksanaan kewenangan dan kewajiban hukum penyelenggara pelayanan publik, UU 25/2009): memeriksa kelengkapan, memproses, menghubungi Anda tentang permohonan, serta menyusun laporan kinerja layanan dalam bentuk angka agregat tanpa data pribadi.",
      ],
    },
    {
      heading: "Berapa lama disimpan",
      paragraphs: [
        "Permohonan dan dokumennya disimpan selama masa retensi arsip instansi penyelenggara (bawaan 5 tahun setelah permohonan selesai, ditolak, atau dibatalkan; instansi dapat menetapkan lain sesuai jadwal retensi arsipnya). Setelah itu data pribadi pada permohonan dianonimkan dan berkasnya dihapus otomatis; yang tersisa hanya fakta layanan (nomor registrasi, layanan, tanggal, status).",
      ],
    },
    {
      heading: "Siapa yang dapat melihat",
      paragraphs: [
        "Anda sendiri, dan petugas serta pejabat instansi penyelenggara layanan yang Anda pilih. Instansi lain dan pemohon lain tidak dapat melihatnya. NIP/NIK ditampilkan tersamar pada daftar dan laporan. Data tidak dijual atau diberikan kepada pihak lain kecuali diwajibkan peraturan perundang-undangan.",
      ],
    },
    {
      heading: "Hak Anda",
      paragraphs: [
        "Melalui halaman Akun → Data saya Anda dapat mengunduh seluruh data Anda yang tersimpan di Loket (JSON beserta dokumen Anda) dan meminta penghapusan akun. Permohonan yang masih dalam masa retensi arsip tetap disimpan oleh instansi, tetapi tidak lagi terhubung ke akun Anda, dan dianonimkan ketika masa retensinya berakhir.",
      ],
    },
    {
      heading: "Siapa yang dapat dihubungi",
      paragraphs: [
        "Pertanyaan, keberatan, atau laporan dugaan kebocoran data: hubungi kanal kontak atau pengaduan instansi penyelenggara pada halaman instansinya di Loket, atau SP4N-LAPOR! (lapor.go.id). Jika terjadi kegagalan pelindungan data pribadi, kami memberitahukannya paling lambat 3 × 24 jam.",
      ],
    },
  ],
};

/** What a submitted checkbox may carry when it is ticked (browser "on", the form's "true", an object's true). */
export function isAcknowledged(value: unknown): boolean {
  return value === true || value === "true" || value === "on";
}

export const PRIVACY_NOTICE_PATH = "/privasi";
