// @vitest-environment happy-dom
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { cleanPastedHtml, withoutEventHandlers } from "./clean-pasted-html";

const fixture = (name: string) => readFileSync(path.join(import.meta.dirname, "fixtures", name), "utf8");

describe("cleanPastedHtml: Word for Windows, an Arabic document", () => {
  const out = cleanPastedHtml(fixture("word-windows-arabic.html"));

  it("turns list paragraphs into real lists, nested where Word has levels, without the bullet text", () => {
    expect(out).toContain(
      "<ul><li><p>فرز الأصوات اكتمل في ثماني عشرة محافظة</p><ul><li><p>باستثناء مراكز الاقتراع الخاص</p></li></ul></li><li><p>الطعون تُقبل خلال ثلاثة أيام</p></li></ul>",
    );
    expect(out).toContain("<ol><li><p>تدقيق النتائج</p></li><li><p>المصادقة النهائية</p></li></ol>");
    expect(out).not.toMatch(/·|>o<|1\.|2\./);
  });

  it("moves headings one level down (the title is the page's h1)", () => {
    expect(out).toContain("<h2>نتائج الانتخابات المحلية في المحافظات</h2>");
    expect(out).toContain("<h3>أبرز ما جاء في الإعلان</h3>");
    expect(out).toContain("<h4>الأرقام بالتفصيل</h4>");
    expect(out).not.toContain("<h1");
  });

  it("keeps the table's cells, a bold first row as header cells, and colspan", () => {
    expect(out).toContain("<table><tbody><tr><th><p>المحافظة</p></th><th><p>المقاعد</p></th>");
    expect(out).toContain("<tr><td><p>بغداد</p></td><td><p>69</p></td><td><p>38%</p></td>");
    expect(out).toContain('<td colspan="3"><p>لم تُعلن بعد</p></td>');
    expect(out).not.toMatch(/width|valign|MsoTableGrid|<div/);
  });

  it("keeps bold, italic and links and drops Word's comments, styles, o:p and local images", () => {
    expect(out).toContain("<strong>النتائج الأولية</strong>");
    expect(out).toContain("<em>واحداً وأربعين بالمئة</em>");
    expect(out).toContain('<a href="https://example.com/report">التقرير الرسمي</a>.');
    expect(out).not.toMatch(/تحقق من الرقم|م\.ع1|msocom|o:p|mso-|style=|class=|dir=|lang=|file:|<img|<span|_Toc|@font-face|<!--/);
  });

  it("drops Word's empty spacing paragraphs", () => {
    expect(out).not.toMatch(/<p>(\s|&nbsp;)*<\/p>/);
  });
});

describe("cleanPastedHtml: Google Docs, an Arabic document", () => {
  const out = cleanPastedHtml(fixture("google-docs-arabic.html"));

  it("unwraps the docs-internal-guid bold wrapper and maps weight/italic styles to emphasis", () => {
    expect(out.startsWith("<h2>موازنة العام المقبل أمام البرلمان</h2><p>قدّمت الحكومة <strong>مشروع الموازنة</strong> إلى البرلمان")).toBe(true);
    expect(out).toContain("<em>الأكبر في تاريخ البلاد</em>");
    expect(out).toContain('<a href="https://example.com/budget">بيان وزارة المالية</a>');
    expect(out).not.toMatch(/docs-internal-guid|<b[ >]|style=|dir=|role=|aria-level|<br/);
  });

  it("nests Docs' sibling sub-lists inside the item before them", () => {
    expect(out).toContain("<ul><li><p>الرواتب والأجور</p><ul><li><p>ومنها رواتب المتقاعدين</p></li></ul></li><li><p>المشاريع الاستثمارية</p></li></ul>");
    expect(out).toContain("<ol><li><p>القراءة الأولى</p></li><li><p>التصويت</p></li></ol>");
  });

  it("maps headings and keeps the table with a header row", () => {
    expect(out).toContain("<h3>أبواب الإنفاق</h3>");
    expect(out).toContain("<h4>التوزيع بالأرقام</h4>");
    expect(out).toContain("<table><tbody><tr><th><p>الباب</p></th>");
    expect(out).toContain("<tr><td><p>الرواتب</p></td><td><p>62</p></td>");
    expect(out).not.toMatch(/colgroup|<col/);
  });
});

