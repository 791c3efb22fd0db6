import type { Metadata } from "next";
import { getSiteSettingsUncached } from "@/lib/settings/queries";
import { Forbidden } from "../guard";
import { pagePermissionOrNull } from "@/lib/auth/page-guard";
import { wordListText } from "@/lib/comments/moderation-schema";
import { SettingsForm } from "./settings-form.client";

export const metadata: Metadata = { title: "إعدادات التعليقات" };

export default async function CommentSettingsPage() {
  const user = await pagePermissionOrNull("comment:settings", "/admin/comments/settings");
  if (!user) return <Forbidden />;
  const s = await getSiteSettingsUncached();
  return (
    <>
      <h1>إعدادات التعليقات</h1>
      <SettingsForm
        initial={{
          commentPolicy: s.commentPolicy,
          reportThreshold: s.reportThreshold,
          commentAutoCloseDays: s.commentAutoCloseDays,
          bannedWords: wordListText(s.bannedWords),
          suspectWords: wordListText(s.suspectWords),
        }}
      />
    </>
  );
}
