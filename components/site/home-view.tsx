import Link from "next/link";
import { ArticleCard } from "@/components/site/article-card";
import { SideList } from "@/components/site/side-list";
import type { HomeData } from "@/lib/front/assemble";
import type { ArticleCard as Card } from "@/lib/articles/select";
import { articlePath, sectionPath } from "@/lib/articles/urls";

/** The bar's badge already says «عاجل»: a headline that starts with it does not repeat it. */
const withoutBreakingPrefix = (title: string) => title.replace(/^\s*عاجل\s*[:：\-–|]\s*/u, "") || title;

/**
 * The home page's body: the readers' page renders it with the published arrangement, the
 * dashboard's preview (/admin/front/preview/<id>) with a draft, so the preview is exactly
 * what readers will get.
 */
export function HomeView({ home, latest, mostRead, siteName }: { home: HomeData; latest: Card[]; mostRead: Card[]; siteName: string }) {
  return (
    <>
      <h1 className="visually-hidden">{siteName}: الصفحة الرئيسية</h1>
      {home.breakingNote ? (
        <section className="breaking" aria-label="عاجل" style={{ marginInline: "-1rem", marginBlockStart: "-1.25rem", marginBlockEnd: "1rem" }}>
          <div className="container">
            <strong>عاجل</strong>
            <a href={home.breakingNote.url}>{withoutBreakingPrefix(home.breakingNote.text)}</a>
          </div>
        </section>
      ) : (
        home.breaking.length > 0 && (
          <section className="breaking" aria-label="عاجل" style={{ marginInline: "-1rem", marginBlockStart: "-1.25rem", marginBlockEnd: "1rem" }}>
            <div className="container">
              <strong>عاجل</strong>
              {home.breaking.map((b) => (
                <Link key={b.id} href={articlePath(b)}>
                  {withoutBreakingPrefix(b.title)}
                </Link>
              ))}
            </div>
          </section>
        )
      )}
      {/* The lead with the top stories under it; beside them what is happening now and what
          readers read most (stacked after them on phones). */}
      <div className="home-top">
        <div className="home-main">
          {home.lead && <ArticleCard card={home.lead} variant="lead" headingLevel={2} showSection showExcerpt priority />}
          {home.top.length > 0 && (
            <section className="top-stories" aria-label="أبرز الأخبار">
              {home.top.map((c) => (
                <ArticleCard key={c.id} card={c} variant="picture" showSection sizes="(min-width: 60rem) 16rem, (min-width: 40rem) 33vw, 7rem" />
              ))}
            </section>
          )}
        </div>
        <div className="home-side">
          <SideList id="latest-title" title="يحدث الآن" items={latest} />
          <SideList id="most-read-title" title="الأكثر قراءة" items={mostRead} ranked />
        </div>
      </div>
      <div className="section-blocks">
        {home.blocks.map((b) => (
          <section key={b.section.slug} aria-labelledby={`block-${b.section.slug}`}>
            <h2 className="block-title" id={`block-${b.section.slug}`}>
              <Link href={sectionPath(b.section.slug)}>{b.section.name}</Link>
              <Link className="more" href={sectionPath(b.section.slug)}>
                المزيد
              </Link>
            </h2>
            {b.items.map((c, i) => (
              <ArticleCard key={c.id} card={c} variant={i === 0 ? "picture" : "text"} />
            ))}
          </section>
        ))}
      </div>
    </>
  );
}
