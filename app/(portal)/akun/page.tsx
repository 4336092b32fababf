import type { Metadata } from "next";
import { loadAccountPage } from "@/features/auth/account-page";
import { SetPasswordForm } from "@/features/auth/components/password-form";
import { loadPage } from "@/features/auth/page-context";
import { MyDataSection } from "@/features/privacy/components/my-data-section";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Akun" };

export default async function AccountPage() {
  const account = await loadPage(loadAccountPage);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">Akun</h1>
      <p>
        {account.name} · {account.email}
      </p>
      <section aria-labelledby="sandi" className="space-y-2 rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="sandi" className="text-lg font-semibold">
          Kata sandi
        </h2>
        <p className="text-sm text-slate-700">
          Dengan kata sandi Anda dapat masuk tanpa menunggu tautan email. Data pemohon (nama, NIP, dinas, jabatan) tersimpan otomatis dari
          permohonan terakhir Anda.
        </p>
        <SetPasswordForm hasPassword={account.hasPassword} />
      </section>
      <MyDataSection canDelete={account.isApplicantOnly} />
    </div>
  );
}
