import { articlePath } from "@/lib/articles/urls";
import { route } from "@/lib/http/route";
import { highlight } from "@/lib/search/highlight";
import { searchQuerySchema, searchHref } from "@/lib/search/schema";
import { searchArticles } from "@/lib/search/search";

export const dynamic = "force-dynamic";

/**
 * GET /api/search?q=…&page=N&section=slug&from=YYYY-MM-DD&to=YYYY-MM-DD&sort=relevance|newest
 * — published pieces, best (or newest) first, 20 a page. A value that does not parse is a
 * 400 with an Arabic message (lib/search/schema.ts).
 */
export const GET = route({
  query: searchQuerySchema,
  handler: async (_req, { query }) => {
    const params = { ...query, section: query.section ?? null, from: query.from ?? null, to: query.to ?? null };
    if (params.from && params.to && params.from > params.to) [params.from, params.to] = [params.to, params.from];
    const { q, page } = params;
    const { results, unknownSection } = await searchArticles(params);
    const warning = unknownSection ? "لا يوجد قسم بهذا الاسم، فبحثنا في كل الأقسام." : null;
    if (!results) {
      return Response.json({ query: q, page, pages: 0, total: 0, more: false, items: [], suggestion: null, warning, message: "اكتب كلمة أو أكثر للبحث." });
    }
    return Response.json({
      query: q,
      page: results.page,
      pages: results.pages,
      total: results.total,
      /** true when there are more matches than `total` (counting stops at 10,000). */
      more: results.more,
      message: results.total ? null : `لم نعثر على نتائج تطابق «${q}».`,
      warning,
      /** «هل تقصد»: a corrected query that finds something, and its address. */
      suggestion: results.suggestion
        ? { query: results.suggestion.query, url: searchHref({ ...(results.suggestion.filtered ? params : {}), sort: params.sort, q: results.suggestion.query }) }
        : null,
      items: results.items.map((c) => ({
        id: c.id,
        url: articlePath(c),
        title: c.title,
        excerpt: c.excerpt,
        section: c.section,
        publishedAt: c.publishedAt,
        highlights: {
          title: highlight(c.title, results.groups),
          excerpt: c.excerpt ? highlight(c.excerpt, results.groups) : [],
          /** The passage of the body where the words matched (null: they matched elsewhere). */
          snippet: c.snippet,
          /** Tags that match the query, marked. */
          tags: c.matchedTags.map((t) => highlight(t, results.groups)),
        },
      })),
    });
  },
});
