import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { createTempDatabase, databaseDigest } from "@/lib/testing/temp-db";
import { makeFixtureUploads } from "./__fixtures__/make-uploads";

// A real run against a fresh database built from the migrations: what lands where,
// that a second run changes nothing, and that --dry-run and a broken file write nothing.
const { raw, dir } = createTempDatabase();
const fixture = (name: string) => path.join(import.meta.dirname, "__fixtures__", name);
const uploads = path.join(dir, "uploads");

type Row = Record<string, unknown>;
const one = (sql: string, ...p: unknown[]) => raw.prepare(sql).get(...p) as Row | undefined;
const all = (sql: string, ...p: unknown[]) => raw.prepare(sql).all(...p) as Row[];

async function run(file: string, dryRun = false) {
  const { importWordPress } = await import("./importer");
  return importWordPress({ file: fixture(file), uploads, dryRun, siteUrl: null, timeZone: "Asia/Baghdad", reportFile: path.join(dir, "report.tsv"), progress: null, batchSize: 3 });
}

beforeAll(async () => {
  await makeFixtureUploads(uploads);
  // The paper's own piece already holds id 410630, as in the demo seed.
  raw.exec(`INSERT INTO Section (id, slug, name, position, updatedAt) VALUES (1, 'economy', 'اقتصاد', 0, CURRENT_TIMESTAMP)`);
  raw.exec(`INSERT INTO Article (id, status, slug, title, sectionId, updatedAt) VALUES (410630, 'published', 'x', 'قطعة موجودة', 1, CURRENT_TIMESTAMP)`);
});

