import type { AgencySeed } from "../types";
import { DEFAULT_DOCUMENT_MAX_BYTES } from "../types";

/**
 * Diskominfo Provinsi Kepulauan Bangka Belitung, Bidang e-Government dan Statistik (seed 003). The
 * source is a service catalog, not in the 14-component form: Persyaratan Layanan, Proses Permintaan
 * Layanan + SOP, SLA and Komponen Biaya map to components; everything else it says is kept in
 * extraSections under its own title. It states no complaint handling, product, legal basis or
 * internal-management components.
 */

const SLA_UNMET =
  "Dalam hal ini Dinas Komunikasi dan Informatika Provinsi Kepulauan Bangka Belitung tidak dapat memenuhi SLA maka OPD berhak mendapat kepastian dari penyelesaian sampai masalah dapat diselesaikan dengan cara kesepakatan para pihak.";
const SLA_OPERATING_TIME =
  "Waktu operasional pelayanan pada hari kerja dan jam kerja, sekurang-kurangnya bernilai 90% (Sembilan puluh persen).";

const SLA_PERENCANAAN =
  "Estimasi perencanaan data selama 1 s.d 3 bulan berdasarkan tingkat kebutuhannya, pemberian saran dan rekomendasi bisa dilakukan agar tidak terjadi kesalahan dikemudian hari.";
const SLA_PENGUMPULAN =
  "Estimasi penanganan selama 3 s.d 6 bulan berdasarkan kebutuhan, pemberian saran dan rekomendasi bisa dilakukan agar tidak terjadi kesalahan dikemudian hari.";
const SLA_PEMERIKSAAN =
  "Estimasi penanganan selama 1 s.d 3 bulan berdasarkan data yang tersedia, pemberian saran dan rekomendasi bisa dilakukan agar tidak terjadi kesalahan dikemudian hari.";
const SLA_PENYEBARLUASAN =
  "Estimasi penanganan selama 1 s.d 6 minggu berdasarkan data yang tersedia, pemberian saran dan rekomendasi bisa dilakukan agar tidak terjadi kesalahan dikemudian hari.";

const DESKRIPSI_PERENCANAAN =
  "Perencanaan data adalah kegiatan yang meliputi penentuan Daftar Data yang akan dikumpulkan pada tahun berikutnya, Data Prioritas, Data Induk, Kode Referensi, dan Rencana Aksi dalam rangka mewujudkan ketersediaan Data yang akurat, mutakhir, terpadu dapat dipertanggungjawabkan, dan dibagipakaikan serta menghindari duplikasi data;";
const DESKRIPSI_PENGUMPULAN =
  "Pengumpulan data adalah kegiatan pengumpulan data yang dilakukan oleh Produsen Data (Perangkat Daerah Provinsi) dengan mengumpulkan Data sesuai dengan Prinsip Satu Data Indonesia dan Daftar Data, dan disampaikan kepada Walidata Provinsi (Dinas Komunikasi dan Informatika) secara periodik beserta jadwal pemutakhiran atau Rilis Data;";
const DESKRIPSI_PEMERIKSAAN =
  "Pemeriksaan data adalah proses kegiatan yang dilakukan oleh Walidata bersama Pembina Data (Badan Pusat Statistik) dengan memeriksa Data yang dihasilkan oleh Produsen Data sesuai dengan Prinsip Satu Data Indonesia;";
const DESKRIPSI_PENYEBARLUASAN =
  "Penyebarluasan data adalah kegiatan penyebarluasan data yang dilakukan oleh Walidata melalui Sistem Informasi Satu Data Indonesia Provinsi Kep. Bangka Belitung dan Portal Satu Data Indonesia serta media lainnya dengan menyediakan akses ke Kode Referensi, Data Induk, Data, Metadata, Data Prioritas dan Jadwal Rilis/Pemutakhiran Data.";

const ADDRESS =
  "Jalan Pulau Lepar Komplek Perkantoran dan Pemukiman Terpadu Pemerintah Provinsi Kepulauan Bangka Belitung, Air Itam, Pangkalpinang 33149";

