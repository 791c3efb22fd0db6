import type { ArticleView } from "@/lib/articles/queries";
import type { ReaderCorrection } from "@/lib/corrections/rules";
import { env } from "@/lib/env";
import { LOGO } from "@/lib/seo/site";
import { breadcrumbLd, newsArticleLd } from "@/lib/seo/structured-data";
import { JsonLd } from "./json-ld";

/** NewsArticle and BreadcrumbList for an article page. */
export function ArticleJsonLd({ article, siteName, corrections = [] }: { article: ArticleView; siteName: string; corrections?: ReaderCorrection[] }) {
  const site = { name: siteName, url: env.SITE_URL, logo: LOGO };
  return (
    <>
      <JsonLd data={newsArticleLd(article, site, corrections)} />
      <JsonLd data={breadcrumbLd(article, site)} />
    </>
  );
}
