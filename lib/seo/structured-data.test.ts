import { describe, expect, it } from "vitest";
import type { ArticleView } from "@/lib/articles/queries";
import { breadcrumbLd, jsonLdString, newsArticleLd, websiteLd } from "./structured-data";

const site = { name: "المدى", url: "https://midad.example", logo: { path: "/logo.png", width: 512, height: 512 } };
const article: ArticleView = {
  id: 7,
  slug: "خبر",
  title: "خبر </script> «مهم»",
  kicker: null,
  excerpt: "ملخص",
  dateline: null,
  breaking: false,
  publishedAt: "2024-07-31T21:22:00.000Z",
  section: { slug: "politics", name: "سياسية" },
  authors: [{ slug: "tamim", name: "تميم الحسن", columnName: null }],
  image: { path: "demo/a.jpg", width: 1200, height: 800, alt: "", focalX: 0.5, focalY: 0.5, caption: null, credit: null },
  bodyHtml: "",
  imageCaption: null,
  seoTitle: null,
  seoDescription: null,
  contentUpdatedAt: "2024-08-01T09:00:00.000Z",
  commentsOpen: true,
  commentPolicy: null,
  sectionId: 1,
  tags: [],
  supplement: null,
};

describe("structured data", () => {
  it("describes a NewsArticle with Baghdad-offset dates, people, publisher and image", () => {
    const ld = newsArticleLd(article, site);
    expect(ld.datePublished).toBe("2024-08-01T00:22:00+03:00");
    expect(ld.dateModified).toBe("2024-08-01T12:00:00+03:00");
    expect(ld.author[0]).toEqual({ "@type": "Person", name: "تميم الحسن", url: "https://midad.example/author/tamim" });
    expect(ld.publisher.logo.url).toBe("https://midad.example/logo.png");
    expect(ld.image?.[0]?.url).toBe("https://midad.example/media/demo/a.jpg");
    expect(ld.mainEntityOfPage["@id"]).toBe(`https://midad.example/7/${encodeURIComponent("خبر")}`);
    expect(ld.inLanguage).toBe("ar");
  });
  it("lists the breadcrumb trail and the site search", () => {
    expect(breadcrumbLd(article, site).itemListElement.map((i) => i.position)).toEqual([1, 2, 3]);
    expect(websiteLd({ ...site, description: "" }).potentialAction.target.urlTemplate).toBe("https://midad.example/search?q={search_term_string}");
  });
  it("escapes < so the JSON cannot close its script element", () => {
    const s = jsonLdString(newsArticleLd(article, site));
    expect(s).not.toContain("<");
    expect(JSON.parse(s).headline).toBe(article.title);
  });
});
