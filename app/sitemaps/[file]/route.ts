import { articlePath, authorPath, sectionPath, supplementPath, tagPath } from "@/lib/articles/urls";
import { env } from "@/lib/env";
import { getArticleChunk, getArticleChunks, getListingSlugs } from "@/lib/sitemaps/queries";
import { urlSet, xmlResponse } from "@/lib/sitemaps/xml";

export const dynamic = "force-dynamic";

/** /sitemaps/pages.xml (home and listings) and /sitemaps/articles-N.xml (N from 1). */
export async function GET(_req: Request, ctx: { params: Promise<{ file: string }> }) {
  const file = (await ctx.params).file;
  const abs = (p: string) => new URL(p, env.SITE_URL).toString();
  if (file === "pages.xml") {
    const l = await getListingSlugs();
    return xmlResponse(
      urlSet([
        { loc: abs("/") },
        ...l.sections.map((s) => ({ loc: abs(sectionPath(s)) })),
        ...l.authors.map((s) => ({ loc: abs(authorPath(s)) })),
        ...l.tags.map((s) => ({ loc: abs(tagPath(s)) })),
        ...l.supplements.map((s) => ({ loc: abs(supplementPath(s)) })),
      ]),
    );
  }
  const m = /^articles-([1-9]\d{0,4})\.xml$/.exec(file);
  const n = m ? Number(m[1]) : 0;
  if (!n || !(await getArticleChunks()).some((c) => c.n === n)) {
    return new Response("خريطة الموقع غير موجودة", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
  }
  const rows = await getArticleChunk(n);
  return xmlResponse(urlSet(rows.map((r) => ({ loc: abs(articlePath(r)), lastmod: new Date(r.lastmod) }))));
}
