import type { Metadata } from "next";
import type { ArticleView } from "@/lib/articles/queries";
import { articlePath } from "@/lib/articles/urls";
import { mediaUrl } from "@/lib/media/url";

export function articleMetadata(a: ArticleView): Metadata {
  const description = a.seoDescription ?? a.excerpt ?? undefined;
  return {
    title: a.seoTitle ?? a.title,
    description,
    alternates: { canonical: articlePath(a) },
    openGraph: {
      type: "article",
      title: a.seoTitle ?? a.title,
      description,
      url: articlePath(a),
      locale: "ar_IQ",
      publishedTime: a.publishedAt,
      modifiedTime: a.contentUpdatedAt ?? a.publishedAt,
      section: a.section.name,
      tags: a.tags.map((t) => t.name),
      images: a.image ? [{ url: mediaUrl(a.image.path), width: a.image.width, height: a.image.height, alt: a.image.alt }] : undefined,
    },
    twitter: { card: a.image ? "summary_large_image" : "summary" },
  };
}
