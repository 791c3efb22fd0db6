import { env } from "@/lib/env";
import { getArticleChunks } from "@/lib/sitemaps/queries";
import { sitemapIndex, xmlResponse } from "@/lib/sitemaps/xml";

// Sitemap index: one listing-pages sitemap plus article chunks (5,000 ids each, far
// below the 50,000-URL limit; see lib/sitemaps/queries.ts).
export const dynamic = "force-dynamic";

export async function GET() {
  const chunks = await getArticleChunks();
  const abs = (p: string) => new URL(p, env.SITE_URL).toString();
  return xmlResponse(
    sitemapIndex([
      { loc: abs("/sitemaps/pages.xml") },
      ...chunks.map((c) => ({ loc: abs(`/sitemaps/articles-${c.n}.xml`), lastmod: c.lastmod ? new Date(c.lastmod) : undefined })),
    ]),
  );
}
