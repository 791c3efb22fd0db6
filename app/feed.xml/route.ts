import { env } from "@/lib/env";
import { getFeedEntries } from "@/lib/feeds/queries";
import { renderRss, rssResponse } from "@/lib/feeds/rss";
import { getSiteSettings } from "@/lib/settings/queries";

// Built per request from cached data (tags "feeds"/"latest"), never frozen at build time.
export const dynamic = "force-dynamic";

export async function GET() {
  const [settings, entries] = await Promise.all([getSiteSettings(), getFeedEntries({ kind: "site" })]);
  return rssResponse(
    renderRss(
      { siteName: settings.siteName, siteUrl: env.SITE_URL, title: settings.siteName, description: settings.siteDescription, path: "/", feedPath: "/feed.xml" },
      entries,
    ),
  );
}
