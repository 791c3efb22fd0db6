// npm run wxr:generate -- 10000 ./data/synthetic-10000.xml [--comments 3]
// A synthetic WordPress export (WXR 1.2, as WordPress 6 writes it) of N Arabic posts with
// categories, tags, Gutenberg blocks, shortcodes and comments, written as a stream.
import fs from "node:fs";
import { once } from "node:events";
import { parseArgs } from "node:util";

const WORDS = "قال مصدر في الحكومة العراقية إن الموازنة العامة ستعرض على مجلس النواب الأسبوع المقبل وسط خلافات بين الكتل السياسية على حصص المحافظات والنفط والكهرباء والمياه".split(" ");
const CATS = [
  ["politics-wp", "سياسة محلية"],
  ["economy-wp", "اقتصاد وأعمال"],
  ["%d8%b1%d9%8a%d8%a7%d8%b6%d8%a9", "رياضة محلية"],
];
const TAGS = Array.from({ length: 50 }, (_, i) => [`tag-${i}`, `وسم ${i}`]);
const cdata = (s: string) => `<![CDATA[${s.replace(/]]>/g, "]]]]><![CDATA[>")}]]>`;
const pad = (n: number) => String(n).padStart(2, "0");

function sentence(seed: number, words: number): string {
  const out: string[] = [];
  for (let i = 0; i < words; i++) out.push(WORDS[(seed * 7 + i * 13) % WORDS.length]!);
  return out.join(" ");
}

export async function generateWxr(file: string, posts: number, commentsPerPost = 3): Promise<void> {
  const out = fs.createWriteStream(file, { encoding: "utf8" });
  const write = async (s: string) => {
    if (!out.write(s)) await once(out, "drain");
  };
  await write(`<?xml version="1.0" encoding="UTF-8" ?>
<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:wfw="http://wellformedweb.org/CommentAPI/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel>
\t<title>صحيفة تجريبية</title>
\t<link>https://synthetic.example</link>
\t<language>ar</language>
\t<wp:wxr_version>1.2</wp:wxr_version>
\t<wp:base_site_url>https://synthetic.example</wp:base_site_url>
\t<wp:base_blog_url>https://synthetic.example</wp:base_blog_url>
\t<wp:author><wp:author_id>1</wp:author_id><wp:author_login>${cdata("editor")}</wp:author_login><wp:author_email>${cdata("e@synthetic.example")}</wp:author_email><wp:author_display_name>${cdata("هيئة التحرير")}</wp:author_display_name><wp:author_first_name>${cdata("")}</wp:author_first_name><wp:author_last_name>${cdata("")}</wp:author_last_name></wp:author>
`);
  for (const [i, [slug, name]] of CATS.entries()) {
    await write(`\t<wp:category><wp:term_id>${i + 1}</wp:term_id><wp:category_nicename>${cdata(slug!)}</wp:category_nicename><wp:category_parent>${cdata("")}</wp:category_parent><wp:cat_name>${cdata(name!)}</wp:cat_name></wp:category>\n`);
  }
  for (const [i, [slug, name]] of TAGS.entries()) {
    await write(`\t<wp:tag><wp:term_id>${100 + i}</wp:term_id><wp:tag_slug>${cdata(slug!)}</wp:tag_slug><wp:tag_name>${cdata(name!)}</wp:tag_name></wp:tag>\n`);
  }
  let commentId = 1;
  for (let n = 0; n < posts; n++) {
    const id = 1_000_000 + n;
    const d = new Date(Date.UTC(2015, 0, 1) + n * 3_600_000);
    const gmt = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:00`;
    const [cslug, cname] = CATS[n % CATS.length]!;
    const [tslug, tname] = TAGS[n % TAGS.length]!;
    const body = [
      `<!-- wp:paragraph -->\n<p>${sentence(n, 40)}</p>\n<!-- /wp:paragraph -->`,
      `<!-- wp:paragraph -->\n<p>${sentence(n + 1, 60)} <strong>${sentence(n + 2, 5)}</strong></p>\n<!-- /wp:paragraph -->`,
      n % 10 === 0 ? "[embed]https://www.youtube.com/watch?v=abc[/embed]" : "",
      `<!-- wp:paragraph -->\n<p>${sentence(n + 3, 80)}</p>\n<!-- /wp:paragraph -->`,
    ].join("\n\n");
    let comments = "";
    for (let c = 0; c < commentsPerPost; c++, commentId++) {
      comments += `\t\t<wp:comment><wp:comment_id>${commentId}</wp:comment_id><wp:comment_author>${cdata(`قارئ ${c}`)}</wp:comment_author><wp:comment_author_email>${cdata("")}</wp:comment_author_email><wp:comment_author_url></wp:comment_author_url><wp:comment_author_IP>${cdata(`10.0.${c}.${n % 250}`)}</wp:comment_author_IP><wp:comment_date>${cdata(gmt)}</wp:comment_date><wp:comment_date_gmt>${cdata(gmt)}</wp:comment_date_gmt><wp:comment_content>${cdata(sentence(n + c, 12))}</wp:comment_content><wp:comment_approved>${cdata(c === 2 ? "0" : "1")}</wp:comment_approved><wp:comment_type>${cdata("comment")}</wp:comment_type><wp:comment_parent>${c === 1 ? commentId - 1 : 0}</wp:comment_parent><wp:comment_user_id>0</wp:comment_user_id></wp:comment>\n`;
    }
    await write(`\t<item>
\t\t<title>${cdata(`${sentence(n, 8)} ${n}`)}</title>
\t\t<link>https://synthetic.example/?p=${id}</link>
\t\t<dc:creator>${cdata("editor")}</dc:creator>
\t\t<guid isPermaLink="false">https://synthetic.example/?p=${id}</guid>
\t\t<description></description>
\t\t<content:encoded>${cdata(body)}</content:encoded>
\t\t<excerpt:encoded>${cdata("")}</excerpt:encoded>
\t\t<wp:post_id>${id}</wp:post_id>
\t\t<wp:post_date>${cdata(gmt)}</wp:post_date>
\t\t<wp:post_date_gmt>${cdata(gmt)}</wp:post_date_gmt>
\t\t<wp:post_modified>${cdata(gmt)}</wp:post_modified>
\t\t<wp:post_modified_gmt>${cdata(gmt)}</wp:post_modified_gmt>
\t\t<wp:comment_status>${cdata("open")}</wp:comment_status>
\t\t<wp:post_name>${cdata(`post-${id}`)}</wp:post_name>
\t\t<wp:status>${cdata("publish")}</wp:status>
\t\t<wp:post_parent>0</wp:post_parent>
\t\t<wp:post_type>${cdata("post")}</wp:post_type>
\t\t<category domain="category" nicename="${cslug}">${cdata(cname!)}</category>
\t\t<category domain="post_tag" nicename="${tslug}">${cdata(tname!)}</category>
${comments}\t</item>
`);
  }
  await write("</channel>\n</rss>\n");
  out.end();
  await once(out, "finish");
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { comments: { type: "string", default: "3" } } });
  const [n, file] = positionals;
  if (!n || !file) {
    console.log("الاستعمال: npm run wxr:generate -- 10000 ./synthetic.xml [--comments 3]");
    process.exitCode = 2;
  } else {
    await generateWxr(file, Number(n), Number(values.comments));
    console.log(`• كُتب ${file}: ${n} مقالة (${(fs.statSync(file).size / 1e6).toFixed(1)} MB)`);
  }
}
