import type { PrismaClient } from "../../lib/generated/prisma/client";
import { hashPassword } from "../../features/auth/password";
import type { Role } from "../../features/auth/roles";

/**
 * Demo accounts: every staff role of every seeded agency, a platform admin, and applicants from
 * different OPDs. Created only when demo data is on (the embedded database on a local origin by default, see lib/env.ts); never in
 * a real deployment. The README lists them (a unit test keeps the two in step).
 */
export const DEMO_STAFF_PASSWORD = "Demo-Loket-2026";
export const DEMO_APPLICANT_PASSWORD = "Pemohon-Demo-2026";

interface StaffSeed {
  role: Role;
  email: string;
  name: string;
  /** The post as printed under a signature. */
  title: string;
  /** Printed under the name on the office's letters (18 digits, a valid NIP). */
  nip: string;
}

interface AgencyStaff {
  agencySlug: string;
  staff: StaffSeed[];
}

const staffOf = (code: string, names: Record<Role, string>, titles: Record<Role, string>, nips: Record<Role, string>): StaffSeed[] =>
  (Object.keys(names) as Role[]).map((role) => ({
    role,
    email: `${ROLE_HANDLE[role]}.${code}@loket.example`,
    name: names[role],
    title: titles[role],
    nip: nips[role],
  }));

const ROLE_HANDLE: Record<Role, string> = {
  ADMIN: "admin",
  KEPALA_DINAS: "kadis",
  KEPALA_BIDANG: "kabid",
  SUB_KOORDINATOR: "subkoor",
  PETUGAS_LAYANAN: "petugas",
  PENANGGUNG_JAWAB_TEKNIS: "teknis",
};

export const DEMO_STAFF: AgencyStaff[] = [
  {
    agencySlug: "halmahera-timur",
    staff: staffOf(
      "haltim",
      {
        ADMIN: "Rahmat Hidayat",
        KEPALA_DINAS: "Yusuf Kadir",
        KEPALA_BIDANG: "Nurhayati Sangadji",
        SUB_KOORDINATOR: "Arifin Lamadi",
        PETUGAS_LAYANAN: "Sarah Tomagola",
        PENANGGUNG_JAWAB_TEKNIS: "Fikri Hasan",
      },
      {
        ADMIN: "Admin Layanan TI",
        KEPALA_DINAS: "Kepala Dinas Komunikasi dan Informatika",
        KEPALA_BIDANG: "Kepala Bidang Aplikasi Informatika",
        SUB_KOORDINATOR: "Sub Koordinator Layanan Sistem Informasi",
        PETUGAS_LAYANAN: "Petugas Layanan TI",
        PENANGGUNG_JAWAB_TEKNIS: "Penanggung Jawab Teknis",
      },
      {
        ADMIN: "198703152011011002",
        KEPALA_DINAS: "197105201996031003",
        KEPALA_BIDANG: "197808112003122004",
        SUB_KOORDINATOR: "198206242009011005",
        PETUGAS_LAYANAN: "199304092019032006",
        PENANGGUNG_JAWAB_TEKNIS: "199011022015031001",
      },
    ),
  },
  {
    agencySlug: "bulungan",
    staff: staffOf(
      "bulungan",
      {
        ADMIN: "Yohanes Laing",
        KEPALA_DINAS: "Hj. Siti Aminah",
        KEPALA_BIDANG: "Andi Firmansyah",
        SUB_KOORDINATOR: "Lusiana Ding",
        PETUGAS_LAYANAN: "Rizky Ramadhan",
        PENANGGUNG_JAWAB_TEKNIS: "Hendra Gunawan",
      },
      {
        ADMIN: "Admin Layanan E-Government",
        KEPALA_DINAS: "Kepala Dinas Komunikasi dan Informatika",
        KEPALA_BIDANG: "Kepala Bidang Penyelenggaraan E-Government",
        SUB_KOORDINATOR: "Ketua Tim Infrastruktur dan Layanan",
        PETUGAS_LAYANAN: "Petugas Layanan",
        PENANGGUNG_JAWAB_TEKNIS: "Penanggung Jawab Teknis Hosting dan Email",
      },
      {
        ADMIN: "198812052014031002",
        KEPALA_DINAS: "197008121995032002",
        KEPALA_BIDANG: "197703142005011003",
        SUB_KOORDINATOR: "198401172010012004",
        PETUGAS_LAYANAN: "199402282020121005",
        PENANGGUNG_JAWAB_TEKNIS: "198910302015031001",
      },
    ),
  },
  {
    agencySlug: "bangka-belitung",
    staff: staffOf(
      "babel",
      {
        ADMIN: "Indra Kurniawan",
        KEPALA_DINAS: "Dr. Ahmad Sopian",
        KEPALA_BIDANG: "Rina Oktaviani",
        SUB_KOORDINATOR: "Hadi Susanto",
        PETUGAS_LAYANAN: "Melati Anggraini",
        PENANGGUNG_JAWAB_TEKNIS: "Agus Salim",
      },
      {
        ADMIN: "Admin Service Desk",
        KEPALA_DINAS: "Kepala Dinas Komunikasi dan Informatika",
        KEPALA_BIDANG: "Kepala Bidang e-Government dan Statistik",
        SUB_KOORDINATOR: "Sub Koordinator Statistik selaku Statistisi Ahli Muda",
        PETUGAS_LAYANAN: "Petugas Service Desk",
        PENANGGUNG_JAWAB_TEKNIS: "Penanggung Jawab Teknis Satu Data",
      },
      {
        ADMIN: "198607192010011003",
        KEPALA_DINAS: "196912101994031004",
        KEPALA_BIDANG: "197510262001122001",
        SUB_KOORDINATOR: "198108052006041002",
        PETUGAS_LAYANAN: "199206142018012003",
        PENANGGUNG_JAWAB_TEKNIS: "198803232012121004",
      },
    ),
  },
  {
    agencySlug: "purbalingga",
    staff: staffOf(
      "purbalingga",
      {
        ADMIN: "Wahyu Nugroho",
        KEPALA_DINAS: "Drs. Sutrisno",
        KEPALA_BIDANG: "Endang Purwaningsih",
        SUB_KOORDINATOR: "Bambang Setiawan",
        PETUGAS_LAYANAN: "Dwi Astuti",
        PENANGGUNG_JAWAB_TEKNIS: "Teguh Prasetyo",
      },
      {
        ADMIN: "Admin Layanan Aplikasi Informatika",
        KEPALA_DINAS: "Kepala Dinas Komunikasi dan Informatika",
        KEPALA_BIDANG: "Kepala Bidang Aplikasi Informatika",
        SUB_KOORDINATOR: "Ketua Tim Layanan Aplikasi",
        PETUGAS_LAYANAN: "Petugas Layanan",
        PENANGGUNG_JAWAB_TEKNIS: "Penanggung Jawab Teknis Data Cloud",
      },
      {
        ADMIN: "198505082009031002",
        KEPALA_DINAS: "196804171993031005",
        KEPALA_BIDANG: "197402212000032003",
        SUB_KOORDINATOR: "198009132005011004",
        PETUGAS_LAYANAN: "199107252017082001",
        PENANGGUNG_JAWAB_TEKNIS: "198712112011011006",
      },
    ),
  },
];

