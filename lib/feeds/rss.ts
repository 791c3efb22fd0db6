import { Feed } from "feed";
import { articlePath, authorPath, sectionPath } from "@/lib/articles/urls";
import { mediaUrl } from "@/lib/media/url";
import type { FeedEntry } from "./queries";

export type FeedChannel = { siteName: string; siteUrl: string; title: string; description: string; path: string; feedPath: string };

/** RSS 2.0 of pieces; the feed library escapes the text (CDATA) and attributes. */
export function renderRss(channel: FeedChannel, entries: FeedEntry[]): string {
  const abs = (p: string) => new URL(p, channel.siteUrl).toString();
  const feed = new Feed({
    id: abs(channel.path),
    title: channel.title,
    description: channel.description,
    link: abs(channel.path),
    language: "ar",
    image: abs("/logo.png"),
    favicon: abs("/logo.png"),
    copyright: `© ${channel.siteName}`,
    generator: "Midad",
    updated: entries[0] ? new Date(entries[0].updatedAt) : undefined,
    feedLinks: { rss: abs(channel.feedPath) },
    ttl: 15,
  });
  for (const e of entries) {
    feed.addItem({
      title: e.title,
      // Stable across slug and section changes; the link carries the current URL.
      guid: `midad:article:${e.id}`,
      link: abs(articlePath(e)),
      date: new Date(e.updatedAt),
      published: new Date(e.publishedAt),
      description: e.excerpt ?? undefined,
      author: e.authors.map((a) => ({ name: a.name, link: abs(authorPath(a.slug)) })),
      category: [{ name: e.section.name, domain: abs(sectionPath(e.section.slug)) }],
      enclosure: e.image ? { url: abs(mediaUrl(e.image.path)), length: e.image.bytes, type: e.image.mime } : undefined,
    });
  }
  return feed.rss2();
}

export function rssResponse(xml: string): Response {
  return new Response(xml, {
    headers: { "content-type": "application/rss+xml; charset=utf-8", "cache-control": "public, max-age=300, stale-while-revalidate=600" },
  });
}

export function xmlNotFound(): Response {
  return new Response("الخلاصة غير موجودة", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
}
