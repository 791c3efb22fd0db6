import type { Metadata } from "next";
import type { ArticleView } from "@/lib/articles/queries";
import { articlePath, sectionPath } from "@/lib/articles/urls";
import { cropUrl } from "@/lib/media/url";
import { absoluteUrl, alternatesWithFeeds } from "./site";

export function articleMetadata(a: ArticleView, siteName: string): Metadata {
  const title = a.seoTitle ?? a.title;
  const description = a.seoDescription ?? a.excerpt ?? undefined;
  const url = absoluteUrl(articlePath(a));
  // The share picture: 1200×630 around the focal point, JPEG (decision 185), so a face is not cut off in a feed.
  const image = a.image ? { url: absoluteUrl(cropUrl(a.image.path, "og", a.image)), width: 1200, height: 630, alt: a.image.alt || a.title } : null;
  return {
    title,
    description,
    alternates: alternatesWithFeeds(siteName, url, [{ url: `${sectionPath(a.section.slug)}/feed.xml`, title: `${siteName} — ${a.section.name}` }]),
    authors: a.authors.map((au) => ({ name: au.name, url: absoluteUrl(`/author/${encodeURIComponent(au.slug)}`) })),
    openGraph: {
      type: "article",
      siteName,
      title,
      description,
      url,
      locale: "ar_IQ",
      publishedTime: a.publishedAt,
      modifiedTime: a.contentUpdatedAt ?? a.publishedAt,
      section: a.section.name,
      tags: a.tags.map((t) => t.name),
      authors: a.authors.map((au) => absoluteUrl(`/author/${encodeURIComponent(au.slug)}`)),
      images: image ? [image] : undefined,
    },
    twitter: {
      card: image ? "summary_large_image" : "summary",
      title,
      description,
      images: image ? [{ url: image.url, alt: image.alt }] : undefined,
    },
  };
}
