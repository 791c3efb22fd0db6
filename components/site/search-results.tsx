import Link from "next/link";
import { articlePath, sectionPath } from "@/lib/articles/urls";
import { formatArabicDateTime } from "@/lib/dates/format";
import { highlight } from "@/lib/search/highlight";
import type { TermGroup } from "@/lib/search/query";
import type { SearchHit } from "@/lib/search/search";
import { Bylines } from "./bylines";
import { Highlighted } from "./highlighted";

/**
 * Search hits: section, title with the matched words marked, and the passage of the body
 * where they matched (or the excerpt, when only the title or tags matched; matching tags are
 * then named, so every hit shows why it was found).
 */
export function SearchResults({ items, groups }: { items: SearchHit[]; groups: TermGroup[] }) {
  return (
    <ol className="search-results">
      {items.map((c) => (
        <li key={c.id} className="card">
          <Link className="card-section" href={sectionPath(c.section.slug)}>
            {c.section.name}
          </Link>
          <h2>
            <Link href={articlePath(c)}>
              <Highlighted segments={highlight(c.title, groups)} />
            </Link>
          </h2>
          <div className="card-meta">
            <Bylines authors={c.authors} dateline={c.dateline} />
            <time dateTime={c.publishedAt}>{formatArabicDateTime(new Date(c.publishedAt))}</time>
          </div>
          {c.matchedTags.length > 0 && !c.snippet && (
            <p className="search-tags">
              {c.matchedTags.length > 1 ? "الوسوم: " : "الوسم: "}
              {c.matchedTags.map((t, i) => (
                <span key={t}>
                  {i > 0 ? "، " : ""}
                  <Highlighted segments={highlight(t, groups)} />
                </span>
              ))}
            </p>
          )}
          {c.snippet ? (
            <p className="card-excerpt search-snippet">
              <Highlighted segments={c.snippet} />
            </p>
          ) : (
            c.excerpt && (
              <p className="card-excerpt">
                <Highlighted segments={highlight(c.excerpt, groups)} />
              </p>
            )
          )}
        </li>
      ))}
    </ol>
  );
}
