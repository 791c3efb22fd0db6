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
  it("keeps tables (rows, header and data cells, colspan/rowspan) and drops their other attributes and parts", () => {
    const html = `<table style="min-width: 75px" class="x" border="1"><colgroup><col style="min-width: 25px"></colgroup><caption>c</caption><thead><tr><th colspan="1" rowspan="1" style="width:9px"><p>المحافظة</p></th><th><p>المقاعد</p></th></tr></thead><tbody><tr><td colspan="2" onclick="x()" width="9"><p>بغداد</p></td></tr><tr><td rowspan="2"><p>أ</p></td><td colspan="abc">ب</td></tr></tbody></table>`;
    expect(sanitizeBody(html)).toBe(
      `<table><thead><tr><th><p>المحافظة</p></th><th><p>المقاعد</p></th></tr></thead><tbody><tr><td colspan="2"><p>بغداد</p></td></tr><tr><td rowspan="2"><p>أ</p></td><td>ب</td></tr></tbody></table>`,
    );
  });
});

describe("htmlToText", () => {
  it("reads a table row by row, cells separated, so word diffs stay readable", () => {
    expect(htmlToText("<p>قبل</p><table><tbody><tr><th><p>المحافظة</p></th><th><p>المقاعد</p></th></tr><tr><td><p>بغداد</p></td><td><p>69</p></td></tr></tbody></table><p>بعد</p>")).toBe(
      "قبل\n\nالمحافظة | المقاعد\nبغداد | 69\n\nبعد",
    );
  });
  it("separates paragraphs and decodes entities", () => {
    expect(htmlToText("<p>الأول &amp; الثاني</p><p>الثالث</p>")).toBe("الأول & الثاني\n\nالثالث");
  });
});
