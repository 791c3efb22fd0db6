import { articlePath } from "@/lib/articles/urls";
import { route } from "@/lib/http/route";
import { highlight } from "@/lib/search/highlight";
import { searchQuerySchema } from "@/lib/search/schema";
import { searchArticles } from "@/lib/search/search";

export const dynamic = "force-dynamic";

/** GET /api/search?q=…&page=N — published pieces, best first, 20 a page. */
export const GET = route({
  query: searchQuerySchema,
  handler: async (_req, { query: { q, page } }) => {
    const results = q ? await searchArticles(q, page) : null;
    if (!results) {
      return Response.json({ query: q, page, pages: 0, total: 0, more: false, items: [], message: "اكتب كلمة أو أكثر للبحث." });
    }
    return Response.json({
      query: q,
      page: results.page,
      pages: results.pages,
      total: results.total,
      /** true when there are more matches than `total` (counting stops at 10,000). */
      more: results.more,
      message: results.total ? null : `لم نعثر على نتائج تطابق «${q}».`,
      items: results.items.map((c) => ({
        id: c.id,
        url: articlePath(c),
        title: c.title,
        excerpt: c.excerpt,
        section: c.section,
        publishedAt: c.publishedAt,
        highlights: { title: highlight(c.title, results.terms), excerpt: c.excerpt ? highlight(c.excerpt, results.terms) : [] },
      })),
    });
  },
});
