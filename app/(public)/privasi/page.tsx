import type { Metadata } from "next";
import { PRIVACY_NOTICE } from "@/features/privacy/notice";
import { PrivacyNoticeView } from "@/features/privacy/components/privacy-notice-view";
import { t } from "@/lib/i18n";

export const metadata: Metadata = { title: t("privacy.title") };

export default function PrivacyPage() {
  return <PrivacyNoticeView notice={PRIVACY_NOTICE} />;
}
