import Link from "next/link";
import type { ArticleCard } from "@/lib/articles/select";
import { articlePath, sectionPath } from "@/lib/articles/urls";
import { formatArabicDateTime } from "@/lib/dates/format";
import { highlight } from "@/lib/search/highlight";
import { Bylines } from "./bylines";
import { Highlighted } from "./highlighted";

/** Search hits: section, title and excerpt with the matched words marked. */
export function SearchResults({ items, terms }: { items: ArticleCard[]; terms: string[] }) {
  return (
    <ol className="search-results">
      {items.map((c) => (
        <li key={c.id} className="card">
          <Link className="card-section" href={sectionPath(c.section.slug)}>
            {c.section.name}
          </Link>
          <h2>
            <Link href={articlePath(c)}>
              <Highlighted segments={highlight(c.title, terms)} />
            </Link>
          </h2>
          <div className="card-meta">
            <Bylines authors={c.authors} dateline={c.dateline} />
            <time dateTime={c.publishedAt}>{formatArabicDateTime(new Date(c.publishedAt))}</time>
          </div>
          {c.excerpt && (
            <p className="card-excerpt">
              <Highlighted segments={highlight(c.excerpt, terms)} />
            </p>
          )}
        </li>
      ))}
    </ol>
  );
}
