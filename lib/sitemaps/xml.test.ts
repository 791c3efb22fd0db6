import { XMLParser } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { newsUrlSet, sitemapIndex, urlSet } from "./xml";

const parse = (xml: string) => new XMLParser({ ignoreAttributes: false }).parse(xml);

describe("sitemaps", () => {
  it("lists URLs with Baghdad-time lastmod and escapes &", () => {
    const doc = parse(urlSet([{ loc: "https://x.example/a?b=1&c=2", lastmod: new Date("2024-07-31T21:22:00Z") }]));
    expect(doc.urlset.url.loc).toBe("https://x.example/a?b=1&c=2");
    expect(doc.urlset.url.lastmod).toBe("2024-08-01T00:22:00+03:00");
  });
  it("builds a sitemap index", () => {
    const doc = parse(sitemapIndex([{ loc: "https://x.example/sitemaps/pages.xml" }, { loc: "https://x.example/sitemaps/articles-1.xml" }]));
    expect(doc.sitemapindex.sitemap).toHaveLength(2);
  });
  it("builds a Google News sitemap with the publication, language and an escaped title", () => {
    const doc = parse(newsUrlSet("المدى", [{ loc: "https://x.example/1/a", title: 'لـ"العفو" & <الأمن>', publishedAt: new Date("2026-11-29T07:00:00Z") }]));
    const news = doc.urlset.url["news:news"];
    expect(news["news:publication"]["news:name"]).toBe("المدى");
    expect(news["news:publication"]["news:language"]).toBe("ar");
    expect(news["news:publication_date"]).toBe("2026-11-29T10:00:00+03:00");
    expect(news["news:title"]).toBe('لـ"العفو" & <الأمن>');
  });
});