const WEEKDAY = [{ start: "08:00", end: "16:00" }];

export const BANGKA_BELITUNG: AgencySeed = {
  slug: "bangka-belitung",
  code: "BBL",
  name: "Dinas Komunikasi dan Informatika Provinsi Kepulauan Bangka Belitung",
  shortName: "Diskominfo Babel",
  unitName: "Bidang e-Government dan Statistik",
  level: "PROVINSI",
  region: "Provinsi Kepulauan Bangka Belitung",
  province: "Kepulauan Bangka Belitung",
  timeZone: "Asia/Jakarta",
  city: "Pangkalpinang",
  domain: "babelprov.go.id",
  address: ADDRESS,
  // "Pengelola Layanan — Service Desk" of the catalog.
  contactChannels: [
    { kind: "address", label: "Alamat", value: ADDRESS },
    { kind: "phone", label: "Telepon", value: "0717 – 426 2141", href: "tel:+627174262141" },
    { kind: "fax", label: "Telepon/Faksimile", value: "0717 – 426 2143", href: "tel:+627174262143" },
    {
      kind: "website",
      label: "Web",
      value: "http://kominfo.babelprov.go.id",
      href: "http://kominfo.babelprov.go.id",
    },
    {
      kind: "email",
      label: "Email",
      value: "kominfo@babelprov.go.id",
      href: "mailto:kominfo@babelprov.go.id",
    },
    { kind: "chat", label: "Mobile dan Chat", value: "0821-8064-0997", href: "tel:+6282180640997" },
    {
      kind: "chat",
      label: "Chatbot",
      value: "https://layanan.babelprov.go.id/",
      href: "https://layanan.babelprov.go.id/",
    },
    {
      kind: "portal",
      label: "Portal Service Desk",
      value: "https://spbe.babelprov.go.id/layanantik",
      href: "https://spbe.babelprov.go.id/layanantik",
    },
  ],
  complaintChannels: [],
  complaintDeadlines: [],
  maklumat: null,
  // "setiap hari kerja pukul 08.00 wib s.d 16.00 wib"
  workingHours: { "1": WEEKDAY, "2": WEEKDAY, "3": WEEKDAY, "4": WEEKDAY, "5": WEEKDAY, "6": [], "7": [] },
  sourceNote:
    "Disalin dari Katalog Layanan (Service Catalog) Diskominfo Provinsi Kepulauan Bangka Belitung: Layanan Manajemen Data, Nomor SC - 06/EGOTIK/2023.",
  categories: [{ slug: "layanan-e-government-dan-statistik", name: "Layanan e-Government dan Statistik" }],
  opds: [
    { name: "Sekretariat Daerah Provinsi Kepulauan Bangka Belitung", shortName: "Setda" },
    { name: "Sekretariat DPRD Provinsi Kepulauan Bangka Belitung", shortName: "Setwan" },
    { name: "Inspektorat Provinsi Kepulauan Bangka Belitung", shortName: "Inspektorat" },
    { name: "Badan Perencanaan Pembangunan Daerah", shortName: "Bappeda" },
    { name: "Badan Kepegawaian Daerah", shortName: "BKD" },
    { name: "Badan Pengelolaan Keuangan dan Aset Daerah", shortName: "BPKAD" },
    { name: "Dinas Komunikasi dan Informatika", shortName: "Diskominfo" },
    { name: "Dinas Pendidikan", shortName: "Disdik" },
    { name: "Dinas Kesehatan", shortName: "Dinkes" },
    { name: "RSUD Dr. (H.C.) Ir. Soekarno" },
    {
      name: "Dinas Pekerjaan Umum dan Penataan Ruang, Perumahan Rakyat dan Kawasan Permukiman",
      shortName: "PUPR Perkim",
    },
    { name: "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu", shortName: "DPMPTSP" },
    { name: "Dinas Perhubungan", shortName: "Dishub" },
    { name: "Dinas Sosial", shortName: "Dinsos" },
    { name: "Dinas Lingkungan Hidup", shortName: "DLH" },
    { name: "Dinas Kelautan dan Perikanan", shortName: "DKP" },
    { name: "Satuan Polisi Pamong Praja", shortName: "Satpol PP" },
    { name: "Badan Penanggulangan Bencana Daerah", shortName: "BPBD" },
  ],
  services: [
    {
      slug: "manajemen-data",
      name: "Layanan Manajemen Data",
      categorySlug: "layanan-e-government-dan-statistik",
      officialNumber: "SC - 06/EGOTIK/2023",
      establishedOn: "2023-04-10",
      status: "PUBLISHED",
      summary:
        "Layanan ini adalah layanan manajemen data yang meliputi perencanaan data, pengumpulan data, pemeriksaan data, dan penyebarluasan data.",
      description: [
        { type: "p", text: "Layanan ini adalah layanan manajemen data yang meliputi :" },
        {
          type: "list",
          ordered: true,
          style: "decimal",
          items: [
            { text: DESKRIPSI_PERENCANAAN },
            { text: DESKRIPSI_PENGUMPULAN },
            { text: DESKRIPSI_PEMERIKSAAN },
            { text: DESKRIPSI_PENYEBARLUASAN },
          ],
        },
      ],
      definitions: [],
      recipientsText: [{ type: "p", text: "Semua kalangan (Publik)" }],
      allowsAsn: true,
      allowsNonAsn: true,
      allowsPublic: true,
      allowedEmailDomains: [],
      slaText:
        "SLA ditetapkan per komponen layanan: Perencanaan Data 1 s.d 3 bulan; Pengumpulan Data 3 s.d 6 bulan; Pemeriksaan Data 1 s.d 3 bulan; Penyebarluasan Data 1 s.d 6 minggu.",
      availabilityTarget: 90,
      keywords: ["data", "satu data", "statistik", "sdi", "walidata", "metadata", "rekomendasi statistik"],
      sourceNote:
        "Disalin dari Katalog Layanan (Service Catalog) Diskominfo Provinsi Kepulauan Bangka Belitung, Layanan Manajemen Data, Nomor SC - 06/EGOTIK/2023, ditetapkan 10 April 2023.",
      stages: [
        {
          name: "Disposisi Kepala Dinas kepada Kepala Bidang e-Government dan Statistik",
          role: "KEPALA_DINAS",
          kind: "DISPOSE",
          normMinutes: 30,
          normText: "30 menit",
        },
        {
          name: "Disposisi Kepala Bidang kepada Sub Koordinator",
          role: "KEPALA_BIDANG",
          kind: "DISPOSE",
          normMinutes: 15,
          normText: "15 menit",
        },
        {
          name: "Perintah Sub Koordinator kepada petugas service desk",
          role: "SUB_KOORDINATOR",
          kind: "DISPOSE",
          normMinutes: 15,
          normText: "15 menit",
        },
        { name: "Pelaksanaan oleh petugas service desk", role: "PETUGAS_LAYANAN", kind: "EXECUTE" },
      ],
      // The four components are successive stages of the data cycle, each with its own estimate
      // and its own letter: one request per component.
      multipleScopes: false,
      scopes: [
        {
          code: "perencanaan-data",
          name: "Perencanaan data",
          description: [{ type: "p", text: DESKRIPSI_PERENCANAAN }],
          slaText: SLA_PERENCANAAN,
          slaPolicy: {
            kind: "range",
            min: { amount: 1, unit: "month" },
            max: { amount: 3, unit: "month" },
            startsAt: "received_complete",
          },
        },
        {
          code: "pengumpulan-data",
          name: "Pengumpulan data",
          description: [{ type: "p", text: DESKRIPSI_PENGUMPULAN }],
          slaText: SLA_PENGUMPULAN,
          slaPolicy: {
            kind: "range",
            min: { amount: 3, unit: "month" },
            max: { amount: 6, unit: "month" },
            startsAt: "received_complete",
          },
        },
        {
          code: "pemeriksaan-data",
          name: "Pemeriksaan data",
          description: [{ type: "p", text: DESKRIPSI_PEMERIKSAAN }],
          slaText: SLA_PEMERIKSAAN,
          slaPolicy: {
            kind: "range",
            min: { amount: 1, unit: "month" },
            max: { amount: 3, unit: "month" },
            startsAt: "received_complete",
          },
        },
        {
          code: "penyebarluasan-data",
          name: "Penyebarluasan data",
          description: [{ type: "p", text: DESKRIPSI_PENYEBARLUASAN }],
          slaText: SLA_PENYEBARLUASAN,
          slaPolicy: {
            kind: "range",
            min: { amount: 1, unit: "week" },
            max: { amount: 6, unit: "week" },
            startsAt: "received_complete",
          },
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
                text: "Perencanaan data disusun dan ditentukan sesuai dengan Daftar Data yang dibuat berdasarkan Arsitektur SPBE, kesepakatan Forum Satu Data Indonesia Tingkat Provinsi, dan mengacu pada Daftar Data yang ditentukan di Instansi Pusat",
              },
              {
                text: "Pengumpulan data dilakukan sesuai dengan Prinsip SDI dengan landasan proses pengumpulan data yang terdiri dari Standar Data, Daftar Data yang diputuskan dalam Forum SDI Tk. Provinsi dan Jadwal Pemutakhiran/Rilis Data, dan berdasarkan metodologi pengumpulan data yang diberikan oleh Pembina Data Provinsi (BPS Provinsi);",
              },
              {
                text: "Pemeriksaan data dilakukan oleh Walidata Provinsi dengan syarat apabila Data telah sesuai Prinsip SDI maka Data akan disebarluaskan oleh Walidata, dan apabila Data belum sesuai dengan Prinsip SDI, maka Produsen Data memperbaiki data sesuai dengan Prinsip SDI.",
              },
              {
                text: "Penyebarluasan Data dilakukan melalui Sistem Informasi SDI Provinsi Kep. Bangka Belitung dan Portal Satu Data Indonesia dan/atau media lainnya berdasarkan ketentuan peraturan perundang-undangan dan perkembangan ilmu pengetahuan dan teknologi.",
              },
            ],
          },
        ],
        PROSEDUR: [
          { type: "heading", text: "Proses Permintaan Layanan" },
          {
            type: "list",
            ordered: true,
            style: "decimal",
            items: [
              {
                text: "Melalui service desk dengan mengisi formulir layanan yang diajukan melalui portal, e-mail, mobile, chat.",
              },
              { text: "Melalui surat" },
              { text: "Melalui aplikasi SDI Provinsi Kepulauan Bangka Belitung." },
            ],
          },
          { type: "heading", text: "Standar Operasional Prosedur (SOP) Layanan Manajemen Data" },
          {
            type: "list",
            ordered: true,
            style: "decimal",
            items: [
              {
                text: "User OPD melakukan pengajuan layanan",
                children: [
                  {
                    type: "list",
                    ordered: false,
                    style: "bullet",
                    items: [
                      { text: "Pelaksana: User OPD/Entitas Lainnya" },
                      { text: "Waktu: 1 hari" },
                      { text: "Output: Email, Surat, Portal, Mobile, Chat" },
                    ],
                  },
                ],
              },
              {
                text: "Kadis Kominfo melakukan disposisi kepada Kabid eGotik",
                children: [
                  {
                    type: "list",
                    ordered: false,
                    style: "bullet",
                    items: [
                      { text: "Pelaksana: Kadis Kominfo" },
                      { text: "Kelengkapan: Surat Permohonan" },
                      { text: "Waktu: 30 menit" },
                      { text: "Output: Disposisi" },
                    ],
                  },
                ],
              },
              {
                text: "Kabid eGotik melakukan disposisi kepada sub Koordinator selaku Statistisi Muda",
                children: [
                  {
                    type: "list",
                    ordered: false,
                    style: "bullet",
                    items: [
                      { text: "Pelaksana: Kabid eGotik" },
                      { text: "Kelengkapan: Surat Permohonan disposisi kadis" },
                      { text: "Waktu: 15 menit" },
                      { text: "Output: Disposisi" },
                    ],
                  },
                ],
              },
              {
                text: "Sub Koordinator selaku Statistisi Muda melakukan perintah kepada petugas service desk",
                children: [
                  {
                    type: "list",
                    ordered: false,
                    style: "bullet",
                    items: [
                      { text: "Pelaksana: Sub Koordinator selaku Statistisi Muda" },
                      { text: "Kelengkapan: Surat Permohonan, disposisi kadis dan disposisi kabid eGotik" },
                      { text: "Waktu: 15 menit" },
                      { text: "Output: Disposisi" },
                    ],
                  },
                ],
              },
            ],
          },
        ],
        JANGKA_WAKTU: [
          { type: "heading", text: "Service Level Agreement (SLA) Perencanaan Data :" },
          {
            type: "list",
            ordered: true,
            style: "lower-alpha",
            items: [{ text: SLA_OPERATING_TIME }, { text: SLA_PERENCANAAN }, { text: SLA_UNMET }],
          },
          { type: "heading", text: "Service Level Agreement (SLA) Pengumpulan Data :" },
          {
            type: "list",
            ordered: true,
            style: "lower-alpha",
            items: [
              { text: SLA_OPERATING_TIME },
              { text: "Penanganan pengumpulan data mengikuti prosedur dari Pembina Data" },
              { text: SLA_PENGUMPULAN },
              { text: SLA_UNMET },
            ],
          },
          { type: "heading", text: "Service Level Agreement (SLA) Pemeriksaan Data :" },
          {
            type: "list",
            ordered: true,
            style: "lower-alpha",
            items: [{ text: SLA_OPERATING_TIME }, { text: SLA_PEMERIKSAAN }, { text: SLA_UNMET }],
          },
          { type: "heading", text: "Service Level Agreement (SLA) Penyebarluasan Data :" },
          {
            type: "list",
            ordered: true,
            style: "lower-alpha",
            items: [{ text: SLA_OPERATING_TIME }, { text: SLA_PENYEBARLUASAN }, { text: SLA_UNMET }],
          },
        ],
        BIAYA: [
          {
            type: "p",
            text: "Bebas biaya dikarenakan dibebankan kepada anggaran pada Dinas Komunikasi dan Informatika Provinsi Kepulauan Bangka Belitung.",
          },
        ],
      },
      extraSections: [
        {
          title: "Spesifikasi Layanan",
          content: [
            {
              type: "list",
              ordered: true,
              style: "decimal",
              items: [
                {
                  text: "Perencanaan data dilakukan berdasarkan kesepakatan Forum Satu Data Indonesia Tingkat Provinsi dengan melalui tahapan sebagai berikut:",
                  children: [
                    {
                      type: "list",
                      ordered: true,
                      style: "lower-alpha",
                      items: [
                        {
                          text: "Menyusun Daftar Data yang dibuat berdasarkan Arsitektur SPBE, dan kesepakatan Forum Satu Data Indonesia Tingkat Provinsi;",
                        },
                        {
                          text: "Penentuan Daftar Data di Perangkat Daerah mengacu pada Daftar Data yang ditentukan di Instansi Pusat dan kesepakatan Forum Satu Data Indonesia Tingkat Provinsi;",
                        },
                        { text: "Memastikan Data Prioritas sesuai kriteria;" },
                        {
                          text: "Mengusulkan Rekomendasi Data Prioritas berdasarkan arahan Sekretariat SDI Tk. Provinsi (Bappeda Provinsi);",
                        },
                        {
                          text: "Menetapkan dan menyusun draf rencana aksi yang disepakati dalam Forum Satu Data Indonesia Tingkat Provinsi;",
                        },
                      ],
                    },
                  ],
                },
                {
                  text: "Pengumpulan data merupakan kegiatan produksi Data berdasarkan daftar data yang telah ditetapkan pada tahap Perencanaan Data, dan di pantau oleh Koordinator Forum SDI Tk. Provinsi (Bappeda Provinsi) dengan tahapan sebagai berikut:",
                  children: [
                    {
                      type: "list",
                      ordered: true,
                      style: "lower-alpha",
                      items: [
                        {
                          text: "Pembina Data Provinsi (BPS Provinsi) menentukan landasan proses pengumpulan data, yang terdiri dari Standar Data, Daftar Data yang diputuskan dalam Forum SDI Tk. Provinsi dan Jadwal Pemutakhiran/Rilis Data;",
                        },
                        {
                          text: "Pembina Data Provinsi (BPS Provinsi) memberikan rekomendasi terkait metodologi pengumpulan data;",
                        },
                        {
                          text: "Produsen Data (Perangkat Daerah Provinsi) mengumpulkan data dengan metodologi yang telah disetujui;",
                        },
                        {
                          text: "Produsen Data memastikan Data yang dikumpulkan sesuai dengan Prinsip SDI yaitu memenuhi Standar Data dan kaidah Interoperabilitas Data, memiliki Metadata, dan menggunakan Kode Referensi dan/atau Data Induk;",
                        },
                        {
                          text: "Produsen Data menyerahkan Data yang sudah sesuai dengan Prinsip SDI kepada Walidata Provinsi.",
                        },
                      ],
                    },
                  ],
                },
                {
                  text: "Pemeriksaan data dilakukan oleh Walidata Provinsi setelah Produsen Data menyerahkan hasil Pengumpulan Data untuk melihat kesesuaian Data dengan Prinsip SDI. Adapun tahapan dalam pemeriksaan Data sebagai berikut :",
                  children: [
                    {
                      type: "list",
                      ordered: true,
                      style: "lower-alpha",
                      items: [
                        { text: "Produsen Data menyerahkan data kepada Walidata Provinsi;" },
                        { text: "Data diperiksa oleh Walidata berdasarkan Prinsip SDI;" },
                        { text: "Data diperiksa ulang oleh Pembina Data (BPS Provinsi);" },
                        {
                          text: "Apabila Data telah sesuai Prinsip SDI, maka Data akan disebarluaskan oleh Walidata;",
                        },
                        {
                          text: "Apabila Data belum sesuai dengan Prinsip SDI, maka Produsen Data memperbaiki data sesuai dengan Prinsip SDI;",
                        },
                      ],
                    },
                  ],
                },
                {
                  text: "Penyebarluasan data merupakan kegiatan pemberian akses, pendistribusian, dan pertukaran Data oleh Walidata. Penyebarluasan Data dilakukan melalui Sistem Informasi SDI Provinsi Kep. Bangka Belitung dan Portal Satu Data Indonesia dan/atau media lainnya berdasarkan ketentuan peraturan perundang-undangan dan perkembangan ilmu pengetahuan dan teknologi. Adapun tahapan dalam Penyebarluasan Data sebagai berikut:",
                  children: [
                    {
                      type: "list",
                      ordered: true,
                      style: "lower-alpha",
                      items: [
                        {
                          text: "Pengecekan ulang oleh Pembina Data meliputi: Data Statistik oleh BPS dan Data Geospasial oleh Dinas Pekerjaan Umum dan Penataan Ruang, Perumahan Rakyat dan Kawasan Permukiman Provinsi;",
                        },
                        {
                          text: "Walidata mengunggah Data ke Sistem Informasi SDI Provinsi Kep. Bangka Belitung dan Portal Satu Data Indonesia, dimana akses terhadap Kode Referensi, Data Induk, Data, Metadata, dan Data Prioritas tersedia dalam Portal;",
                        },
                        {
                          text: "Memastikan Akses Data dalam Portal SDI melalui pemenuhan persyaratan akses, yaitu :",
                          children: [
                            {
                              type: "list",
                              ordered: false,
                              style: "bullet",
                              items: [
                                {
                                  text: "Pemerintah Pusat dan Daerah menyediakan akses data kepada Pengguna Data;",
                                },
                                {
                                  text: "Pengajuan pembatasan akses data tertentu pada Portal SDI dilakukan oleh Produsen Data dan Walidata kepada Forum SDI dan ditetapkan oleh Menteri PPN/Bappenas;",
                                },
                                {
                                  text: "Pembatasan akses data di Sistem Informasi SDI Provinsi Kep. Bangka Belitung dan Portal SDI dilaksanakan oleh Walidata dan Pejabat Pengelola Informasi dan Dokumentasi (PPID) atau pejabat yang bertanggung jawab di bidang terkait",
                                },
                              ],
                            },
                          ],
                        },
                      ],
                    },
                  ],
                },
              ],
            },
          ],
        },
        {
          title: "Pengelola Layanan",
          content: [
            { type: "p", text: "Service Desk :" },
            {
              type: "list",
              ordered: false,
              style: "bullet",
              items: [
                { text: "Dinas Komunikasi dan Informatika Provinsi Kepulauan Bangka Belitung" },
                { text: ADDRESS },
                { text: "Telepon : 0717 – 426 2141" },
                { text: "Telepon/Faksimile : 0717 – 426 2143" },
                { text: "Web : http://kominfo.babelprov.go.id" },
                { text: "Email : kominfo@babelprov.go.id" },
                { text: "Mobile dan Chat : 0821-8064-0997/ chatbot https://layanan.babelprov.go.id/" },
                { text: "Portal Service Desk : https://spbe.babelprov.go.id/layanantik" },
              ],
            },
            { type: "p", text: "1st Level Support :" },
            {
              type: "list",
              ordered: true,
              style: "decimal",
              items: [
                { text: "Kepala Dinas Komunikasi dan Informatika Provinsi Kepulauan Bangka Belitung" },
                { text: "Kepala Bidang e-Government dan Statistik" },
              ],
            },
            {
              type: "p",
              text: "2nd Level Support : Sub Koordinator Statistik selaku Statistisi Ahli Muda",
            },
          ],
        },
        {
          title: "Keterkaitan Layanan",
          content: [
            {
              type: "list",
              ordered: true,
              style: "decimal",
              items: [
                {
                  text: "Layanan Penunjang : Aplikasi sistem Satu Data Indonesia (SDI) Bangka Belitung melalui link: http://sdi.babelprov.go.id/",
                },
                {
                  text: "Layanan yang didukung : Layanan Rekomendasi BPS berupa aplikasi SIRusa dan Romantik",
                },
              ],
            },
          ],
        },
        {
          title: "Waktu Berjalannya Layanan",
          content: [
            {
              type: "p",
              text: "Waktu Mekanisme Permintaan : Via portal service desk, e-mail, mobile dan chat, surat atau datang langsung : setiap hari kerja pukul 08.00 wib s.d 16.00 wib",
            },
            { type: "p", text: "Waktu tanggap : Layanan teknis diberikan setiap hari kerja" },
            { type: "p", text: "Prioritas : Permintaan khusus pimpinan" },
          ],
        },
        {
          title: "Dampak Operasional",
          content: [
            { type: "p", text: "Dampak operasional jika terjadi gangguan :" },
            {
              type: "list",
              ordered: true,
              style: "decimal",
              items: [
                {
                  text: "Layanan Manajemen Data belum diperbaharui jika belum adanya data yang akan diperbaharui.",
                },
                {
                  text: "Layanan Manajemen Data belum bisa terlaksana jika belum ada rekomendasi dari badan pusat statistik selaku pembina data.",
                },
              ],
            },
          ],
        },
        {
          title: "Daftar Layanan Pendukung",
          content: [
            {
              type: "list",
              ordered: true,
              style: "decimal",
              items: [
                { text: "Layanan Pusat Data" },
                { text: "Layanan Jaringan Intra Pemerintah Daerah" },
                { text: "Layanan Komunikasi Intra Pemerintah Daerah" },
                { text: "Layanan Aplikasi romantik dan SIRusa" },
              ],
            },
          ],
        },
        { title: "Ketersediaan yang Dijamin", content: [{ type: "p", text: "90 %" }] },
        {
          title: "Outcome",
          content: [{ type: "p", text: "Publik dapat melihat data dan informasi yang dibutuhkan" }],
        },
        {
          title: "Lampiran 1 Format Surat Permohonan Rekomendasi",
          content: [
            { type: "p", text: "<KOP SURAT KEMENTERIAN/LEMBAGA/OPD>" },
            { type: "p", text: "Nomor : .....(3)....." },
            { type: "p", text: "Lampiran : 1 (satu) berkas" },
            {
              type: "p",
              text: "Perihal : Permohonan Rekomendasi Rancangan Penyelenggaraan Statistik Sektoral",
            },
            { type: "p", text: ".....(1)....., .....(2)....." },
            {
              type: "p",
              text: "Kepada Yth. Kepala Dinas Komunikasi dan Informatika Provinsi Kepulauan Bangka Belitung Di – Tempat",
            },
            {
              type: "p",
              text: "Bersama surat ini, kami informasikan bahwa .....(4)..... akan menyelenggarakan survei statistik sektoral yang berjudul .....(5)..... Sesuai Peraturan Pemerintah No. 51 Tahun 1999 tentang Penyelenggaraan Statistik, kami mengajukan permohonan rekomendasi terhadap rancangan penyelenggaraan statistik sektoral tersebut sebagaimana terlampir dalam isian Formulir Sistem Informasi Satu Data Indonesia Provinsi Kepulauan Bangka Belitung (https://sdi.babelprov.go.id/).",
            },
            {
              type: "p",
              text: "Demikian kami sampaikan, atas perhatiannya kami mengucapkan terima kasih.",
            },
            { type: "p", text: ".....(6)....." },
            { type: "p", text: ".....(7)....." },
            { type: "p", text: "Tembusan : .....(8)....." },
            { type: "heading", text: "Petunjuk Pengisian Surat Permohonan Rekomendasi" },
            {
              type: "list",
              ordered: false,
              style: "bullet",
              items: [
                { text: "(1) Diisi lokasi pemohon rekomendasi" },
                { text: "(2) Diisi tanggal surat permohonan rekomendasi" },
                {
                  text: "(3) Diisi nomor surat permohonan rekomendasi dari penyelenggara survei statistik sektoral",
                },
                { text: "(4) Unit kerja penyelenggara survei sektoral setingkat eselon 2" },
                { text: "(5) Diisi judul survei sektoral yang akan dimintakan rekomendasinya" },
                { text: "(6) Diisi jabatan penandatangan surat permohonan rekomendasi" },
                { text: "(7) Diisi nama pejabat penandatangan surat permohonan rekomendasi" },
                { text: "(8) Diisi pihak-pihak yang mendapat tembusan surat permohonan rekomendasi" },
              ],
            },
          ],
        },
      ],
      documents: [
        {
          code: "surat-permohonan",
          name: "Surat Permohonan",
          description:
            "Dapat mengikuti format pada Lampiran 1 (Format Surat Permohonan Rekomendasi), ditujukan kepada Kepala Dinas Komunikasi dan Informatika Provinsi Kepulauan Bangka Belitung.",
          required: true,
          allowedTypes: ["application/pdf"],
          maxSizeBytes: DEFAULT_DOCUMENT_MAX_BYTES,
        },
      ],
      // SOP table "PROSEDURE - LAYANAN MANAJEMEN DATA"
      steps: [
        {
          actor: "User OPD/Entitas Lainnya",
          description: "User OPD melakukan pengajuan layanan",
          normText: "1 hari",
          output: "Email, Surat, Portal, Mobile, Chat",
        },
        {
          actor: "Kadis Kominfo",
          description: "Kadis Kominfo melakukan disposisi kepada Kabid eGotik",
          inputs: "Surat Permohonan",
          normText: "30 menit",
          normMinutes: 30,
          output: "Disposisi",
        },
        {
          actor: "Kabid eGotik",
          description: "Kabid eGotik melakukan disposisi kepada sub Koordinator selaku Statistisi Muda",
          inputs: "Surat Permohonan disposisi kadis",
          normText: "15 menit",
          normMinutes: 15,
          output: "Disposisi",
        },
        {
          actor: "Sub Koordinator selaku Statistisi Muda",
          description: "Sub Koordinator selaku Statistisi Muda melakukan perintah kepada petugas service desk",
          inputs: "Surat Permohonan, disposisi kadis dan disposisi kabid eGotik",
          normText: "15 menit",
          normMinutes: 15,
          output: "Disposisi",
        },
      ],
    },
  ],
};
