import { describe, expect, it } from "vitest";
import { sanitizeBody } from "@/lib/articles/sanitize";
import { embedsIn } from "./markup";
import { withEmbedPlaceholders } from "./placeholder";

const YT = "https://www.youtube.com/watch?v=dQw4w9WgXcQ";

describe("the sanitizer and embeds", () => {
  it("keeps an embed figure in its one canonical form", () => {
    expect(sanitizeBody(`<figure data-embed="youtube" data-url="https://youtu.be/dQw4w9WgXcQ" data-title="خطاب الوزير"></figure>`)).toBe(
      `<figure data-embed="youtube" data-url="${YT}" data-title="خطاب الوزير"></figure>`,
    );
  });

  it("drops whatever an embed figure holds and any other attribute", () => {
    const out = sanitizeBody(
      `<figure data-embed="youtube" data-url="${YT}" class="x" style="color:red" onclick="alert(1)" data-frame="https://evil.example"><iframe src="https://evil.example"></iframe><img src="https://evil.example/p.png"><figure><img src="/a.jpg"></figure><p>نص</p></figure><p>بعده</p>`,
    );
    expect(out).toBe(`<figure data-embed="youtube" data-url="${YT}"></figure><p>بعده</p>`);
  });

  it("drops a figure that claims to be an embed of a URL its provider does not own", () => {
    expect(sanitizeBody(`<figure data-embed="youtube" data-url="https://evil.example/watch?v=dQw4w9WgXcQ"><p>x</p></figure><p>ب</p>`)).toBe("<p>ب</p>");
    expect(sanitizeBody(`<figure data-embed="vimeo" data-url="${YT}"></figure>`)).toBe("");
    expect(sanitizeBody(`<figure data-embed="iframe" data-url="${YT}"></figure>`)).toBe("");
    expect(sanitizeBody(`<figure data-embed="youtube" data-url="javascript:alert(1)"></figure>`)).toBe("");
  });

  it("keeps image figures, without stray data attributes", () => {
    expect(sanitizeBody(`<figure data-url="${YT}"><img src="/media/a.jpg" alt="أ"><figcaption>تعليق</figcaption></figure>`)).toBe(
      `<figure><img src="/media/a.jpg" alt="أ" /><figcaption>تعليق</figcaption></figure>`,
    );
  });

  it("escapes the title and bounds its length", () => {
    const out = sanitizeBody(`<figure data-embed="youtube" data-url="${YT}" data-title='"><script>alert(1)</script>${"ع".repeat(400)}'></figure>`);
    expect(out).not.toContain("<script");
    expect(embedsIn(out)[0]!.title!.length).toBe(200);
  });

  it("iframes and scripts never pass", () => {
    expect(sanitizeBody(`<iframe src="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"></iframe><script src="https://platform.twitter.com/widgets.js"></script><p>أ</p>`)).toBe("<p>أ</p>");
  });
});

describe("reader placeholders", () => {
  it("name the provider and the title, link to the content, and load nothing from the provider", () => {
    const html = withEmbedPlaceholders(sanitizeBody(`<p>قبل</p><figure data-embed="youtube" data-url="${YT}" data-title="خطاب"></figure>`));
    expect(html).toContain("يوتيوب");
    expect(html).toContain("خطاب");
    expect(html).toContain(`href="${YT.replace(/&/g, "&amp;")}"`);
    expect(html).toContain('data-frame="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1"');
    // No src anywhere: nothing is fetched until the reader asks.
    expect(html).not.toMatch(/\ssrc=/);
    expect(html).not.toMatch(/<(iframe|img|script)/);
  });
});
