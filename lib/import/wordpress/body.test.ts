import { describe, expect, it } from "vitest";
import { convertBody, type BodyWarning } from "./body";

function convert(html: string, uploads: Record<string, string> = {}) {
  const warnings: BodyWarning[] = [];
  const out = convertBody(html, {
    uploadUrl: (p) => uploads[p] ?? null,
    attachment: (id) => (id === 501 ? { url: "/media/2026/12/a.jpg", alt: "قاعة" } : null),
    warn: (w) => warnings.push(w),
  });
  return { out, warnings };
}

describe("convertBody", () => {
  it("removes Gutenberg block comments and keeps their HTML", () => {
    const { out } = convert("<!-- wp:paragraph -->\n<p>نص <strong>مهم</strong></p>\n<!-- /wp:paragraph -->\n\n<!-- wp:heading {\"level\":3} -->\n<h3>عنوان</h3>\n<!-- /wp:heading -->");
    expect(out).toBe("<p>نص <strong>مهم</strong></p>\n<h3>عنوان</h3>");
  });

  it("turns [caption] into a figure with its caption, with the image from the imported media", () => {
    const { out } = convert(
      '[caption id="attachment_501" align="aligncenter" width="800"]<a href="https://old.example/wp-content/uploads/2024/08/p.jpg"><img class="wp-image-501" src="https://old.example/wp-content/uploads/2024/08/p-800x533.jpg" alt="قاعة" width="800" height="533" srcset="x 300w" /></a> نواب في القاعة[/caption]',
      { "2024/08/p-800x533.jpg": "/media/2026/12/a.jpg" },
    );
    expect(out).toBe('<figure><img src="/media/2026/12/a.jpg" alt="قاعة" width="800" height="533" /><figcaption>نواب في القاعة</figcaption></figure>');
  });

  it("turns [embed], wp:embed blocks and bare YouTube/X lines into links (Midad has no embeds yet)", () => {
    const { out } = convert(
      '[embed]https://www.youtube.com/watch?v=abc[/embed]\n\nhttps://x.com/a/status/1\n\n<!-- wp:embed {"url":"https://youtu.be/xyz"} -->\n<figure class="wp-block-embed"><div>https://youtu.be/xyz</div></figure>\n<!-- /wp:embed -->',
    );
    expect(out).toContain('<a href="https://www.youtube.com/watch?v=abc" rel="noopener noreferrer">https://www.youtube.com/watch?v=abc</a>');
    expect(out).toContain('<a href="https://x.com/a/status/1" rel="noopener noreferrer">https://x.com/a/status/1</a>');
    expect(out).toContain('<a href="https://youtu.be/xyz" rel="noopener noreferrer">https://youtu.be/xyz</a>');
    expect(out).not.toContain("wp-block-embed");
  });

  it("turns [gallery] into images and reports the missing ones", () => {
    const { out, warnings } = convert('[gallery ids="501,502"]');
    expect(out).toBe('<figure><img src="/media/2026/12/a.jpg" alt="قاعة" /></figure>');
    expect(warnings).toEqual([{ kind: "missing-image", detail: expect.stringContaining("502") }]);
  });

  it("removes other shortcodes with a warning, but not bracketed text", () => {
    const { out, warnings } = convert('[contact-form-7 id="12"]\n\nقال إن [المرحلة الأولى] تبدأ [Reuters]');
    expect(out).toBe("<p>قال إن [المرحلة الأولى] تبدأ [Reuters]</p>");
    expect(warnings.map((w) => w.kind)).toEqual(["shortcode"]);
  });

  it("makes paragraphs from classic-editor text and drops empty ones", () => {
    const { out } = convert("سطر أول\nسطر ثان\n\n&nbsp;\n\n<p></p>\n\nفقرة ثانية");
    expect(out).toBe("<p>سطر أول<br />\nسطر ثان</p>\n\n\n<p>فقرة ثانية</p>");
  });

  it("drops images into the old uploads folder that were not imported, and keeps outside ones", () => {
    const { out, warnings } = convert('<p>أ <img src="https://old.example/wp-content/uploads/2020/01/gone.jpg" alt=""> <img src="https://cdn.example/x.jpg" alt="خارجية"></p>');
    expect(out).toBe('<p>أ  <img src="https://cdn.example/x.jpg" alt="خارجية" /></p>');
    expect(warnings[0]?.kind).toBe("missing-image");
  });

  it("passes through the editor's sanitizer", () => {
    const { out } = convert('<p onclick="x()" style="color:red">نص</p><script>alert(1)</script><iframe src="https://evil.example"></iframe>');
    expect(out).toBe("<p>نص</p>");
  });
});

describe("links to the old site", () => {
  it("become local paths (which redirect to the imported pieces)", () => {
    const out = convertBody('<p><a href="https://old.example/2024/08/04/x/">خبر سابق</a> <a href="https://other.example/">غيره</a></p>', {
      uploadUrl: () => null,
      attachment: () => null,
      warn: () => {},
      siteOrigins: ["https://old.example"],
    });
    expect(out).toBe('<p><a href="/2024/08/04/x/">خبر سابق</a> <a href="https://other.example/" rel="noopener noreferrer">غيره</a></p>');
  });
});
