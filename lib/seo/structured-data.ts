// schema.org JSON-LD for article pages (NewsArticle, BreadcrumbList) and the home page
// (WebSite with a SearchAction). Pure builders; components/site/json-ld.tsx renders them.
import type { ArticleView } from "@/lib/articles/queries";
import { articlePath, authorPath, sectionPath } from "@/lib/articles/urls";
import { isoWithBaghdadOffset } from "@/lib/dates/format";
import { creditLine } from "@/lib/media/credit";
import { mediaUrl } from "@/lib/media/url";

type Site = { name: string; url: string; logo: { path: string; width: number; height: number } };

const abs = (site: Site, path: string) => new URL(path, site.url).toString();

function organization(site: Site) {
  return {
    "@type": "NewsMediaOrganization",
    name: site.name,
    url: abs(site, "/"),
    logo: { "@type": "ImageObject", url: abs(site, site.logo.path), width: site.logo.width, height: site.logo.height },
  };
}

/** `corrections`: the notes readers see (schema.org CorrectionComment); they also moved dateModified. */
export function newsArticleLd(a: ArticleView, site: Site, corrections: { text: string; createdAt: string }[] = []) {
  const url = abs(site, articlePath(a));
  return {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    headline: a.title,
    description: a.seoDescription ?? a.excerpt ?? undefined,
    datePublished: isoWithBaghdadOffset(new Date(a.publishedAt)),
    dateModified: isoWithBaghdadOffset(new Date(a.contentUpdatedAt ?? a.publishedAt)),
    author: a.authors.length
      ? a.authors.map((au) => ({ "@type": "Person", name: au.name, url: abs(site, authorPath(au.slug)) }))
      : [organization(site)],
    publisher: organization(site),
    image: a.image
      ? [
          {
            "@type": "ImageObject",
            url: abs(site, mediaUrl(a.image.path)),
            width: a.image.width,
            height: a.image.height,
            caption: a.imageCaption ?? a.image.caption ?? undefined,
            creditText: creditLine(a.image.credit) ?? undefined,
          },
        ]
      : undefined,
    articleSection: a.section.name,
    keywords: a.tags.length ? a.tags.map((t) => t.name).join("، ") : undefined,
    inLanguage: "ar",
    isAccessibleForFree: true,
    mainEntityOfPage: { "@type": "WebPage", "@id": url },
    url,
    correction: corrections.length
      ? corrections.map((c) => ({ "@type": "CorrectionComment", text: c.text, datePublished: isoWithBaghdadOffset(new Date(c.createdAt)) }))
      : undefined,
  };
}

export function breadcrumbLd(a: ArticleView, site: Site) {
  const items = [
    { name: site.name, path: "/" },
    { name: a.section.name, path: sectionPath(a.section.slug) },
    { name: a.title, path: articlePath(a) },
  ];
  return {
    "@context": "https://schema.org",
    "@type": "BreadcrumbList",
    itemListElement: items.map((it, i) => ({ "@type": "ListItem", position: i + 1, name: it.name, item: abs(site, it.path) })),
  };
}

export function websiteLd(site: Site & { description: string }) {
  return {
    "@context": "https://schema.org",
    "@type": "WebSite",
    name: site.name,
    description: site.description,
    url: abs(site, "/"),
    inLanguage: "ar",
    publisher: organization(site),
    potentialAction: {
      "@type": "SearchAction",
      target: { "@type": "EntryPoint", urlTemplate: `${abs(site, "/search")}?q={search_term_string}` },
      "query-input": "required name=search_term_string",
    },
  };
}

/** JSON for a <script type="application/ld+json">: "<" escaped so text can never close the tag. */
export function jsonLdString(data: unknown): string {
  return JSON.stringify(data).replace(/</g, "\\u003c");
}
