import "server-only";
import { unstable_cache } from "next/cache";
import { db } from "@/lib/db";
import { tags } from "@/lib/cache/tags";
import { DEFAULT_SETTINGS, type SiteSettings } from "./defaults";

async function readSettings(): Promise<SiteSettings> {
  const rows = await db.siteSetting.findMany({ where: { key: { in: Object.keys(DEFAULT_SETTINGS) } } });
  const out: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  for (const r of rows) {
    try {
      out[r.key] = JSON.parse(r.value);
    } catch {
      // A malformed value falls back to the default rather than breaking every page.
    }
  }
  return out as SiteSettings;
}

/** Settings as readers' pages see them (cached, expired by the settings screens). */
export const getSiteSettings = unstable_cache(readSettings, ["settings"], { tags: [tags.settings], revalidate: 3600 });

/** Fresh settings for decisions that must not use a cached copy (comment policy…). */
export const getSiteSettingsUncached = readSettings;
