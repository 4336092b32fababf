"use client";

import { signOut } from "next-auth/react";
import { useActionState, useEffect } from "react";
import { useFormResult } from "@/components/forms/action-form";
import { FormFeedbackProvider } from "@/components/forms/form-feedback";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { Select, TextField } from "@/components/forms/text-fields";
import { t } from "@/lib/i18n";
import { deleteOwnAccountAction } from "../actions";
import { CONFIRM_PHRASE, DELETION_REASONS } from "../deletion-schema";

const REASONS = Object.entries(DELETION_REASONS).map(([value, label]) => ({ value, label }));

/** Deleting one's own account: a reason and the typed confirmation; on success the session ends here too. */
export function DeleteAccountForm() {
  const [state, dispatch, pending] = useActionState(deleteOwnAccountAction, null);
  const { feedback, summary } = useFormResult(state, "hapus", []);
  useEffect(() => {
    if (state?.status === "ok") void signOut({ callbackUrl: "/?akun=dihapus" });
  }, [state]);
  return (
    <form action={dispatch} aria-label={t("myData.deleteTitle")} className="max-w-md space-y-3" noValidate>
      {summary}
      <FormFeedbackProvider value={feedback}>
        <Select name="reason" label={t("myData.deleteReason")} placeholder="— Pilih alasan —" options={REASONS} />
        <TextField
          name="confirm"
          label={t("myData.deleteConfirm", { phrase: CONFIRM_PHRASE })}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
        />
      </FormFeedbackProvider>
      {state?.status === "ok" && <FormMessage tone="success">{t("myData.deleted")}</FormMessage>}
      <SubmitButton tone="danger" pending={pending}>
        {t("myData.deleteButton")}
      </SubmitButton>
    </form>
  );
}
