import { articlePath } from "@/lib/articles/urls";
import { env } from "@/lib/env";
import { getSiteSettings } from "@/lib/settings/queries";
import { getRecentNews } from "@/lib/sitemaps/queries";
import { newsUrlSet, xmlResponse } from "@/lib/sitemaps/xml";

// Google News sitemap: pieces published in the last 48 hours.
export const dynamic = "force-dynamic";

export async function GET() {
  const [settings, news] = await Promise.all([getSiteSettings(), getRecentNews()]);
  return xmlResponse(
    newsUrlSet(
      settings.siteName,
      news.map((n) => ({ loc: new URL(articlePath(n), env.SITE_URL).toString(), title: n.title, publishedAt: new Date(n.publishedAt) })),
    ),
    120,
  );
}
