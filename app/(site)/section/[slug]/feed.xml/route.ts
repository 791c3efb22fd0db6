import { sectionPath } from "@/lib/articles/urls";
import { slugSegment } from "@/lib/http/params";
import { env } from "@/lib/env";
import { movedTo } from "@/lib/taxonomy/redirects";
import { getFeedEntries } from "@/lib/feeds/queries";
import { renderRss, rssResponse, xmlNotFound } from "@/lib/feeds/rss";
import { getSectionBySlug } from "@/lib/sections/queries";
import { getSiteSettings } from "@/lib/settings/queries";

export const dynamic = "force-dynamic";

export async function GET(_req: Request, ctx: { params: Promise<{ slug: string }> }) {
  const slug = slugSegment((await ctx.params).slug);
  if (slug === null) return xmlNotFound();
  const section = await getSectionBySlug(slug);
  if (!section) {
    const to = await movedTo("section", slug);
    return to ? new Response(null, { status: 308, headers: { location: `${sectionPath(to)}/feed.xml` } }) : xmlNotFound();
  }
  const [settings, entries] = await Promise.all([getSiteSettings(), getFeedEntries({ kind: "section", id: section.id, slug: section.slug })]);
  const path = sectionPath(section.slug);
  return rssResponse(
    renderRss(
      {
        siteName: settings.siteName,
        siteUrl: env.SITE_URL,
        title: `${settings.siteName} — ${section.name}`,
        description: section.description ?? `آخر ما نشر في قسم ${section.name}`,
        path,
        feedPath: `${path}/feed.xml`,
      },
      entries,
    ),
  );
}
