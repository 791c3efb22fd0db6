// Sitemap XML (sitemaps.org 0.9 and Google News 0.9), built as strings: small and exact.
import { isoWithBaghdadOffset } from "@/lib/dates/format";

/** The protocol limit per file; our article chunks (lib/sitemaps/queries.ts) stay far below. */
export const SITEMAP_MAX_URLS = 50_000;

export function escapeXml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;");
}

const HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n';

export function sitemapIndex(entries: { loc: string; lastmod?: Date }[]): string {
  const body = entries
    .map((e) => `  <sitemap><loc>${escapeXml(e.loc)}</loc>${e.lastmod ? `<lastmod>${isoWithBaghdadOffset(e.lastmod)}</lastmod>` : ""}</sitemap>`)
    .join("\n");
  return `${HEAD}<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${body}\n</sitemapindex>\n`;
}

export function urlSet(entries: { loc: string; lastmod?: Date }[]): string {
  const body = entries
    .map((e) => `  <url><loc>${escapeXml(e.loc)}</loc>${e.lastmod ? `<lastmod>${isoWithBaghdadOffset(e.lastmod)}</lastmod>` : ""}</url>`)
    .join("\n");
  return `${HEAD}<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${body}\n</urlset>\n`;
}

export type NewsEntry = { loc: string; title: string; publishedAt: Date };

export function newsUrlSet(publicationName: string, entries: NewsEntry[]): string {
  const name = escapeXml(publicationName);
  const body = entries
    .map(
      (e) => `  <url>
    <loc>${escapeXml(e.loc)}</loc>
    <news:news>
      <news:publication><news:name>${name}</news:name><news:language>ar</news:language></news:publication>
      <news:publication_date>${isoWithBaghdadOffset(e.publishedAt)}</news:publication_date>
      <news:title>${escapeXml(e.title)}</news:title>
    </news:news>
  </url>`,
    )
    .join("\n");
  return `${HEAD}<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">\n${body}\n</urlset>\n`;
}

export function xmlResponse(xml: string, maxAge = 300): Response {
  return new Response(xml, { headers: { "content-type": "application/xml; charset=utf-8", "cache-control": `public, max-age=${maxAge}` } });
}
