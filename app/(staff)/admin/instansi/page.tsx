import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { createAgencyAction, grantRoleAction, revokeRoleAction } from "@/features/admin/actions";
import { ROLE_NAMES, ROLES } from "@/features/auth/roles";
import { getPrincipal } from "@/features/auth/session";
import { ActionForm } from "@/features/workflow/components/action-form";
import { db } from "@/lib/db";
import { zoneAbbreviation } from "@/lib/time/zones";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Instansi dan peran" };

const field = "rounded-md border border-slate-400 bg-white px-2 py-1";

/** Platform admins manage agencies; agency admins (and platform admins) manage who holds which role. */
export default async function AgencyAdminPage() {
  const principal = await getPrincipal();
  if (!principal) redirect("/masuk");
  const prisma = await db();
  const adminOf = principal.memberships.filter((m) => m.role === "ADMIN").map((m) => m.agencyId);
  const agencies = await prisma.agency.findMany({
    where: principal.isPlatformAdmin ? {} : { id: { in: adminOf } },
    orderBy: { name: "asc" },
    select: {
      id: true, name: true, code: true, slug: true, timeZone: true,
      members: { orderBy: [{ role: "asc" }], select: { id: true, role: true, title: true, user: { select: { name: true, email: true } } } },
    },
  });
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">Instansi dan peran</h1>
      {agencies.length === 0 && <p>Halaman ini untuk admin platform dan admin instansi.</p>}
      {principal.isPlatformAdmin && (
        <section aria-labelledby="baru" className="space-y-2 rounded-lg border border-slate-200 bg-white p-4">
          <h2 id="baru" className="text-lg font-semibold">Tambah instansi</h2>
          <ActionForm action={createAgencyAction} hidden={{}} submitLabel="Tambah instansi" successMessage="Instansi ditambahkan dengan jam kerja baku dan hari libur nasional." resetOnSuccess>
            <div className="grid gap-2 sm:grid-cols-2">
              <label className="flex flex-col text-sm">Nama resmi<input name="name" className={field} /></label>
              <label className="flex flex-col text-sm">Nama singkat<input name="shortName" className={field} /></label>
              <label className="flex flex-col text-sm">Slug (alamat)<input name="slug" className={field} /></label>
              <label className="flex flex-col text-sm">Kode nomor registrasi<input name="code" className={field} /></label>
              <label className="flex flex-col text-sm">Tingkat
                <select name="level" className={field}><option value="KABUPATEN">Kabupaten</option><option value="KOTA">Kota</option><option value="PROVINSI">Provinsi</option></select>
              </label>
              <label className="flex flex-col text-sm">Zona waktu
                <select name="timeZone" className={field}><option value="Asia/Jakarta">WIB</option><option value="Asia/Makassar">WITA</option><option value="Asia/Jayapura">WIT</option></select>
              </label>
              <label className="flex flex-col text-sm">Wilayah<input name="region" className={field} /></label>
              <label className="flex flex-col text-sm">Provinsi<input name="province" className={field} /></label>
              <label className="flex flex-col text-sm">Domain pemda (opsional)<input name="domain" className={field} /></label>
            </div>
          </ActionForm>
        </section>
      )}
      {agencies.map((a) => (
        <section key={a.id} aria-labelledby={`ag-${a.id}`} className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
          <h2 id={`ag-${a.id}`} className="text-lg font-semibold">{a.name} <span className="font-normal text-slate-600">({a.code}, {zoneAbbreviation(a.timeZone)})</span></h2>
          <table className="w-full text-left text-sm">
            <thead><tr className="border-b border-slate-200"><th scope="col">Nama</th><th scope="col">Email</th><th scope="col">Peran</th><th scope="col">Jabatan</th><th scope="col"><span className="sr-only">Tindakan</span></th></tr></thead>
            <tbody>
              {a.members.map((m) => (
                <tr key={m.id} className="border-b border-slate-100 align-top">
                  <td className="py-1">{m.user.name}</td>
                  <td className="break-all">{m.user.email}</td>
                  <td>{ROLE_NAMES[m.role]}</td>
                  <td>{m.title ?? "—"}</td>
                  <td><ActionForm action={revokeRoleAction} hidden={{ agencyId: a.id, membershipId: m.id }} submitLabel="Cabut" tone="neutral" successMessage="Dicabut." /></td>
                </tr>
              ))}
            </tbody>
          </table>
          <ActionForm action={grantRoleAction} hidden={{ agencyId: a.id }} submitLabel="Berikan peran" successMessage="Peran diberikan." resetOnSuccess>
            <div className="grid gap-2 sm:grid-cols-2">
              <label className="flex flex-col text-sm">Email<input name="email" type="email" className={field} /></label>
              <label className="flex flex-col text-sm">Peran
                <select name="role" className={field}>{ROLES.map((r) => <option key={r} value={r}>{ROLE_NAMES[r]}</option>)}</select>
              </label>
              <label className="flex flex-col text-sm">Jabatan (dicetak pada dokumen)<input name="title" className={field} /></label>
              <label className="flex flex-col text-sm">Nama lengkap (akun baru)<input name="name" className={field} /></label>
              <label className="flex flex-col text-sm">Kata sandi awal (akun baru)<input name="initialPassword" type="password" autoComplete="new-password" className={field} /></label>
            </div>
          </ActionForm>
        </section>
      ))}
    </div>
  );
}
