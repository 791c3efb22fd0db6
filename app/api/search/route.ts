import { articlePath } from "@/lib/articles/urls";
import { highlight } from "@/lib/search/highlight";
import { MAX_QUERY_CHARS } from "@/lib/search/query";
import { searchArticles } from "@/lib/search/search";

export const dynamic = "force-dynamic";

/** GET /api/search?q=…&page=N — published pieces, best first, 20 a page. */
export async function GET(req: Request) {
  const params = new URL(req.url).searchParams;
  const q = (params.get("q") ?? "").slice(0, MAX_QUERY_CHARS).trim();
  const rawPage = params.get("page") ?? "1";
  if (!/^[1-9]\d{0,5}$/.test(rawPage)) {
    return Response.json({ error: { code: "invalid_page", message: "رقم الصفحة غير صالح." } }, { status: 400 });
  }
  const page = Number(rawPage);
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
}
