import type { Paged } from "@/lib/articles/queries";
import type { ArticleCard as Card } from "@/lib/articles/select";
import { getLatest } from "@/lib/articles/queries";
import { getMostRead } from "@/lib/articles/most-read";
import { ArticleCard } from "./article-card";
import { Pager } from "./pager";
import { SideList } from "./side-list";

/** A paginated list of pieces with the usual side column. */
export async function Listing({ header, list, basePath, showSection = true }: { header: React.ReactNode; list: Paged<Card>; basePath: string; showSection?: boolean }) {
  const [latest, mostRead] = await Promise.all([getLatest(10), getMostRead(5)]);
  return (
    <div className="listing">
      <div>
        {header}
        {list.items.length === 0 ? (
          <p>لا توجد مواد منشورة هنا بعد.</p>
        ) : (
          list.items.map((c, i) => <ArticleCard key={c.id} card={c} variant="row" headingLevel={2} showSection={showSection} showExcerpt priority={i === 0} />)
        )}
        <Pager basePath={basePath} page={list.page} pages={list.pages} />
      </div>
      <aside aria-label="المزيد من الأخبار" style={{ display: "grid", gap: "1.5rem", alignContent: "start" }}>
        <SideList id="latest-title" title="يحدث الآن" items={latest} />
        <SideList id="most-read-title" title="الأكثر قراءة" items={mostRead} ranked />
      </aside>
    </div>
  );
}
