import { authorPath } from "@/lib/articles/urls";
import { getAuthorBySlug } from "@/lib/authors/queries";
import { slugSegment } from "@/lib/http/params";
import { env } from "@/lib/env";
import { movedTo } from "@/lib/taxonomy/redirects";
import { getFeedEntries } from "@/lib/feeds/queries";
import { renderRss, rssResponse, xmlNotFound } from "@/lib/feeds/rss";
import { getSiteSettings } from "@/lib/settings/queries";

export const dynamic = "force-dynamic";

export async function GET(_req: Request, ctx: { params: Promise<{ slug: string }> }) {
  const slug = slugSegment((await ctx.params).slug);
  if (slug === null) return xmlNotFound();
  const author = await getAuthorBySlug(slug);
  if (!author) {
    const to = await movedTo("author", slug);
    return to ? new Response(null, { status: 308, headers: { location: `${authorPath(to)}/feed.xml` } }) : xmlNotFound();
  }
  const [settings, entries] = await Promise.all([getSiteSettings(), getFeedEntries({ kind: "author", id: author.id, slug: author.slug })]);
  const path = authorPath(author.slug);
  return rssResponse(
    renderRss(
      {
        siteName: settings.siteName,
        siteUrl: env.SITE_URL,
        title: `${settings.siteName} — ${author.name}`,
        description: author.bio ?? `مقالات ${author.name}`,
        path,
        feedPath: `${path}/feed.xml`,
      },
      entries,
    ),
  );
}
