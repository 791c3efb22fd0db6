import type { Metadata } from "next";
import Link from "next/link";
import { Pager } from "@/components/site/pager";
import { SearchFilters } from "@/components/site/search-filters";
import { SearchResults } from "@/components/site/search-results";
import { SideList } from "@/components/site/side-list";
import { getLatest } from "@/lib/articles/queries";
import { getSections } from "@/lib/sections/queries";
import { searchArticles } from "@/lib/search/search";
import { readSearchParams, searchHref } from "@/lib/search/schema";
import { counted, RESULTS } from "@/lib/arabic/plural";

// Depends on the query string: rendered per request, works without JavaScript (one GET form
// holds the words, the section, the dates and the order).
export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { q } = readSearchParams(await searchParams).params;
  return { title: q ? `البحث عن: ${q}` : "البحث", robots: { index: false, follow: true } };
}

export default async function SearchPage({ searchParams }: Props) {
  const { params, problems } = readSearchParams(await searchParams);
  const [{ results: found, unknownSection }, sections] = await Promise.all([searchArticles(params), getSections()]);
  if (unknownSection) problems.push("لا يوجد قسم بهذا الاسم، فبحثنا في كل الأقسام.");
  const p = unknownSection ? { ...params, section: null } : params;
  const filtered = Boolean(p.section || p.from || p.to);
  const latest = found && found.total > 0 ? [] : await getLatest(8);
  const { q, page } = p;
  return (
    <div className="listing search-page">
      <div>
        <h1 className="page-title">{q ? <>نتائج البحث عن «{q}»</> : "البحث في الموقع"}</h1>
        <SearchFilters params={p} sections={sections} />
        {problems.length > 0 && (
          <div className="notice" role="status">
            {problems.map((m) => (
              <p key={m}>{m}</p>
            ))}
          </div>
        )}
        {!found ? (
          <p className="notice">
            {q ? "لم نجد في عبارتك كلمات يمكن البحث عنها. " : ""}اكتب كلمة أو أكثر، مثل اسم شخص أو مكان أو موضوع، ثم اضغط «بحث». لا يهم
            التشكيل ولا شكل الهمزة.
          </p>
        ) : found.total === 0 ? (
          <div className="notice" role="status">
            {found.suggestion && (
              <p className="did-you-mean">
                هل تقصد:{" "}
                <Link href={searchHref({ ...(found.suggestion.filtered ? p : {}), sort: p.sort, q: found.suggestion.query, page: 1 })}>
                  {found.suggestion.parts.map((w, i) => (
                    <span key={i}>
                      {i > 0 ? " " : ""}
                      {w.corrected ? <strong>{w.text}</strong> : w.text}
                    </span>
                  ))}
                </Link>
                ؟
              </p>
            )}
            <p>لم نعثر على نتائج تطابق «{q}»{filtered ? " بالتصفية المختارة" : ""}.</p>
            <ul>
              {filtered && (
                <li>
                  <Link href={searchHref({ q, sort: p.sort })}>ابحث عن «{q}» في كل الأقسام والتواريخ</Link>.
                </li>
              )}
              <li>تحقق من كتابة الكلمات.</li>
              <li>جرّب كلمات أقل أو أعمّ.</li>
              <li>أو تصفح آخر ما نشرناه أدناه.</li>
            </ul>
          </div>
        ) : (
          <>
            <p role="status" className="search-count">
              {found.more ? `أكثر من ${counted(found.total, RESULTS)}` : counted(found.total, RESULTS)}
              {p.sort === "newest" ? `، الأحدث أولاً` : ""}
              {found.pages > 1 ? ` — الصفحة ${page} من ${found.pages}` : ""}
            </p>
            {found.items.length ? <SearchResults items={found.items} groups={found.groups} /> : <p>لا توجد نتائج في هذه الصفحة.</p>}
            <Pager basePath="/search" page={page} pages={found.pages} hrefFor={(n) => searchHref({ ...p, page: n })} />
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
