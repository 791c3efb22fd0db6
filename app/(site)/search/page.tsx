import type { Metadata } from "next";
import { Pager } from "@/components/site/pager";
import { SearchResults } from "@/components/site/search-results";
import { SideList } from "@/components/site/side-list";
import { getLatest } from "@/lib/articles/queries";
import { parsePage } from "@/lib/articles/urls";
import { searchArticles } from "@/lib/search/search";
import { MAX_QUERY_CHARS } from "@/lib/search/query";
import { counted, RESULTS } from "@/lib/arabic/plural";

// Depends on the query string: rendered per request, works without JavaScript (GET form).
export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<{ q?: string | string[]; page?: string | string[] }> };

async function readParams({ searchParams }: Props) {
  const sp = await searchParams;
  const q = (Array.isArray(sp.q) ? sp.q[0] : sp.q)?.slice(0, MAX_QUERY_CHARS).trim() ?? "";
  return { q, page: parsePage(sp.page) ?? 1 };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { q } = await readParams(props);
  return { title: q ? `البحث عن: ${q}` : "البحث", robots: { index: false, follow: true } };
}

const searchHref = (q: string) => (n: number) => `/search?q=${encodeURIComponent(q)}${n > 1 ? `&page=${n}` : ""}`;

export default async function SearchPage(props: Props) {
  const { q, page } = await readParams(props);
  const results = q ? await searchArticles(q, page) : null;
  const latest = results && results.total > 0 ? [] : await getLatest(8);
  return (
    <div className="listing">
      <div>
        <h1 className="page-title">{q ? <>نتائج البحث عن «{q}»</> : "البحث في الموقع"}</h1>
        <form className="search-page-form" role="search" action="/search" method="get">
          <label htmlFor="search-page-q">ابحث في الأخبار والمقالات</label>
          <div>
            <input id="search-page-q" name="q" type="search" defaultValue={q} maxLength={MAX_QUERY_CHARS} />
            <button type="submit" className="btn">
              بحث
            </button>
          </div>
        </form>
        {!results ? (
          <p className="notice">
            {q ? "لم نجد في عبارتك كلمات يمكن البحث عنها. " : ""}اكتب كلمة أو أكثر، مثل اسم شخص أو مكان أو موضوع، ثم اضغط «بحث». لا يهم
            التشكيل ولا شكل الهمزة.
          </p>
        ) : results.total === 0 ? (
          <div className="notice" role="status">
            <p>لم نعثر على نتائج تطابق «{q}».</p>
            <ul>
              <li>تحقق من كتابة الكلمات.</li>
              <li>جرّب كلمات أقل أو أعمّ.</li>
              <li>أو تصفح آخر ما نشرناه أدناه.</li>
            </ul>
          </div>
        ) : (
          <>
            <p role="status">
              {results.more ? `أكثر من ${counted(results.total, RESULTS)}` : counted(results.total, RESULTS)}
              {results.pages > 1 ? ` — الصفحة ${page} من ${results.pages}` : ""}
            </p>
            {results.items.length ? <SearchResults items={results.items} terms={results.terms} /> : <p>لا توجد نتائج في هذه الصفحة.</p>}
            <Pager basePath="/search" page={page} pages={results.pages} hrefFor={searchHref(q)} />
          </>
        )}
      </div>
      {latest.length > 0 && (
        <aside aria-label="اقتراحات">
          <SideList id="suggest-title" title="آخر الأخبار" items={latest} />
        </aside>
      )}
    </div>
  );
}
