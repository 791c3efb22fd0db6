import { describe, expect, it } from "vitest";
import { htmlToText, sanitizeBody } from "./sanitize";

describe("sanitizeBody", () => {
  it("drops scripts, event handlers, styles and javascript: links", () => {
    const out = sanitizeBody(`<p style="color:red" onclick="x()">نص <script>alert(1)</script><a href="javascript:alert(1)">رابط</a></p><img src="x" onerror="alert(1)">`);
    expect(out).not.toMatch(/script|onclick|onerror|style|javascript/);
    expect(out).toContain("<p>نص <a>رابط</a></p>");
  });
  it("keeps the allowed structure (headings, quotes, lists, links, figures)", () => {
    const html = `<h2>عنوان</h2><blockquote><p>«اقتباس»</p></blockquote><ul><li>أ</li></ul><p><a href="https://example.com">ر</a></p><figure><img src="/media/a.jpg" alt="صورة"><figcaption>تعليق</figcaption></figure>`;
    const out = sanitizeBody(html);
    expect(out).toContain("<h2>عنوان</h2>");
    expect(out).toContain("<blockquote><p>«اقتباس»</p></blockquote>");
    expect(out).toContain('<a href="https://example.com" rel="noopener noreferrer">ر</a>');
    expect(out).toContain('<img src="/media/a.jpg" alt="صورة" />');
  });
  it("strips Word/Docs styling spans but keeps the text", () => {
    expect(sanitizeBody(`<p class="MsoNormal"><span style="font-family:Arial">كلمة</span> <o:p></o:p></p>`)).toBe("<p>كلمة </p>");
  });
});

describe("htmlToText", () => {
  it("separates paragraphs and decodes entities", () => {
    expect(htmlToText("<p>الأول &amp; الثاني</p><p>الثالث</p>")).toBe("الأول & الثاني\n\nالثالث");
  });
});
