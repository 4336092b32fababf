/** Staff roles per agency, in the order of the disposition chain, with Indonesian names. */
export const ROLES = [
  "ADMIN",
  "KEPALA_DINAS",
  "KEPALA_BIDANG",
  "SUB_KOORDINATOR",
  "PETUGAS_LAYANAN",
  "PENANGGUNG_JAWAB_TEKNIS",
] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_NAMES: Record<Role, string> = {
  ADMIN: "Admin instansi",
  KEPALA_DINAS: "Kepala Dinas",
  KEPALA_BIDANG: "Kepala Bidang",
  SUB_KOORDINATOR: "Sub Koordinator",
  PETUGAS_LAYANAN: "Petugas layanan",
  PENANGGUNG_JAWAB_TEKNIS: "Penanggung jawab teknis",
};

export interface Membership {
  agencyId: string;
  role: Role;
}

export interface Principal {
  id: string;
  email: string;
  name: string;
  isPlatformAdmin: boolean;
  memberships: Membership[];
}

export function isStaff(p: Principal): boolean {
  return p.isPlatformAdmin || p.memberships.length > 0;
}

/** Whether the principal holds one of `roles` in `agencyId` (agency admins and platform admins pass too when `adminPasses`). */
export function hasAgencyRole(p: Principal, agencyId: string, roles: readonly Role[], adminPasses = true): boolean {
  if (adminPasses && p.isPlatformAdmin) return true;
  return p.memberships.some(
    (m) => m.agencyId === agencyId && (roles.includes(m.role) || (adminPasses && m.role === "ADMIN")),
  );
}
