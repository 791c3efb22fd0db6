import "server-only";
import { db } from "@/lib/db";
import { audit } from "@/lib/audit/log";
import { settingsBefore } from "@/lib/audit/settings-changes";
import type { CurrentUser } from "@/lib/auth/guard";
import { revalidateTags } from "@/lib/cache/revalidate";
import { tags } from "@/lib/cache/tags";
import { HttpError } from "@/lib/http/errors";

/**
 * Saves the settings a form sent (a field it did not carry is left as it is), logs what changed
 * and expires every reader page: the masthead, the footer, the comment policy and the contact
 * page all read the settings through the "settings" cache tag.
 */
export async function updateSettings(actor: CurrentUser, input: Record<string, unknown>) {
  const values = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined));
  if (typeof values.logoId === "number") {
    const media = await db.media.findUnique({ where: { id: values.logoId }, select: { mime: true } });
    if (!media || !media.mime.startsWith("image/")) throw new HttpError(400, "invalid", "الصورة المختارة للشعار غير موجودة.", { logoId: "الصورة المختارة للشعار غير موجودة." });
  }
  const changes = await settingsBefore(values);
  await db.$transaction(async (tx) => {
    for (const [key, value] of Object.entries(values)) {
      await tx.siteSetting.upsert({ where: { key }, create: { key, value: JSON.stringify(value) }, update: { value: JSON.stringify(value) } });
    }
    await audit({ actorId: actor.id, action: "settings.update", entityType: "settings", detail: changes(values) }, tx);
  });
  revalidateTags(tags.settings, tags.home, tags.feeds);
}
