import { ErrorText, fieldAria } from "@/components/forms/field";
import { t } from "@/lib/i18n";
import { PRIVACY_NOTICE, PRIVACY_NOTICE_PATH } from "../notice";

/** The request form's privacy checkbox, with the link to the notice it acknowledges (opens beside the form). */
export function PrivacyAcknowledgement({
  id,
  checked,
  onChange,
  error,
}: {
  id: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  error?: string;
}) {
  return (
    <div className="space-y-1 rounded-lg border border-slate-200 bg-white p-4">
      <p className="text-sm text-slate-700">
        {t("privacy.formNote")}{" "}
        <a href={PRIVACY_NOTICE_PATH} target="_blank" rel="noopener" className="font-medium text-sky-800 underline">
          {t("privacy.readNotice")}
        </a>{" "}
        ({t("privacy.version", { version: PRIVACY_NOTICE.version, date: PRIVACY_NOTICE.effectiveOn })})
      </p>
      <label className="flex items-start gap-2 py-0.5">
        <input
          id={id}
          type="checkbox"
          name="privacyAcknowledged"
          value="true"
          className="mt-1 h-4 w-4 shrink-0"
          checked={checked}
          onChange={(e) => onChange(e.target.checked)}
          {...fieldAria(id, { error })}
        />
        <span>{t("privacy.acknowledge")}</span>
      </label>
      <ErrorText id={id} message={error} />
    </div>
  );
}

/** A link to the notice, for the sign-in page and other forms that take personal data. */
export function PrivacyNoticeLink() {
  return (
    <a href={PRIVACY_NOTICE_PATH} className="text-sky-800 underline">
      {t("privacy.readNotice")}
    </a>
  );
}
