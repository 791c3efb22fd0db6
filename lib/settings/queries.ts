import "server-only";
import { unstable_cache } from "next/cache";
import { db } from "@/lib/db";
import { tags } from "@/lib/cache/tags";
import { mediaUrl } from "@/lib/media/url";
import { DEFAULT_SETTINGS, type SiteSettings } from "./defaults";

/** The masthead's logo as readers' pages need it (from the logoId setting). */
export type SiteLogo = { url: string; width: number; height: number };
export type ReaderSettings = SiteSettings & { logo: SiteLogo | null };

async function readSettings(): Promise<ReaderSettings> {
  const rows = await db.siteSetting.findMany({ where: { key: { in: Object.keys(DEFAULT_SETTINGS) } } });
  const out: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  for (const r of rows) {
    try {
      out[r.key] = JSON.parse(r.value);
    } catch {
      // A malformed value falls back to the default rather than breaking every page.
    }
  }
  const settings = out as SiteSettings;
  const media = typeof settings.logoId === "number" ? await db.media.findUnique({ where: { id: settings.logoId }, select: { path: true, width: true, height: true } }) : null;
  return { ...settings, logo: media ? { url: mediaUrl(media.path), width: media.width, height: media.height } : null };
}

/** Settings as readers' pages see them (cached, expired by the settings screens). */
export const getSiteSettings = unstable_cache(readSettings, ["settings"], { tags: [tags.settings], revalidate: 3600 });

/** Fresh settings for decisions that must not use a cached copy (comment policy…). */
export const getSiteSettingsUncached = readSettings;
