import { DEFAULT_WEEKLY_HOURS } from "../../../features/catalog/content";
import type { AgencySeed } from "../types";
import { DEFAULT_DOCUMENT_MAX_BYTES } from "../types";

/**
 * DKIP Kabupaten Bulungan, Bidang Penyelenggaraan E-Government (seed 002). The standard states all
 * 14 components in one table; its manufacturing rows are numbered in a different order (8 Kompetensi,
 * 9 Pengawasan, 10 Sarana), mapped here by meaning.
 */
export const BULUNGAN: AgencySeed = {
  slug: "bulungan",
  code: "BLG",
  name: "Dinas Komunikasi dan Informatika Kabupaten Bulungan",
  shortName: "DKIP Bulungan",
  unitName: "Bidang Penyelenggaraan E-Government",
  level: "KABUPATEN",
  region: "Kabupaten Bulungan",
  province: "Kalimantan Utara",
  timeZone: "Asia/Makassar",
  city: "Tanjung Selor",
  domain: "bulungan.go.id",
  contactChannels: [],
  complaintChannels: [
    {
      kind: "website",
      label: "Website",
      value: "https://diskominfo.bulungan.go.id",
      href: "https://diskominfo.bulungan.go.id",
    },
    { kind: "phone", label: "Telepon", value: "(0552) 2031390", href: "tel:+625522031390" },
    {
      kind: "email",
      label: "Email",
      value: "diskominfo@bulungan.go.id",
      href: "mailto:diskominfo@bulungan.go.id",
    },
    { kind: "lapor", label: "SPAN Lapor", value: "lapor.go.id", href: "https://lapor.go.id" },
    {
      kind: "instagram",
      label: "Instagram",
      value: "dkipbulungan",
      href: "https://www.instagram.com/dkipbulungan",
    },
    { kind: "facebook", label: "Facebook", value: "diskominfobulungan" },
  ],
  complaintDeadlines: [],
  maklumat: null,
  workingHours: DEFAULT_WEEKLY_HOURS,
  sourceNote:
    "Disalin dari standar pelayanan Diskominfo Kabupaten Bulungan, Bidang Penyelenggaraan E-Government (Pengelolaan Sistem Informasi).",
  categories: [{ slug: "pengelolaan-sistem-informasi", name: "Pengelolaan Sistem Informasi" }],
  opds: [
    { name: "Sekretariat Daerah Kabupaten Bulungan", shortName: "Setda" },
    { name: "Sekretariat DPRD Kabupaten Bulungan", shortName: "Setwan" },
    { name: "Inspektorat Kabupaten Bulungan", shortName: "Inspektorat" },
    { name: "Badan Perencanaan Pembangunan Daerah", shortName: "Bappeda" },
    { name: "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", shortName: "BKPSDM" },
    { name: "Badan Pengelolaan Keuangan dan Aset Daerah", shortName: "BPKAD" },
    { name: "Dinas Komunikasi dan Informatika", shortName: "DKIP" },
    { name: "Dinas Pendidikan", shortName: "Disdik" },
    { name: "Dinas Kesehatan", shortName: "Dinkes" },
    { name: "Dinas Pekerjaan Umum dan Penataan Ruang", shortName: "PUPR" },
    { name: "Dinas Kependudukan dan Pencatatan Sipil", shortName: "Disdukcapil" },
    { name: "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu", shortName: "DPMPTSP" },
    { name: "Satuan Polisi Pamong Praja", shortName: "Satpol PP" },
    { name: "Badan Penanggulangan Bencana Daerah", shortName: "BPBD" },
    { name: "Kecamatan Tanjung Selor" },
    { name: "Kecamatan Tanjung Palas" },
    { name: "Kecamatan Sekatak" },
    { name: "Kecamatan Bunyu" },
  ],
  services: [
    {
      slug: "hosting-subdomain-email",
      name: "Pengelolaan Sistem Informasi (Hosting, Subdomain dan Email)",
      categorySlug: "pengelolaan-sistem-informasi",
      status: "PUBLISHED",
      summary: "Fasilitasi registrasi hosting, email dan penerbitan subdomain.",
      description: [
        { type: "p", text: "Nama Unit Pelayanan : Bidang Penyelenggaraan E-Government" },
        { type: "p", text: "Jenis Pelayanan : Pengelolaan Sistem Informasi" },
        { type: "p", text: "Produk Pelayanan : Fasilitasi registrasi hosting, email dan penerbitan subdomain" },
      ],
      definitions: [],
      allowsAsn: true,
      allowsNonAsn: false,
      allowsPublic: false,
      allowedEmailDomains: [],
      slaText: "Maksimal 2×24 jam sejak berkas permohonan diterima dinas",
      slaPolicy: { kind: "calendar", hours: 48, startsAt: "received_complete" },
      extraSections: [],
      keywords: ["hosting", "subdomain", "email", "domain", "website", "server"],
      sourceNote: "Disalin dari standar pelayanan Diskominfo Kabupaten Bulungan (Pengelolaan Sistem Informasi).",
      // "Fasilitasi registrasi hosting, email dan penerbitan subdomain": the three things that can be
      // requested. The standard gives them no SLA of their own.
      stages: [
        { name: "Verifikasi dan koordinasi dengan pemohon", role: "PETUGAS_LAYANAN", kind: "VERIFY" },
        { name: "Registrasi hosting, subdomain dan email", role: "PENANGGUNG_JAWAB_TEKNIS", kind: "EXECUTE" },
      ],
      requestFields: [
        {
          key: "subdomain",
          kind: "subdomain",
          label: "Nama subdomain yang diminta",
          help: "Satu label saja, huruf kecil, angka dan tanda hubung; contoh: disdik menjadi disdik.bulungan.go.id",
          required: true,
          scopes: ["hosting", "subdomain"],
        },
        {
          key: "emailAccounts",
          kind: "email_accounts",
          label: "Akun email yang diminta",
          help: "Satu akun per baris, bagian sebelum @ saja; contoh: sekretariat.disdik",
          required: true,
          scopes: ["email"],
        },
      ],
      // One "Surat permohonan hosting, subdomain dan email" asks for any of the three together.
      multipleScopes: true,
      scopes: [
        { code: "hosting", name: "Hosting" },
        { code: "subdomain", name: "Subdomain" },
        { code: "email", name: "Email" },
      ],
      components: {
        PERSYARATAN: [{ type: "p", text: "Surat permohonan hosting, subdomain dan email" }],
        PROSEDUR: [
          {
            type: "list",
            ordered: true,
            style: "decimal",
            items: [
              { text: "Mengajukan Surat Permohonan." },
              { text: "Memverifikasi dan melakukan koordinasi dengan pemohon." },
              { text: "Melaksanakan registrasi pembuatan hosting, subdomain dan email yang dimohon." },
            ],
          },
        ],
        JANGKA_WAKTU: [{ type: "p", text: "Maksimal 2×24 jam sejak berkas permohonan diterima dinas" }],
        BIAYA: [{ type: "p", text: "Gratis" }],
        PRODUK: [{ type: "p", text: "Fasilitasi registrasi hosting, email dan penerbitan subdomain" }],
        PENGADUAN: [
          { type: "p", text: "Melalui :" },
          {
            type: "list",
            ordered: false,
            style: "bullet",
            items: [
              { text: "Website : https://diskominfo.bulungan.go.id" },
              { text: "Telepon : (0552) 2031390" },
              { text: "Email : diskominfo@bulungan.go.id" },
              { text: "SPAN Lapor (lapor.go.id)" },
              { text: "Instagram : dkipbulungan" },
              { text: "Facebook : diskominfobulungan" },
            ],
          },
        ],
        DASAR_HUKUM: [
          {
            type: "list",
            ordered: false,
            style: "bullet",
            items: [
              { text: "Undang-undang No. 25 Tahun 2009 tentang Pelayanan Publik." },
              {
                text: "Peraturan Presiden RI No. 95 Tahun 2018 Tentang Sistem Pemerintahan Berbasis Elektronik.",
              },
              {
                text: "Peraturan Bupati Bulungan No. 26 Tahun 2009 tentang Pedoman Penyusunan Standar Pelayanan Publik di Lingkungan Pemerintah Kabupaten Bulungan.",
              },
              {
                text: "Peraturan Bupati Bulungan No. 31 Tahun 2019 tentang Penerapan Standar Pelayanan Minimal di Lingkungan Pemerintah Daerah.",
              },
              {
                text: "Peraturan Bupati Bulungan No. 49 Tahun 2022 tentang Pengembangan dan Pengelolaan Aplikasi Sistem Informasi.",
              },
            ],
          },
        ],
        SARANA: [
          {
            type: "list",
            ordered: false,
            style: "bullet",
            items: [
              { text: "Komputer" },
              { text: "Printer" },
              { text: "ATK" },
              { text: "Jaringan" },
              { text: "Aplikasi" },
              { text: "Almari/Rak Arsip" },
              { text: "Ruang Pelayanan" },
            ],
          },
        ],
        KOMPETENSI: [
          {
            type: "list",
            ordered: false,
            style: "bullet",
            items: [
              { text: "Memiliki pengetahuan di bidang pengelolaan server dan jaringan internet" },
              { text: "Mampu berkomunikasi dan berkoordinasi dengan baik" },
              { text: "Mampu mengoperasikan komputer jaringan internet" },
            ],
          },
        ],
        PENGAWASAN: [
          {
            type: "list",
            ordered: false,
            style: "bullet",
            items: [
              { text: "Kegiatan Audit oleh Inspektorat" },
              { text: "Kegiatan Audit Mutu Internal ISO 9001:2015" },
              { text: "Kegiatan Tinjauan Manajemen SPBE" },
              { text: "Kegiatan Audit TIK" },
            ],
          },
        ],
        JUMLAH_PELAKSANA: [{ type: "p", text: "6 orang" }],
        JAMINAN_PELAYANAN: [
          {
            type: "list",
            ordered: false,
            style: "bullet",
            items: [{ text: "Kode etik" }, { text: "Maklumat pelayanan" }],
          },
        ],
        JAMINAN_KEAMANAN: [
          {
            type: "list",
            ordered: false,
            style: "bullet",
            items: [
              { text: "Tersimpannya dokumen di database" },
              { text: "Terbackupnya dokumen pada Aplikasi" },
              { text: "Backup data secara berkala 1 bulan sekali" },
              { text: "Ruang arsip yang sesuai standar kearsipan" },
              { text: "E-Arsip" },
              { text: "Apar (Alat Pemadam Kebakaran)" },
              { text: "CCTV" },
              { text: "Jalur Evakuasi" },
              { text: "Pengelolaan parkir yang baik" },
            ],
          },
        ],
        EVALUASI_KINERJA: [
          {
            type: "list",
            ordered: true,
            style: "decimal",
            items: [
              { text: "E-kinerja" },
              { text: "Evaluasi Sasaran Kinerja Pegawai (SKP)" },
              { text: "Dilakukan penilaian SKM minimal 1 tahun sekali" },
            ],
          },
        ],
      },
      documents: [
        {
          code: "surat-permohonan",
          name: "Surat permohonan hosting, subdomain dan email",
          required: true,
          allowedTypes: ["application/pdf"],
          maxSizeBytes: DEFAULT_DOCUMENT_MAX_BYTES,
        },
      ],
      steps: [
        { actor: "Pemohon", description: "Mengajukan Surat Permohonan.", output: "Surat Permohonan" },
        {
          actor: "Bidang Penyelenggaraan E-Government",
          description: "Memverifikasi dan melakukan koordinasi dengan pemohon.",
        },
        {
          actor: "Bidang Penyelenggaraan E-Government",
          description: "Melaksanakan registrasi pembuatan hosting, subdomain dan email yang dimohon.",
        },
      ],
    },
  ],
};
