import { describe, expect, it } from "vitest";
// @ts-expect-error plain ES module without types (serve.mjs loads it before any build step)
import { ALL_KEY, linkedPieceKeys, mediaKey, purgeKeysFor, SCOPE_OWN_PAGE, SCOPE_PIECES, surrogateKeys } from "./cluster-bus.mjs";
import { tags } from "@/lib/cache/tags";

// Decision 101: which pages Varnish drops after a change. Too few and readers see old pages
// for up to a page's max-age; too many and every save empties the cache of the whole site.

describe("surrogate keys of reader pages", () => {
  it("names a piece's own pages, a list's object, home and feeds", () => {
    expect(surrogateKeys("/4106/some-slug")).toBe("all article:4106 page:4106");
    expect(surrogateKeys("/comments/4106")).toBe("all article:4106 page:4106");
    expect(surrogateKeys("/")).toBe("all home");
    // Arabic slugs go into the header percent-encoded (headers take Latin-1 only), one form however the request wrote them.
    expect(surrogateKeys("/section/%D8%B3%D9%8A%D8%A7%D8%B3%D8%A9")).toBe("all section:%D8%B3%D9%8A%D8%A7%D8%B3%D8%A9");
    expect(surrogateKeys("/tag/%d8%b3%d9%8a%d8%a7%d8%b3%d8%a9")).toBe("all tag:%D8%B3%D9%8A%D8%A7%D8%B3%D8%A9");
    expect(surrogateKeys("/tag/a b,c")).toBe("all tag:a%20b%2Cc");
    expect(surrogateKeys("/section/economy/feed.xml")).toBe("all section:economy feeds");
  });

  it("keys a page by every piece it links to, once each, and ignores other links", () => {
    const html = `<a href="/12/a">أ</a><a href="/12/a#c">أ</a><a href="/345/ب?x=1">ب</a><a href="/7">ج</a>
      <a href="/section/12">قسم</a><a href="https://other.example/99/x">خارج</a><img src="/88/x.jpg"><a href="/2026-budget">وسم</a>`;
    expect(linkedPieceKeys(html).split(" ").sort()).toEqual(["article:12", "article:345", "article:7"]);
    expect(linkedPieceKeys("<p>بلا روابط</p>")).toBe("");
  });

  it("keys at most 400 linked pieces", () => {
    const html = Array.from({ length: 1000 }, (_, i) => `<a href="/${i + 1}/x">${i}</a>`).join("");
    expect(linkedPieceKeys(html).split(" ")).toHaveLength(400);
  });
});

describe("what a change purges", () => {
  it("uses the same marker names as the app's cache tags", () => {
    expect([SCOPE_PIECES, SCOPE_OWN_PAGE]).toEqual([tags.scope.pieces, tags.scope.ownPage]);
  });

  it("a comment purges only the piece's own pages", () => {
    expect(purgeKeysFor([tags.scope.ownPage, tags.comments(9), tags.article(9)])).toEqual(["page:9"]);
  });

  it("an edit that changes no list purges the pages linking to the piece and the feeds", () => {
    const edit = [tags.scope.pieces, tags.article(9), tags.home, tags.latest, tags.feeds, tags.mostRead, tags.section("economy"), tags.tag("نفط")];
    expect(purgeKeysFor(edit)).toEqual(["article:9", "feeds"]);
  });

  it("a publication, or any change to a list or a name, purges everything", () => {
    expect(purgeKeysFor([tags.article(9), tags.home, tags.latest, tags.section("economy")])).toEqual([ALL_KEY]);
    expect(purgeKeysFor([tags.names])).toEqual([ALL_KEY]);
    expect(purgeKeysFor([tags.settings])).toEqual([ALL_KEY]);
    expect(purgeKeysFor([])).toEqual([ALL_KEY]);
  });

  it("a correction purges the pages linking to the piece, the feeds and /corrections only", () => {
    expect(surrogateKeys("/corrections/page/2")).toBe("all corrections");
    expect(purgeKeysFor([tags.corrections])).toEqual(["corrections"]);
    expect(purgeKeysFor([tags.scope.pieces, tags.article(5), tags.home, tags.corrections])).toEqual(["article:5", "feeds", "corrections"]);
  });

  it("a new front-page arrangement purges the home page (and the API's home) alone", () => {
    expect(purgeKeysFor([tags.home])).toEqual(["home"]);
    expect(purgeKeysFor([tags.home, tags.latest])).toEqual([ALL_KEY]);
  });

  it("a deleted picture purges its own key, every size and crop of it, and nothing else", () => {
    expect(mediaKey("/media/2026/12/abc.jpg")).toBe("media:2026%2F12%2Fabc.jpg");
    expect(purgeKeysFor([tags.media("2026/12/abc.jpg")])).toEqual(["media:2026%2F12%2Fabc.jpg"]);
  });

  it("a change naming pieces only purges where they are shown", () => {
    expect(purgeKeysFor([tags.article(3), tags.article(4)])).toEqual(["article:3", "article:4"]);
  });
});
