/** Staff roles per agency, in the order of the disposition chain, with Indonesian names. */
export const ROLES = ["ADMIN", "KEPALA_DINAS", "KEPALA_BIDANG", "SUB_KOORDINATOR", "PETUGAS_LAYANAN", "PENANGGUNG_JAWAB_TEKNIS"] as const;
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
  return p.memberships.some((m) => m.agencyId === agencyId && (roles.includes(m.role) || (adminPasses && m.role === "ADMIN")));
}

/**
 * The disposition chain, top down. Petugas layanan and penanggung jawab teknis stand on one level
 * under the Sub Koordinator; the Kepala Dinas's superior sits outside the office, so the agency
 * admin takes escalations addressed above the Kepala Dinas.
 */
const LEVEL: Record<Role, number> = {
  ADMIN: -1,
  KEPALA_DINAS: 0,
  KEPALA_BIDANG: 1,
  SUB_KOORDINATOR: 2,
  PETUGAS_LAYANAN: 3,
  PENANGGUNG_JAWAB_TEKNIS: 3,
};

/** Whether one of `roles` stands above `post` in the chain (the admin stands above every post). */
export function isSuperiorOf(roles: readonly Role[], post: Role): boolean {
  return roles.some((r) => LEVEL[r] < LEVEL[post]);
}

/** The role that receives escalations about work held by `role`. */
export function superiorRoleOf(role: Role): Role {
  switch (role) {
    case "PENANGGUNG_JAWAB_TEKNIS":
    case "PETUGAS_LAYANAN":
      return "SUB_KOORDINATOR";
    case "SUB_KOORDINATOR":
      return "KEPALA_BIDANG";
    case "KEPALA_BIDANG":
      return "KEPALA_DINAS";
    case "KEPALA_DINAS":
      return "ADMIN";
    case "ADMIN":
      return "KEPALA_DINAS";
  }
}
