import { env } from "@/lib/env";
import { getArticleChunks } from "@/lib/sitemaps/queries";
import { sitemapIndex, xmlResponse } from "@/lib/sitemaps/xml";

// Sitemap index: one listing-pages sitemap plus article chunks of at most 50,000 URLs.
export const dynamic = "force-dynamic";

export async function GET() {
  const chunks = await getArticleChunks();
  const abs = (p: string) => new URL(p, env.SITE_URL).toString();
  return xmlResponse(
    sitemapIndex([
      { loc: abs("/sitemaps/pages.xml") },
      ...chunks.map((c, i) => ({ loc: abs(`/sitemaps/articles-${i + 1}.xml`), lastmod: c.lastmod ? new Date(c.lastmod) : undefined })),
    ]),
  );
}
