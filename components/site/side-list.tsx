import Link from "next/link";
import type { ArticleCard } from "@/lib/articles/select";
import { articlePath } from "@/lib/articles/urls";
import { formatArabicDateTime } from "@/lib/dates/format";

/** A boxed list of headlines: "يحدث الآن" (with times) or "الأكثر قراءة" (ranked). */
export function SideList({ title, items, ranked = false, id }: { title: string; items: ArticleCard[]; ranked?: boolean; id: string }) {
  if (!items.length) return null;
  return (
    <section className="side-box" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <ol className={`side-list${ranked ? " ranked" : ""}`}>
        {items.map((a) => (
          <li key={a.id}>
            <div>
              <Link href={articlePath(a)}>{a.title}</Link>
              {!ranked && <time dateTime={a.publishedAt}>{formatArabicDateTime(new Date(a.publishedAt))}</time>}
            </div>
          </li>
        ))}
      </ol>
    </section>
  );
}
