import "server-only";
import { db } from "@/lib/db";
import { audit } from "@/lib/audit/log";
import { settingsBefore } from "@/lib/audit/settings-changes";
import type { CurrentUser } from "@/lib/auth/guard";
import { revalidateTags } from "@/lib/cache/revalidate";
import { tags } from "@/lib/cache/tags";

export async function updateSettings(actor: CurrentUser, values: Record<string, unknown>) {
  const changes = await settingsBefore(values);
  for (const [key, value] of Object.entries(values)) {
    await db.siteSetting.upsert({ where: { key }, create: { key, value: JSON.stringify(value) }, update: { value: JSON.stringify(value) } });
  }
  await audit({ actorId: actor.id, action: "settings.update", entityType: "settings", detail: changes(values) });
  revalidateTags(tags.settings, tags.home, tags.feeds);
}
