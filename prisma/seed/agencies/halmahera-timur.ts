import { DEFAULT_WEEKLY_HOURS } from "../../../features/catalog/content";
import type { AgencySeed } from "../types";
import { DEFAULT_DOCUMENT_MAX_BYTES } from "../types";

/**
 * Diskominfo Kabupaten Halmahera Timur (seeds 000 and 001). Both standards state Deskripsi, Definisi,
 * Persyaratan, Ketentuan umum, Lingkup, Penerima, Biaya and Norma waktu; they publish no complaint
 * channels, product, legal basis or internal-management components, so those have no entry.
 */
export const HALMAHERA_TIMUR: AgencySeed = {
  slug: "halmahera-timur",
  code: "HLT",
  name: "Dinas Komunikasi dan Informatika Kabupaten Halmahera Timur",
  shortName: "Diskominfo Halmahera Timur",
  level: "KABUPATEN",
  region: "Kabupaten Halmahera Timur",
  province: "Maluku Utara",
  timeZone: "Asia/Jayapura",
  city: "Maba",
  domain: "haltimkab.go.id",
  contactChannels: [],
  complaintChannels: [],
  complaintDeadlines: [],
  maklumat: null,
  workingHours: DEFAULT_WEEKLY_HOURS,
  sourceNote: "Disalin dari standar layanan Diskominfo Kabupaten Halmahera Timur (Layanan Pengelolaan Data dan Layanan Integrasi Sistem).",
  categories: [
    { slug: "layanan-data-dan-informasi", name: "Layanan Data dan Informasi" },
    { slug: "layanan-aplikasi-sistem-informasi", name: "Layanan Aplikasi Sistem Informasi" },
  ],
  opds: [
    { name: "Sekretariat Daerah Kabupaten Halmahera Timur", shortName: "Setda" },
    { name: "Sekretariat DPRD Kabupaten Halmahera Timur", shortName: "Setwan" },
    { name: "Inspektorat Kabupaten Halmahera Timur", shortName: "Inspektorat" },
    { name: "Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah", shortName: "Bapperida" },
    { name: "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", shortName: "BKPSDM" },
    { name: "Badan Pengelolaan Keuangan dan Aset Daerah", shortName: "BPKAD" },
    { name: "Dinas Komunikasi dan Informatika", shortName: "Diskominfo" },
    { name: "Dinas Pendidikan dan Kebudayaan", shortName: "Dikbud" },
    { name: "Dinas Kesehatan", shortName: "Dinkes" },
    { name: "RSUD Maba" },
    { name: "Dinas Pekerjaan Umum dan Penataan Ruang", shortName: "PUPR" },
    { name: "Dinas Kependudukan dan Pencatatan Sipil", shortName: "Disdukcapil" },
    { name: "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu", shortName: "DPMPTSP" },
    { name: "Satuan Polisi Pamong Praja", shortName: "Satpol PP" },
    { name: "Badan Penanggulangan Bencana Daerah", shortName: "BPBD" },
    { name: "Kecamatan Maba" },
    { name: "Kecamatan Maba Selatan" },
    { name: "Kecamatan Kota Maba" },
    { name: "Kecamatan Wasile" },
  ],
  services: [
    // Seed 000
    {
      slug: "pengelolaan-data",
      name: "Layanan Pengelolaan Data",
      categorySlug: "layanan-data-dan-informasi",
      status: "PUBLISHED",
      summary:
        "Layanan ini untuk mengelola Pengelolaan Data di lingkungan Pemerintah Daerah Kabupaten Halmahera Timur dan hanya untuk domain haltimkab.go.id.",
      description: [
        {
          type: "p",
          text: "Layanan ini untuk mengelola Pengelolaan Data di lingkungan Pemerintah Daerah Kabupaten Halmahera Timur dan hanya untuk domain haltimkab.go.id.",
        },
      ],
      definitions: [
        {
          term: "Pemohon Pengelolaan Data",
          meaning:
            "adalah orang yang mengajukan permohonan masalah Pengelolaan Data yang digunakan oleh pegawai (ASN) di Pemerintah Daerah Kabupaten Halmahera Timur.",
        },
        {
          term: "Pengelolaan Data",
          meaning: "adalah kegiatan untuk menyediakan data sampai dengan integrasi data.",
        },
        {
          term: "Pengelola Pengelolaan Data",
          meaning:
            "adalah unit kerja yang bertanggung jawab atas pengelolaan layanan Pengelolaan Data di Kabupaten Halmahera Timur, dalam hal ini adalah Dinas Komunikasi dan Informatika.",
        },
        {
          term: "Penanggung jawab struktural",
          meaning:
            "adalah pimpinan unit kerja dari pihak Dinas Komunikasi dan Informatika yang berwenang serta bertanggung jawab terhadap layanan Pengelolaan Data.",
        },
        {
          term: "Penanggung jawab teknis",
          meaning:
            "adalah orang yang bertanggung jawab secara teknis atas pemenuhan permohonan Pengelolaan Data dan sebagai kontak teknis yang akan dihubungi oleh pengelola terhadap teknis pelaksanaan permohonan. Penanggung jawab teknis ditunjuk oleh penanggung jawab struktural untuk mengelola dan memelihara layanan Pengelolaan Data.",
        },
      ],
      generalProvisions: [
        {
          type: "list",
          ordered: true,
          style: "decimal",
          items: [
            { text: "Data yang disediakan adalah kelompok Data Terbuka." },
            { text: "Penggunaan Data oleh pengguna menjadi tanggung jawab pengguna." },
          ],
        },
      ],
      recipientsText: [
        {
          type: "p",
          text: "Penerima layanan Pengelolaan Data ini adalah pegawai ASN dan Umum di Pemerintah Daerah Kabupaten Halmahera Timur.",
        },
      ],
      allowsAsn: true,
      allowsNonAsn: true,
      allowsPublic: true,
      allowedEmailDomains: ["haltimkab.go.id"],
      slaText: "Pengelolaan Data = sesuai kompleksitas permintaan data.",
      slaPolicy: { kind: "complexity", startsAt: "received_complete" },
      extraSections: [],
      keywords: ["data", "data sektoral", "data terbuka", "pengelolaan data", "integrasi data"],
      sourceNote:
        "Disalin dari standar layanan Diskominfo Kabupaten Halmahera Timur, Layanan Data dan Informasi: Layanan Pengelolaan Data.",
      stages: [
        { name: "Pemeriksaan kelengkapan oleh petugas layanan TI", role: "PETUGAS_LAYANAN", kind: "VERIFY" },
        { name: "Pelaksanaan oleh penanggung jawab teknis dan penyerahan dokumen hasil", role: "PENANGGUNG_JAWAB_TEKNIS", kind: "EXECUTE" },
      ],
      scopes: [
        {
          code: "data-sektoral",
          name: "Data Sektoral",
          description: [{ type: "p", text: "Penyediaan Data Sektoral Kabupaten Halmahera Timur" }],
        },
      ],
      components: {
        PERSYARATAN: [
          {
            type: "list",
            ordered: true,
            style: "decimal",
            items: [
              {
                text: "Pihak pemohon wajib mengirimkan surat permohonan layanan Pengelolaan Data sesuai pilihan lingkup layanan yang ditujukan kepada Dinas Komunikasi dan Informatika dengan dilengkapi surat permohonan layanan Pengelolaan Data.",
              },
              {
                text: "Pemohon wajib mengisi formulir permohonan layanan Pengelolaan Data dan diperiksa oleh petugas layanan TI untuk kelengkapan persyaratan permohonan.",
              },
              { text: "Pemohon Pengelolaan Data berlaku bagi pegawai ASN dan Non ASN." },
            ],
          },
        ],
        // The source states its flow only through Persyaratan 1–2; nothing about hand-over.
        PROSEDUR: [
          {
            type: "list",
            ordered: true,
            style: "decimal",
            items: [
              {
                text: "Pihak pemohon wajib mengirimkan surat permohonan layanan Pengelolaan Data sesuai pilihan lingkup layanan yang ditujukan kepada Dinas Komunikasi dan Informatika dengan dilengkapi surat permohonan layanan Pengelolaan Data.",
              },
              {
                text: "Pemohon wajib mengisi formulir permohonan layanan Pengelolaan Data dan diperiksa oleh petugas layanan TI untuk kelengkapan persyaratan permohonan.",
              },
            ],
          },
        ],
        JANGKA_WAKTU: [
          {
            type: "p",
            text: "Norma waktu atau perjanjian layanan Pengelolaan Data terdiri dari:",
          },
          {
            type: "list",
            ordered: true,
            style: "decimal",
            items: [{ text: "Pengelolaan Data = sesuai kompleksitas permintaan data." }],
          },
        ],
        BIAYA: [{ type: "p", text: "Tidak Dipungut Biaya Apapun." }],
      },
      documents: [
        {
          code: "surat-permohonan",
          name: "Surat permohonan layanan Pengelolaan Data",
          description: "Sesuai pilihan lingkup layanan, ditujukan kepada Dinas Komunikasi dan Informatika.",
          required: true,
          allowedTypes: ["application/pdf"],
          maxSizeBytes: DEFAULT_DOCUMENT_MAX_BYTES,
        },
      ],
      steps: [
        {
          actor: "Pemohon",
          description:
            "Mengirimkan surat permohonan layanan Pengelolaan Data sesuai pilihan lingkup layanan kepada Dinas Komunikasi dan Informatika dan mengisi formulir permohonan layanan Pengelolaan Data.",
          inputs: "Surat permohonan layanan Pengelolaan Data",
        },
        {
          actor: "Petugas layanan TI",
          description: "Memeriksa formulir permohonan untuk kelengkapan persyaratan permohonan.",
        },
        {
          actor: "Penanggung jawab teknis",
          description: "Memenuhi permohonan Pengelolaan Data.",
          normText: "sesuai kompleksitas permintaan data",
        },
      ],
    },
    // Seed 001
    {
      slug: "integrasi-sistem",
      name: "Layanan Integrasi Sistem",
      categorySlug: "layanan-aplikasi-sistem-informasi",
      status: "PUBLISHED",
      summary:
        "Layanan ini untuk memenuhi permintaan layanan Integrasi Sistem yang menjadi tanggung jawab Diskominfo Kabupaten Halmahera Timur.",
      description: [
        {
          type: "p",
          text: "Layanan ini untuk memenuhi permintaan layanan Integrasi Sistem yang menjadi tanggung jawab Diskominfo Kabupaten Halmahera Timur.",
        },
      ],
      definitions: [
        {
          term: "Pemohon",
          meaning:
            "adalah orang yang mengajukan permohonan layanan Integrasi Sistem yang menjadi tanggung jawab Pemerintah Daerah Kabupaten Halmahera Timur.",
        },
        {
          term: "Integrasi Sistem",
          meaning: "adalah proses yang memungkinkan dua atau beberapa Sistem perangkat lunak untuk saling berkomunikasi.",
        },
        {
          term: "Pengelola Integrasi Sistem",
          meaning:
            "adalah unit kerja yang bertanggung jawab atas pengelolaan Integrasi Sistem di Kabupaten Halmahera Timur, dalam hal ini adalah Dinas Komunikasi dan Informatika.",
        },
        {
          term: "Penanggung jawab struktural",
          meaning:
            "adalah pimpinan unit kerja dari pihak Dinas Komunikasi dan Informatika yang berwenang serta bertanggung jawab terhadap layanan Integrasi Sistem.",
        },
        {
          term: "Penanggung jawab teknis",
          meaning:
            "adalah orang yang bertanggung jawab secara teknis atas pemenuhan permohonan layanan Integrasi Sistem dan sebagai kontak teknis yang akan dihubungi oleh pengelola terhadap teknis pelaksanaan permohonan. Penanggung jawab teknis ditunjuk oleh penanggung jawab struktural untuk mengelola Integrasi Sistem.",
        },
      ],
      generalProvisions: [
        {
          type: "list",
          ordered: true,
          style: "decimal",
          items: [
            {
              text: "Pemohon menyediakan data dasar dan persyaratan yang diperlukan untuk pelaksanaan layanan Integrasi Sistem.",
            },
            {
              text: "Penanggung Jawab teknis akan melakukan tahapan pelaksanaan layanan Integrasi Sistem dan menyerahkan dokumen setelah pekerjaan selesai.",
            },
          ],
        },
      ],
      recipientsText: [
        {
          type: "p",
          text: "Penerima layanan Integrasi Sistem ini adalah pegawai ASN atau unit kerja di Pemerintah Daerah Kabupaten Halmahera Timur.",
        },
      ],
      allowsAsn: true,
      allowsNonAsn: false,
      allowsPublic: false,
      allowedEmailDomains: [],
      slaText: "Integrasi Aplikasi; tergantung kompleksitas kegiatan. Integrasi Data; tergantung kompleksitas kegiatan.",
      slaPolicy: { kind: "complexity", startsAt: "received_complete" },
      extraSections: [],
      keywords: ["integrasi", "integrasi sistem", "integrasi aplikasi", "integrasi data", "aplikasi", "interoperabilitas"],
      sourceNote:
        "Disalin dari standar layanan Diskominfo Kabupaten Halmahera Timur, Layanan Aplikasi Sistem Informasi: Layanan Integrasi Sistem.",
      stages: [
        { name: "Pemeriksaan kelengkapan oleh petugas layanan TI", role: "PETUGAS_LAYANAN", kind: "VERIFY" },
        { name: "Pelaksanaan oleh penanggung jawab teknis dan penyerahan dokumen hasil", role: "PENANGGUNG_JAWAB_TEKNIS", kind: "EXECUTE" },
      ],
      // "surat permohonan … sesuai lingkup layanan": one letter, and so one request, per lingkup.
      multipleScopes: false,
      scopes: [
        {
          code: "integrasi-aplikasi",
          name: "Integrasi Aplikasi",
          slaText: "tergantung kompleksitas kegiatan.",
          slaPolicy: { kind: "complexity", startsAt: "received_complete" },
        },
        {
          code: "integrasi-data",
          name: "Integrasi Data",
          slaText: "tergantung kompleksitas kegiatan.",
          slaPolicy: { kind: "complexity", startsAt: "received_complete" },
        },
      ],
      components: {
        PERSYARATAN: [
          {
            type: "list",
            ordered: true,
            style: "decimal",
            items: [
              {
                text: "Pihak pemohon wajib mengirimkan surat permohonan layanan Integrasi Sistem sesuai lingkup layanan yang ditujukan kepada Dinas Komunikasi dan Informatika dengan dilengkapi surat permohonan layanan Integrasi Sistem.",
              },
              {
                text: "Pemohon wajib mengisi formulir permohonan layanan Integrasi Sistem dan diperiksa oleh petugas layanan TI untuk kelengkapan persyaratan permohonan.",
              },
              {
                text: "Pemohon layanan Integrasi Sistem berlaku bagi pegawai ASN di lingkungan Kabupaten Halmahera Timur.",
              },
            ],
          },
        ],
        // The flow as the source states it: Persyaratan 1–2 and Ketentuan umum 2.
        PROSEDUR: [
          {
            type: "list",
            ordered: true,
            style: "decimal",
            items: [
              {
                text: "Pihak pemohon wajib mengirimkan surat permohonan layanan Integrasi Sistem sesuai lingkup layanan yang ditujukan kepada Dinas Komunikasi dan Informatika dengan dilengkapi surat permohonan layanan Integrasi Sistem.",
              },
              {
                text: "Pemohon wajib mengisi formulir permohonan layanan Integrasi Sistem dan diperiksa oleh petugas layanan TI untuk kelengkapan persyaratan permohonan.",
              },
              {
                text: "Penanggung Jawab teknis akan melakukan tahapan pelaksanaan layanan Integrasi Sistem dan menyerahkan dokumen setelah pekerjaan selesai.",
              },
            ],
          },
        ],
        JANGKA_WAKTU: [
          {
            type: "list",
            ordered: true,
            style: "decimal",
            items: [
              { text: "Integrasi Aplikasi; tergantung kompleksitas kegiatan." },
              { text: "Integrasi Data; tergantung kompleksitas kegiatan." },
            ],
          },
        ],
        BIAYA: [{ type: "p", text: "Tidak Dipungut Biaya Apapun." }],
      },
      documents: [
        {
          code: "surat-permohonan",
          name: "Surat permohonan layanan Integrasi Sistem",
          description: "Sesuai lingkup layanan, ditujukan kepada Dinas Komunikasi dan Informatika.",
          required: true,
          allowedTypes: ["application/pdf"],
          maxSizeBytes: DEFAULT_DOCUMENT_MAX_BYTES,
        },
      ],
      steps: [
        {
          actor: "Pemohon",
          description:
            "Mengirimkan surat permohonan layanan Integrasi Sistem sesuai lingkup layanan kepada Dinas Komunikasi dan Informatika dan mengisi formulir permohonan layanan Integrasi Sistem.",
          inputs: "Surat permohonan layanan Integrasi Sistem; data dasar dan persyaratan yang diperlukan untuk pelaksanaan layanan",
        },
        {
          actor: "Petugas layanan TI",
          description: "Memeriksa formulir permohonan untuk kelengkapan persyaratan permohonan.",
        },
        {
          actor: "Penanggung jawab teknis",
          description: "Melakukan tahapan pelaksanaan layanan Integrasi Sistem.",
          normText: "tergantung kompleksitas kegiatan",
        },
        {
          actor: "Penanggung jawab teknis",
          description: "Menyerahkan dokumen setelah pekerjaan selesai.",
          output: "Dokumen hasil pekerjaan",
        },
      ],
    },
  ],
};
