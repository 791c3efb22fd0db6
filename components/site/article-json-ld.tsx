import type { ArticleView } from "@/lib/articles/queries";
import type { ReaderCorrection } from "@/lib/corrections/rules";
import { env } from "@/lib/env";
import { LOGO } from "@/lib/seo/site";
import { liveBlogPostingLd } from "@/lib/live/json-ld";
import type { PublicLiveCoverage } from "@/lib/live/queries";
import { breadcrumbLd, newsArticleLd } from "@/lib/seo/structured-data";
import { JsonLd } from "./json-ld";

/** NewsArticle (LiveBlogPosting while live, decision 193) and BreadcrumbList for an article page. */
export function ArticleJsonLd({ article, siteName, live = null, corrections = [] }: { article: ArticleView; siteName: string; live?: PublicLiveCoverage | null; corrections?: ReaderCorrection[] }) {
  const site = { name: siteName, url: env.SITE_URL, logo: LOGO };
  return (
    <>
      <JsonLd data={live?.status === "live" ? liveBlogPostingLd(article, live, site, corrections) : newsArticleLd(article, site, corrections)} />
      <JsonLd data={breadcrumbLd(article, site)} />
    </>
  );
}
