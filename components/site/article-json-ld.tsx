import type { ArticleView } from "@/lib/articles/queries";
import { env } from "@/lib/env";
import { LOGO } from "@/lib/seo/site";
import { breadcrumbLd, newsArticleLd } from "@/lib/seo/structured-data";
import { JsonLd } from "./json-ld";

/** NewsArticle and BreadcrumbList for an article page. */
export function ArticleJsonLd({ article, siteName }: { article: ArticleView; siteName: string }) {
  const site = { name: siteName, url: env.SITE_URL, logo: LOGO };
  return (
    <>
      <JsonLd data={newsArticleLd(article, site)} />
      <JsonLd data={breadcrumbLd(article, site)} />
    </>
  );
}
