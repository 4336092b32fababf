import { t } from "@/lib/i18n";
import { DeleteAccountForm } from "./delete-account-form";

export const MY_DATA_DOWNLOAD_PATH = "/api/akun/data-saya";

/** "Data saya" on the account page: download everything, and (for applicants) delete the account. */
export function MyDataSection({ canDelete }: { canDelete: boolean }) {
  return (
    <section aria-labelledby="data-saya" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="data-saya" className="text-lg font-semibold">
        {t("myData.title")}
      </h2>
      <p className="text-sm text-slate-700">{t("myData.intro")}</p>
      <p>
        <a href={MY_DATA_DOWNLOAD_PATH} download className="font-medium text-sky-800 underline">
          {t("myData.download")}
        </a>
      </p>
      {canDelete && (
        <div className="space-y-2 border-t border-slate-200 pt-3">
          <h3 className="font-semibold">{t("myData.deleteTitle")}</h3>
          <p className="text-sm text-slate-700">{t("myData.deleteIntro")}</p>
          <DeleteAccountForm />
        </div>
      )}
    </section>
  );
}