describe("importWordPress", { timeout: 60_000 }, () => {
  it("writes nothing for a truncated or malformed file, naming the line", async () => {
    const before = databaseDigest(raw);
    await expect(run("truncated.xml")).rejects.toThrow(/السطر 156/);
    await expect(run("malformed.xml")).rejects.toThrow(/السطر 302/);
    expect(databaseDigest(raw)).toBe(before);
  });

  it("writes nothing on --dry-run but counts what it would do", async () => {
    const before = databaseDigest(raw);
    const { report } = await run("export.xml", true);
    expect(databaseDigest(raw)).toBe(before);
    expect(report.byType.post).toMatchObject({ imported: 7, skipped: 1 });
  });

  it("imports posts, media, bylines, sections, tags and comments", async () => {
    const { report } = await run("export.xml");
    expect(report.byType.post).toEqual({ imported: 7, updated: 0, unchanged: 0, skipped: 1 });
    const budget = one(`SELECT * FROM Article WHERE id = 900101`)!;
    expect(budget).toMatchObject({ status: "published", slug: "موازنة-2025-تنتظر-التصويت", title: "موازنة 2025 تنتظر التصويت وسط خلافات على حصص المحافظات" });
    expect(new Date(budget.publishedAt as string).toISOString()).toBe("2024-08-04T06:30:00.000Z");
    expect(budget.bodyHtml).toContain("<figcaption>نواب يدخلون قاعة البرلمان صباح السبت</figcaption>");
    expect(budget.bodyHtml).toContain("a]]&gt;b");
    expect(budget.bodyHtml).not.toMatch(/wp:|<script|\[caption/);
    expect(budget.imageAlt).toBe("قاعة مجلس النواب");
    expect(budget.imageCaption).toBe("نواب يدخلون قاعة البرلمان صباح السبت.");
    const media = one(`SELECT * FROM Media WHERE id = ?`, budget.imageId)!;
    expect(fs.existsSync(path.join(dir, "media", media.path as string))).toBe(true);
    // Resized copies are made on first request now (decision 097), not at upload.
    expect(JSON.parse(media.variants as string)).toEqual([]);
    expect(budget.bodyHtml).toContain(`/media/${media.path as string}`);
    // Yoast's primary category is the section; the other category became a tag.
    expect(one(`SELECT s.slug FROM Section s WHERE s.id = ?`, budget.sectionId)).toEqual({ slug: "economy" });
    expect(all(`SELECT t.name FROM ArticleTag at JOIN Tag t ON t.id = at.tagId WHERE at.articleId = 900101 ORDER BY t.name`).map((r) => r.name)).toEqual(["البرلمان", "الموازنة", "شؤون عراقية"]);
    expect(all(`SELECT au.slug, au.name, au.bio FROM ArticleAuthor aa JOIN Author au ON au.id = aa.authorId WHERE aa.articleId = 900101`)).toEqual([
      { slug: "samir.k", name: "سمير الكعبي", bio: "محرر الشؤون البرلمانية." },
    ]);

    const comments = all(`SELECT id, parentId, status, authorName, body, clientHash FROM Comment WHERE articleId = 900101 ORDER BY createdAt`);
    expect(comments.map((c) => [c.authorName, c.status])).toEqual([
      ["أبو علي", "approved"],
      ["مريم", "approved"],
      ["كريم", "approved"],
      ["زائر", "pending"],
      ["cheap-pills", "spam"],
    ]);
    // A reply to a reply hangs from the top-level comment; no raw address is stored.
    expect(comments[2]!.parentId).toBe(comments[0]!.id);
    expect(comments[1]!.parentId).toBe(comments[0]!.id);
    expect(JSON.stringify(comments)).not.toContain("203.0.113.7");
    expect(JSON.stringify(all(`SELECT * FROM Comment`))).not.toContain("@example.com");

    // No GMT date: the local time read in the site's timezone (Baghdad, UTC+3).
    expect(new Date(one(`SELECT publishedAt FROM Article WHERE id = 900102`)!.publishedAt as string).toISOString()).toBe("2024-08-05T05:00:00.000Z");
    expect(one(`SELECT s.slug FROM Article a JOIN Section s ON s.id = a.sectionId WHERE a.id = 900102`)).toEqual({ slug: "baghdad" });
    expect(one(`SELECT commentsOpen FROM Article WHERE id = 900102`)).toEqual({ commentsOpen: 0 });

    // The taken id: the paper's piece stays, the import got a new id and the old one is recorded.
    expect(one(`SELECT title FROM Article WHERE id = 410630`)).toEqual({ title: "قطعة موجودة" });
    const moved = one(`SELECT targetId FROM ImportRecord WHERE kind = 'post' AND externalId = '410630'`)!;
    expect(moved.targetId).not.toBe(410630);
    expect(one(`SELECT title FROM Article WHERE id = ?`, moved.targetId)).toEqual({ title: "صراعات المنطقة تؤجل انسحاب القوات الأجنبية من العراق" });

    expect(all(`SELECT id, status FROM Article WHERE id IN (900103, 900104, 900105, 900107) ORDER BY id`)).toEqual([
      { id: 900103, status: "draft" },
      { id: 900104, status: "draft" },
      { id: 900105, status: "scheduled" },
      { id: 900107, status: "in_review" },
    ]);
    expect(new Date(one(`SELECT publishAt FROM Article WHERE id = 900105`)!.publishAt as string).toISOString()).toBe("2030-03-01T05:00:00.000Z");
    expect(one(`SELECT COUNT(*) AS n FROM Article WHERE id IN (900106, 900200, 900300)`)).toEqual({ n: 0 });

    // Search finds published imports only.
    expect(all(`SELECT rowid FROM ArticleSearch WHERE rowid IN (900101, 900102, 900103, 900104, 900105) ORDER BY rowid`).map((r) => r.rowid)).toEqual([900101, 900102]);

    const kinds = new Set(fs.readFileSync(path.join(dir, "report.tsv"), "utf8").trim().split("\n").slice(1).map((l) => l.split("\t").slice(0, 2).join(":")));
    for (const k of ["trash:900106", "page-skipped:900200", "other-type-skipped:900300", "id-taken:410630", "nested-category:6", "missing-file:502", "shortcode:900102", "missing-image:900102", "comment-trash:900101/76", "comment-pingback:900101/77"]) {
      expect(kinds).toContain(k);
    }
  });

  it("finds where every old address form lives now (public pieces only)", async () => {
    const { wordPressDestination } = await import("./redirects");
    const { parseWordPressPath, parseUnknownPath } = await import("./legacy-urls");
    const go = (p: string, q = "") => wordPressDestination(parseWordPressPath(p, q)!);
    const budget = `/900101/${encodeURIComponent("موازنة-2025-تنتظر-التصويت")}`;
    expect(await go("/", "?p=900101")).toBe(budget);
    expect(await go("/archives/900101")).toBe(budget);
    expect(await go(`/2024/08/04/${encodeURIComponent("موازنة-2025-تنتظر-التصويت")}/`)).toBe(budget);
    expect(await wordPressDestination(parseUnknownPath(["economy", "موازنة-2025-تنتظر-التصويت"])!)).toBe(budget);
    expect(await wordPressDestination(parseUnknownPath(["baghdad-traffic-plan"])!)).toBe("/900102/baghdad-traffic-plan");
    const moved = one(`SELECT targetId FROM ImportRecord WHERE kind = 'post' AND externalId = '410630'`)!.targetId;
    expect(await go("/", "?p=410630")).toMatch(new RegExp(`^/${String(moved)}/`));
    expect(await go("/category/economy/")).toBe("/section/economy");
    expect(await go("/category/x/baghdad/feed/")).toBe("/section/baghdad/feed.xml");
    expect(await go("/author/samir.k/feed/")).toBe("/author/samir.k/feed.xml");
    expect(await go("/feed/")).toBe("/feed.xml");
    expect(await go("/wp-content/uploads/2024/08/parliament-300x200.jpg")).toMatch(/^\/media\/\d{4}\/\d{2}\/[0-9a-f]+\.jpg$/);
    expect(await go("/wp-content/uploads/2024/08/missing.jpg")).toBeNull();
    for (const id of [900103, 900104, 900105, 900106, 900107, 900200]) expect(await go("/", `?p=${id}`)).toBeNull();
    expect(await go("/category/no-such/")).toBeNull();
  });

  it("changes nothing when run again", async () => {
    const before = databaseDigest(raw);
    const { report } = await run("export.xml");
    expect(report.byType.post).toEqual({ imported: 0, updated: 0, unchanged: 7, skipped: 1 });
    expect(databaseDigest(raw)).toBe(before);
  });

  it("updates what changed in a newer export, without duplicates", async () => {
    const newer = path.join(dir, "newer.xml");
    fs.writeFileSync(newer, fs.readFileSync(fixture("export.xml"), "utf8").replace("ينتظر المحرر.", "راجعه المحرر."));
    const { importWordPress } = await import("./importer");
    const { report } = await importWordPress({ file: newer, uploads, dryRun: false, siteUrl: null, timeZone: "Asia/Baghdad", reportFile: null, progress: null });
    expect(report.byType.post).toEqual({ imported: 0, updated: 1, unchanged: 6, skipped: 1 });
    expect(one(`SELECT bodyText FROM Article WHERE id = 900107`)).toEqual({ bodyText: "راجعه المحرر." });
    expect(one(`SELECT COUNT(*) AS n FROM Article`)).toEqual({ n: 8 });
    expect(one(`SELECT COUNT(*) AS n FROM Comment`)).toEqual({ n: 5 });
  });
});
