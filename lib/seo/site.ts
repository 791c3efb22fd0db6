import type { Metadata } from "next";
import { env } from "@/lib/env";

/** Absolute URL on this site (structured data, feeds and social cards need them). */
export const absoluteUrl = (path: string) => new URL(path, env.SITE_URL).toString();

export const LOGO = { path: "/logo.png", width: 512, height: 512 };

type Feed = { url: string; title: string };

/**
 * metadata.alternates with the RSS feeds a page advertises. Next merges metadata
 * shallowly, so a page that sets `alternates` (canonical) must repeat the feeds.
 */
export function alternatesWithFeeds(siteName: string, canonical: string | undefined, extra: Feed[] = []): Metadata["alternates"] {
  return {
    ...(canonical ? { canonical } : {}),
    types: { "application/rss+xml": [{ url: "/feed.xml", title: siteName }, ...extra] },
  };
}
