import { XMLParser } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { renderRss } from "./rss";

const channel = { siteName: "المدى", siteUrl: "https://midad.example", title: "المدى & «شركاه»", description: 'جريدة "يومية"', path: "/", feedPath: "/feed.xml" };
const entry = {
  id: 410630,
  slug: "صراعات-المنطقة",
  title: 'القصة الكاملة لـ"العفو العام" & «ما بعده» <عاجل>',
  excerpt: "رأى عضو الإطار التنسيقي ]]> أن «الملف» & غيره",
  publishedAt: "2024-07-31T21:22:00.000Z",
  updatedAt: "2024-08-01T09:00:00.000Z",
  section: { slug: "politics", name: "سياسية" },
  authors: [{ slug: "tamim-al-hassan", name: "تميم الحسن" }],
  image: { path: "demo/photo 1.jpg", mime: "image/jpeg", bytes: 12345 },
};

describe("RSS feeds", () => {
  const xml = renderRss(channel, [entry]);
  const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@" }).parse(xml);
  const item = doc.rss.channel.item;

  it("is well-formed RSS 2.0 and keeps Arabic, «», & and quotes intact", () => {
    expect(doc.rss["@version"]).toBe("2.0");
    expect(doc.rss.channel.title).toBe("المدى & «شركاه»");
    expect(item.title).toBe(entry.title);
    expect(item.description).toBe(entry.excerpt);
  });
  it("gives each piece a stable guid, its canonical link and its dates", () => {
    expect(item.guid["#text"]).toBe("midad:article:410630");
    expect(item.guid["@isPermaLink"]).toBe("false");
    expect(item.link).toBe(`https://midad.example/410630/${encodeURIComponent("صراعات-المنطقة")}`);
    expect(new Date(item.pubDate).toISOString()).toBe(entry.publishedAt);
  });
  it("names the author and the section, and encloses the picture with its size and type", () => {
    expect(item.author).toBe("تميم الحسن");
    expect(item.category["#text"]).toBe("سياسية");
    expect(item.enclosure["@url"]).toBe("https://midad.example/media/demo/photo%201.jpg");
    expect(item.enclosure["@length"]).toBe("12345");
    expect(item.enclosure["@type"]).toBe("image/jpeg");
  });
});
