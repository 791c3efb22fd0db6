import type { ArticleView } from "@/lib/articles/queries";
import { articlePath } from "@/lib/articles/urls";
import { isoWithBaghdadOffset } from "@/lib/dates/format";
import { newsArticleLd } from "@/lib/seo/structured-data";
import type { PublicLiveCoverage } from "./queries";
import { updateAnchor } from "./rules";

// While a piece is live its JSON-LD is a LiveBlogPosting instead of a NewsArticle (decision
// 193): schema.org's type for rolling coverage (a subtype of Article through BlogPosting), the
// one Google reads for the «LIVE» label in Top stories, with the same article properties plus
// coverageStartTime and the latest updates as liveBlogUpdate. One article entity per page: a
// second NewsArticle for the same URL would describe the page twice. After the coverage ends
// the piece is an ordinary article again and carries NewsArticle.

/** Updates listed in the JSON-LD: the newest ones (the page itself shows all). */
export const LD_UPDATES = 50;

type Site = Parameters<typeof newsArticleLd>[1];

export function liveBlogPostingLd(a: ArticleView, coverage: PublicLiveCoverage, site: Site, corrections: Parameters<typeof newsArticleLd>[2] = []) {
  const base = newsArticleLd(a, site, corrections);
  const url = new URL(articlePath(a), site.url).toString();
  const latest = coverage.updates[0];
  return {
    ...base,
    "@type": "LiveBlogPosting",
    dateModified: latest && new Date(latest.updatedAt) > new Date(base.dateModified) ? isoWithBaghdadOffset(new Date(latest.updatedAt)) : base.dateModified,
    coverageStartTime: isoWithBaghdadOffset(new Date(coverage.startedAt ?? a.publishedAt)),
    ...(coverage.status === "ended" && coverage.endedAt ? { coverageEndTime: isoWithBaghdadOffset(new Date(coverage.endedAt)) } : {}),
    liveBlogUpdate: coverage.updates.slice(0, LD_UPDATES).map((u) => ({
      "@type": "BlogPosting",
      headline: u.keyLabel.slice(0, 110),
      articleBody: u.text || undefined,
      datePublished: isoWithBaghdadOffset(new Date(u.createdAt)),
      dateModified: isoWithBaghdadOffset(new Date(u.updatedAt)),
      url: `${url}#${updateAnchor(u.id)}`,
      ...(u.authorName ? { author: { "@type": "Person", name: u.authorName } } : {}),
    })),
  };
}