describe("cleanPastedHtml: edge cases", () => {
  it("a bullet list followed at once by a numbered one gives two lists", () => {
    const item = (list: string, marker: string, text: string) =>
      `<p class=MsoListParagraph style='mso-list:${list} level1 lfo1'><span style='mso-list:Ignore'>${marker}&nbsp;</span>${text}</p>`;
    expect(cleanPastedHtml(item("l0", "·", "أ") + item("l1", "١.", "ب"))).toBe("<ul><li><p>أ</p></li></ul><ol><li><p>ب</p></li></ol>");
  });
  it("Word's Title style and MsoHeading classes are headings; a table without a bold first row has no header cells", () => {
    expect(cleanPastedHtml(`<p class=MsoTitle>عنوان</p><p class=MsoHeading3>فرعي</p>`)).toBe("<h2>عنوان</h2><h4>فرعي</h4>");
    expect(cleanPastedHtml(`<table><tr><td>أ</td><td><b>ب</b></td></tr><tr><td>ج</td><td>د</td></tr></table>`)).toBe(
      "<table><tbody><tr><td>أ</td><td><strong>ب</strong></td></tr><tr><td>ج</td><td>د</td></tr></tbody></table>",
    );
  });
  it("HTML copied from the editor itself is left alone (ProseMirror reads its slice attribute)", () => {
    const own = '<meta charset="utf-8"><ul data-pm-slice="3 3 []"><li><p>بند</p></li></ul>';
    expect(cleanPastedHtml(own)).toBe(own);
  });
  it("keeps web, mail and site links; bookmarks, local files and scripts lose the link, not the text", () => {
    expect(cleanPastedHtml(`<p><a href="https://a.example/x">أ</a> <a href="mailto:x@a.example">ب</a> <a href="/410630">ج</a></p>`)).toBe(
      `<p><a href="https://a.example/x">أ</a> <a href="mailto:x@a.example">ب</a> <a href="/410630">ج</a></p>`,
    );
    expect(cleanPastedHtml(`<p><a name="_Toc1">د</a><a href="#_Toc1">هـ</a><a href="file:///C:/x.docx">و</a><a href="javascript:alert(1)">ز</a><a href="//evil.example">ح</a></p>`)).toBe("<p>دهـوزح</p>");
  });
  it("plain HTML passes through unchanged", () => {
    expect(cleanPastedHtml("<p>نص <strong>عريض</strong></p>")).toBe("<p>نص <strong>عريض</strong></p>");
  });
});

describe("withoutEventHandlers", () => {
  it("removes every on… attribute from tags, however Word spreads them over lines, and nothing else", () => {
    const word = `<a style='mso-comment-reference:x'\nonmouseover="msoCommentShow('_anchor_1','_com_1')"\nonmouseout="msoCommentHide('_com_1')" href="#_msocom_1" language=JavaScript>[x]</a>`;
    expect(withoutEventHandlers(word)).toBe(`<a style='mso-comment-reference:x'\n\n href="#_msocom_1" language=JavaScript>[x]</a>`);
    expect(withoutEventHandlers(`<img src=a.png onerror=alert(1) ONLOAD='x()'>`)).toBe(`<img src=a.png  >`);
    // Text that mentions an attribute is text (clipboard HTML escapes "<").
    const text = `<p data-note="one">online=yes &lt;b onclick=x&gt; onion</p>`;
    expect(withoutEventHandlers(text)).toBe(text);
  });

  it("leaves nothing for a page's CSP to report in the Word fixture", () => {
    const cleaned = withoutEventHandlers(readFileSync(path.join(import.meta.dirname, "fixtures", "word-windows-arabic.html"), "utf8"));
    expect(cleaned).not.toMatch(/\son[a-z]+\s*=/i);
    expect(cleaned).toContain('href="#_msocom_1"'); // the anchor itself stays, for the clean-up to drop
  });
});
