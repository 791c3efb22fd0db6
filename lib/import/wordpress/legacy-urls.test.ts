import { describe, expect, it } from "vitest";
import { looksLikeWordPress, parseUnknownPath, parseWordPressPath } from "./legacy-urls";

const slug = "موازنة-2025";
const enc = encodeURIComponent(slug);

describe("parseWordPressPath", () => {
  it.each([
    ["/", "?p=900101", { kind: "post-id", id: 900101 }],
    ["/", "?page_id=12", { kind: "post-id", id: 12 }],
    ["/", "?p=abc", null],
    ["/", "", null],
    ["/archives/900101", "", { kind: "post-id", id: 900101 }],
    ["/archives/900101/", "", { kind: "post-id", id: 900101 }],
    [`/2024/08/04/${enc}/`, "", { kind: "post-slug", slug }],
    [`/2024/08/04/${slug}`, "", { kind: "post-slug", slug }],
    [`/2024/08/${enc}`, "", { kind: "post-slug", slug }],
    [`/2024/08/04/${enc}/2/`, "", { kind: "post-slug", slug }],
    ["/2024/08/04/", "", null],
    ["/category/economy/", "", { kind: "category", slug: "economy", feed: false }],
    [`/category/${encodeURIComponent("شؤون")}/baghdad`, "", { kind: "category", slug: "baghdad", feed: false }],
    ["/category/economy/feed/", "", { kind: "category", slug: "economy", feed: true }],
    ["/tag/oil/feed/", "", { kind: "tag-feed", slug: "oil" }],
    ["/author/samir.k/feed", "", { kind: "author-feed", slug: "samir.k" }],
    ["/feed/", "", { kind: "site-feed" }],
    ["/feed", "", { kind: "site-feed" }],
    ["/wp-content/uploads/2024/08/p-300x200.jpg", "", { kind: "upload", path: "2024/08/p-300x200.jpg" }],
  ])("%s%s", (p, q, want) => {
    expect(parseWordPressPath(p, q)).toEqual(want);
  });
});

describe("parseUnknownPath", () => {
  it("reads /<id>, /<postname>/ and /<category>/<postname>/", () => {
    expect(parseUnknownPath(["410630"])).toEqual({ kind: "post-id", id: 410630 });
    expect(parseUnknownPath([enc])).toEqual({ kind: "post-slug", slug });
    expect(parseUnknownPath(["economy", enc])).toEqual({ kind: "post-slug", slug });
  });
});

describe("looksLikeWordPress", () => {
  it("sends only WordPress forms to the lookup", () => {
    expect(looksLikeWordPress("/", "?p=1")).toBe(true);
    expect(looksLikeWordPress("/", "?utm_source=x")).toBe(false);
    expect(looksLikeWordPress("/category/x/", "")).toBe(true);
    expect(looksLikeWordPress("/2024/08/04/x/", "")).toBe(true);
    expect(looksLikeWordPress("/wp-content/uploads/a.jpg", "")).toBe(true);
    expect(looksLikeWordPress("/feed/", "")).toBe(true);
    expect(looksLikeWordPress("/author/samir/feed/", "")).toBe(true);
    // Midad's own addresses are left alone.
    expect(looksLikeWordPress("/feed.xml", "")).toBe(false);
    expect(looksLikeWordPress("/author/samir/feed.xml", "")).toBe(false);
    expect(looksLikeWordPress("/section/economy", "")).toBe(false);
    expect(looksLikeWordPress("/410630/x", "")).toBe(false);
    expect(looksLikeWordPress("/tag/x", "")).toBe(false);
  });
});
