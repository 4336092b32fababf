import { DEFAULT_WEEKLY_HOURS } from "../../../features/catalog/content";
import type { AgencySeed } from "../types";
import { DEFAULT_DOCUMENT_MAX_BYTES } from "../types";

/**
 * Dinkominfo Kabupaten Purbalingga, Bidang Aplikasi Informatika (seed 004: "22. Standar Pelayanan
 * Data Cloud"). All 14 components are stated (Service Delivery 1–6, Manufacturing 1–8). The
 * source gives no Deskripsi, Definisi or Ketentuan umum.
 */
export const PURBALINGGA: AgencySeed = {
  slug: "purbalingga",
  code: "PBG",
  name: "Dinas Komunikasi dan Informatika Kabupaten Purbalingga",
  shortName: "Dinkominfo Purbalingga",
  unitName: "Bidang Aplikasi Informatika",
  level: "KABUPATEN",
  region: "Kabupaten Purbalingga",
  province: "Jawa Tengah",
  timeZone: "Asia/Jakarta",
  city: "Purbalingga",
  domain: "purbalinggakab.go.id",
  contactChannels: [],
  // Component 6 a. (the source lists "Tertulis disampaikan ke Kotak Pengaduan" twice; kept once).
  complaintChannels: [
    { kind: "face_to_face", label: "Tatap Muka langsung kepada Pejabat Pengelola Pengaduan" },
    { kind: "complaint_box", label: "Tertulis disampaikan ke Kotak Pengaduan" },
    // "WA:" is listed without a number.
    { kind: "whatsapp", label: "WA" },
    { kind: "phone", label: "Telepon", value: "(0281) 8902091", href: "tel:+622818902091" },
    {
      kind: "email",
      label: "Email",
      value: "dinkominfo@purbalinggakab.go.id",
      href: "mailto:dinkominfo@purbalinggakab.go.id",
    },
    {
      kind: "lapor",
      label: "Online melalui website SP4N-LAPOR",
      value: "www.lapor.go.id",
      href: "http://www.lapor.go.id",
    },
    { kind: "instagram", label: "Instagram", value: "@dinkominfofbg" },
    { kind: "twitter", label: "Twitter", value: "@dinkominfofbg" },
    { kind: "facebook", label: "Facebook", value: "@dinkominfofbg" },
  ],
  // Component 6 b. "Alur Penanganan Pengaduan"
  complaintFlow: [
    {
      type: "list",
      ordered: true,
      style: "decimal",
      items: [
        { text: "Pengguna Layanan Menyampaikan aduan secara lisan/telepon/tertulis" },
        { text: "Pejabat Pengelola Pengaduan menerima aduan" },
        { text: "Tim Pengelola Pengaduan" },
        { text: "Pengguna Layanan menerima jawaban pengaduan" },
      ],
    },
  ],
  // Component 6 c. "Jangka Waktu Penyelesaian Pengaduan"
  complaintDeadlines: [
    { label: "Pengaduan ringan", workingDays: 5 },
    { label: "Pengaduan bersifat normatif", workingDays: 5 },
    { label: "Pengaduan tidak berkadar pengawasan", workingDays: 14 },
    { label: "Pengaduan berkadar pengawasan dan memerlukan pemeriksaan", workingDays: 60 },
  ],
  maklumat: null,
  workingHours: DEFAULT_WEEKLY_HOURS,
  sourceNote: "Disalin dari standar pelayanan Dinkominfo Kabupaten Purbalingga (22. Standar Pelayanan Data Cloud).",
  categories: [{ slug: "aplikasi-informatika", name: "Aplikasi Informatika" }],
  opds: [
    { name: "Sekretariat Daerah Kabupaten Purbalingga", shortName: "Setda" },
    { name: "Sekretariat DPRD Kabupaten Purbalingga", shortName: "Setwan" },
    { name: "Inspektorat Kabupaten Purbalingga", shortName: "Inspektorat" },
    { name: "Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah", shortName: "Bapperida" },
    { name: "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", shortName: "BKPSDM" },
    { name: "Badan Pengelolaan Keuangan dan Aset Daerah", shortName: "BPKAD" },
    { name: "Dinas Komunikasi dan Informatika", shortName: "Dinkominfo" },
    { name: "Dinas Pendidikan dan Kebudayaan", shortName: "Dindikbud" },
    { name: "Dinas Kesehatan", shortName: "Dinkes" },
    { name: "RSUD dr. R. Goeteng Taroenadibrata" },
    { name: "Dinas Pekerjaan Umum dan Penataan Ruang", shortName: "PUPR" },
    { name: "Dinas Kependudukan dan Pencatatan Sipil", shortName: "Dindukcapil" },
    { name: "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu", shortName: "DPMPTSP" },
    { name: "Satuan Polisi Pamong Praja", shortName: "Satpol PP" },
    { name: "Badan Penanggulangan Bencana Daerah", shortName: "BPBD" },
    { name: "Kecamatan Purbalingga" },
    { name: "Kecamatan Kalimanah" },
    { name: "Kecamatan Bobotsari" },
    { name: "Kecamatan Bukateja" },
    { name: "Kecamatan Padamara" },
  ],
  services: [
    {
      slug: "data-cloud",
      name: "Layanan Data Cloud",
      categorySlug: "aplikasi-informatika",
      officialNumber: "22",
      status: "PUBLISHED",
      summary:
        "Perangkat Daerah mengajukan surat permintaan pembukaan akun data cloud; permintaan dikaji dan akun diaktifkan oleh Bidang Aplikasi Informatika.",
      definitions: [],
      allowsAsn: true,
      allowsNonAsn: false,
      allowsPublic: false,
      allowedEmailDomains: [],
      slaText: "1 Hari Kerja",
      slaPolicy: { kind: "working_days", days: 1, startsAt: "received_complete" },
      extraSections: [],
      keywords: ["cloud", "data cloud", "penyimpanan", "akun", "server", "data center"],
      sourceNote: "Disalin dari standar pelayanan Dinkominfo Kabupaten Purbalingga, nomor 22: Standar Pelayanan Data Cloud.",
      stages: [
        { name: "Pengkajian permintaan oleh Bidang Aplikasi Informatika", role: "PETUGAS_LAYANAN", kind: "VERIFY" },
        { name: "Aktivasi akun data cloud dan surat konfirmasi kepada PD", role: "PENANGGUNG_JAWAB_TEKNIS", kind: "EXECUTE" },
      ],
      requestFields: [
        {
          key: "accountHolder",
          kind: "text",
          label: "Penanggung jawab akun data cloud",
          help: "Nama dan jabatan orang yang ditunjuk Perangkat Daerah untuk memegang akun",
          required: true,
          maxLength: 200,
        },
      ],
      scopes: [],
      components: {
        PERSYARATAN: [
          {
            type: "p",
            text: "Masing-masing Perangkat Daerah telah mendapatkan akun Cloud dan dapat menunjuk orang yang bertanggung jawab terhadap akun tersebut Untuk kemudian disampaikan ke Dinkominfo Kabupaten Purbalingga",
          },
        ],
        PROSEDUR: [
          {
            type: "p",
            text: "Perangkat Daerah → Diskominfo Bid. Aptika → Proses Aktivasi Data Cloud",
          },
          { type: "heading", text: "Prosedur" },
          {
            type: "list",
            ordered: true,
            style: "decimal",
            items: [
              { text: "PD mengajukan surat permintaan pembukaan akun data cloud" },
              { text: "Permintaan dikaji oleh Bidang Aplikasi Informatika" },
              { text: "Bidang Aplikasi Informatika mengaktifkan akun data cloud" },
              { text: "Surat konfirmasi ke PD bahwa akun data cloud telah diaktifkan" },
            ],
          },
        ],
        JANGKA_WAKTU: [{ type: "p", text: "1 Hari Kerja" }],
        BIAYA: [{ type: "p", text: "Gratis" }],
        PRODUK: [{ type: "p", text: "Pengelolaan Aplikasi Informatika di Lingkungan Kabupaten Purbalingga" }],
        PENGADUAN: [
          {
            type: "list",
            ordered: true,
            style: "lower-alpha",
            items: [
              {
                text: "Pengaduan dapat dilakukan melalui :",
                children: [
                  {
                    type: "list",
                    ordered: true,
                    style: "decimal",
                    items: [
                      { text: "Tatap Muka langsung kepada Pejabat Pengelola Pengaduan" },
                      { text: "Tertulis disampaikan ke Kotak Pengaduan" },
                      { text: "WA:" },
                      { text: "Telepon: (0281) 8902091" },
                      { text: "Email: dinkominfo@purbalinggakab.go.id" },
                      { text: "Online melalui website SP4N-LAPOR (www.lapor.go.id)" },
                      {
                        text: "Media sosial :",
                        children: [
                          {
                            type: "list",
                            ordered: false,
                            style: "bullet",
                            items: [{ text: "Instagram, Twitter, Facebook: @dinkominfofbg" }],
                          },
                        ],
                      },
                    ],
                  },
                ],
              },
              {
                text: "Alur Penanganan Pengaduan",
                children: [
                  {
                    type: "list",
                    ordered: true,
                    style: "decimal",
                    items: [
                      { text: "Pengguna Layanan Menyampaikan aduan secara lisan/telepon/tertulis" },
                      { text: "Pejabat Pengelola Pengaduan menerima aduan" },
                      { text: "Tim Pengelola Pengaduan" },
                      { text: "Pengguna Layanan menerima jawaban pengaduan" },
                    ],
                  },
                ],
              },
              {
                text: "Jangka Waktu Penyelesaian Pengaduan :",
                children: [
                  {
                    type: "list",
                    ordered: true,
                    style: "decimal",
                    items: [
                      { text: "Pengaduan ringan, Selambat-lambatnya 5 hari kerja;" },
                      { text: "Pengaduan bersifat normatif, Selambat-lambatnya 5 hari kerja;" },
                      { text: "Pengaduan tidak berkadar pengawasan, Selambat-lambatnya 14 hari kerja;" },
                      {
                        text: "Pengaduan berkadar pengawasan dan memerlukan pemeriksaan, selambat-lambatnya 60 hari kerja.",
                      },
                    ],
                  },
                ],
              },
            ],
          },
        ],
        DASAR_HUKUM: [
          {
            type: "list",
            ordered: true,
            style: "lower-alpha",
            items: [
              {
                text: "Undang-Undang Nomor 11 Tahun 2008 tentang Informasi dan Transaksi Elektronik (Lembaran Negara Republik Indonesia Tahun 2008 Nomor 58)",
              },
              {
                text: "Peraturan Presiden Nomor 95 Tahun 2018 tentang Sistem Pemerintahan Berbasis Elektronik (SPBE);",
              },
              {
                text: "Peraturan Presiden Nomor 71 Tahun 2019 tentang Penyelenggaraan Sistem dan Transaksi Elektronik;",
              },
            ],
          },
        ],
        SARANA: [
          {
            type: "list",
            ordered: true,
            style: "lower-alpha",
            items: [{ text: "Ruang Server" }, { text: "Server, PC/Laptop, Bandwith" }, { text: "Data Center" }],
          },
        ],
        KOMPETENSI: [
          {
            type: "list",
            ordered: true,
            style: "lower-alpha",
            items: [
              { text: "Memahami tugas dan fungsi jabatan." },
              { text: "Memahami Standar Operasional Prosedur (SOP) permintaan layanan data cloud." },
              { text: "Memahami kebijakan dan berbagai peraturan perundang-undangan yang terkait." },
              { text: "Memiliki kemampuan teknis di bidang TIK." },
            ],
          },
        ],
        PENGAWASAN: [{ type: "p", text: "Pengawasan internal melekat dari atasan langsung;" }],
        JUMLAH_PELAKSANA: [{ type: "p", text: "2 (dua) orang Staf" }],
        JAMINAN_PELAYANAN: [
          {
            type: "list",
            ordered: true,
            style: "lower-alpha",
            items: [
              {
                text: "Pelayanan yang diberikan cepat, tepat, lengkap dan dapat dipertanggungjawabkan",
              },
              {
                text: "Apabila terjadi pelanggaran terhadap standar pelayanan yang dilakukan oleh pelaksana pelayanan akan diberikan sanksi, yaitu mulai dari teguran Lisan, teguran tertulis dan seterusnya, sesuai jenis/bobot pelanggaran dan ketentuan yang berlaku.",
              },
            ],
          },
        ],
        JAMINAN_KEAMANAN: [
          {
            type: "p",
            text: "Penyimpanan data PD tanpa Berbayar dengan akses server yang tinggi dan tingkat keamanan yang baik.",
          },
        ],
        EVALUASI_KINERJA: [
          {
            type: "p",
            text: "Dilakukan rapat yang dihadiri oleh Kepala Dinas, Kepala Bidang, Kepala Seksi dan staf minimal 1 (satu) kali dalam 1 (satu) bulan.",
          },
        ],
      },
      documents: [
        {
          code: "surat-permintaan",
          name: "Surat permintaan pembukaan akun data cloud",
          description: "Diajukan oleh Perangkat Daerah; menyebutkan orang yang ditunjuk bertanggung jawab terhadap akun tersebut.",
          required: true,
          allowedTypes: ["application/pdf"],
          maxSizeBytes: DEFAULT_DOCUMENT_MAX_BYTES,
        },
      ],
      steps: [
        {
          actor: "PD",
          description: "PD mengajukan surat permintaan pembukaan akun data cloud",
          output: "Surat permintaan pembukaan akun data cloud",
        },
        {
          actor: "Bidang Aplikasi Informatika",
          description: "Permintaan dikaji oleh Bidang Aplikasi Informatika",
        },
        {
          actor: "Bidang Aplikasi Informatika",
          description: "Bidang Aplikasi Informatika mengaktifkan akun data cloud",
        },
        {
          description: "Surat konfirmasi ke PD bahwa akun data cloud telah diaktifkan",
          output: "Surat konfirmasi",
        },
      ],
    },
  ],
};
