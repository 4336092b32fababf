import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { SetPasswordForm } from "@/features/auth/components/password-form";
import { getPrincipal } from "@/features/auth/session";
import { db } from "@/lib/db";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Akun" };

export default async function AccountPage() {
  const principal = await getPrincipal();
  if (!principal) notFound();
  const user = await (await db()).user.findUnique({ where: { id: principal.id }, select: { passwordHash: true } });
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">Akun</h1>
      <p>
        {principal.name} · {principal.email}
      </p>
      <section aria-labelledby="sandi" className="space-y-2 rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="sandi" className="text-lg font-semibold">Kata sandi</h2>
        <p className="text-sm text-slate-700">
          Dengan kata sandi Anda dapat masuk tanpa menunggu tautan email. Data pemohon (nama, NIP, dinas, jabatan) tersimpan
          otomatis dari permohonan terakhir Anda.
        </p>
        <SetPasswordForm hasPassword={Boolean(user?.passwordHash)} />
      </section>
    </div>
  );
}