export const DEMO_PLATFORM_ADMIN = { email: "platform@loket.example", name: "Admin Platform Loket" };

export interface ApplicantSeed {
  email: string;
  name: string;
  agencySlug: string;
  /** Must match an OPD name of that agency's seed. */
  opdContains: string;
  nip: string;
  jabatan: string;
}

export const DEMO_APPLICANTS: ApplicantSeed[] = [
  {
    email: "ani.rahmawati@bulungan.go.id",
    name: "Ani Rahmawati",
    agencySlug: "bulungan",
    opdContains: "Pendidikan",
    nip: "198609262015052001",
    jabatan: "Pranata Komputer Ahli Pertama",
  },
  {
    email: "bayu.pratama@bulungan.go.id",
    name: "Bayu Pratama",
    agencySlug: "bulungan",
    opdContains: "Kesehatan",
    nip: "199001152019031002",
    jabatan: "Analis Sistem Informasi",
  },
  {
    email: "citra.lestari@haltimkab.go.id",
    name: "Citra Lestari",
    agencySlug: "halmahera-timur",
    opdContains: "Perencanaan",
    nip: "199203112020122003",
    jabatan: "Perencana Ahli Muda",
  },
  {
    email: "dimas.saputra@babelprov.go.id",
    name: "Dimas Saputra",
    agencySlug: "bangka-belitung",
    opdContains: "Kesehatan",
    nip: "198811202014031004",
    jabatan: "Statistisi Ahli Pertama",
  },
  {
    email: "eka.wulandari@purbalinggakab.go.id",
    name: "Eka Wulandari",
    agencySlug: "purbalingga",
    opdContains: "Pendidikan",
    nip: "199505052022032005",
    jabatan: "Pengelola Data",
  },
];

/** Creates the demo accounts that do not exist yet (by e-mail); never touches other users. */
export async function seedDemoAccounts(prisma: PrismaClient): Promise<void> {
  const [staffHash, applicantHash] = await Promise.all([hashPassword(DEMO_STAFF_PASSWORD), hashPassword(DEMO_APPLICANT_PASSWORD)]);
  const agencies = await prisma.agency.findMany({ select: { id: true, slug: true } });
  const agencyId = new Map(agencies.map((a) => [a.slug, a.id]));

  await prisma.user.upsert({
    where: { email: DEMO_PLATFORM_ADMIN.email },
    create: { ...DEMO_PLATFORM_ADMIN, passwordHash: staffHash, isPlatformAdmin: true, isDemo: true, emailVerified: new Date() },
    update: {},
  });

  for (const group of DEMO_STAFF) {
    const id = agencyId.get(group.agencySlug);
    if (!id) continue;
    for (const s of group.staff) {
      const user = await prisma.user.upsert({
        where: { email: s.email },
        create: { email: s.email, name: s.name, passwordHash: staffHash, isDemo: true, emailVerified: new Date() },
        update: {},
        select: { id: true },
      });
      await prisma.membership.upsert({
        where: { userId_agencyId_role: { userId: user.id, agencyId: id, role: s.role } },
        create: { userId: user.id, agencyId: id, role: s.role, title: s.title, nip: s.nip },
        update: { title: s.title, nip: s.nip },
      });
    }
  }

  for (const a of DEMO_APPLICANTS) {
    const id = agencyId.get(a.agencySlug);
    const opd = id
      ? await prisma.opd.findFirst({ where: { agencyId: id, name: { contains: a.opdContains } }, select: { id: true } })
      : null;
    await prisma.user.upsert({
      where: { email: a.email },
      create: {
        email: a.email,
        name: a.name,
        passwordHash: applicantHash,
        isDemo: true,
        emailVerified: new Date(),
        employeeNumberKind: "NIP",
        employeeNumber: a.nip,
        jabatan: a.jabatan,
        opdId: opd?.id ?? null,
      },
      update: {},
    });
  }
}
