import crypto from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import { htmlToText } from "@/lib/articles/sanitize";
import { slugify } from "@/lib/articles/slug";
import { textKey } from "@/lib/arabic/match";
import { hashClient } from "@/lib/comments/client-hash";
import { db } from "@/lib/db";
import { mediaUrl } from "@/lib/media/url";
import { SITE_TIME_ZONE } from "@/lib/dates/format";
import { storeImage, UploadError } from "@/lib/media/upload";
import { indexArticles } from "@/lib/search/index";
import { insertRows } from "@/lib/sql/bulk";
import { advanceSequence, reserveIds } from "@/lib/sql/sequences";
import type { Prisma } from "@/lib/generated/prisma/client";
import { convertBody } from "./body";
import { decodeSlug, mapCommentStatus, mapStatus, pickTaxonomy, topLevelParent, wpDate } from "./mapping";
import { toAuthor, toCategory, toItem, toTag, toTerm, type WpAuthor, type WpComment, type WpItem, type WpTerm } from "./records";
import { ImportReport, Progress } from "./report";
import { readWxr, childText } from "./wxr";

// The WordPress importer (issue 14, docs/decisions/050). Two streaming passes over the
// export: the first validates the whole file and collects the small things (authors, terms,
// attachments, counts) so a malformed or truncated file stops before anything is written;
// the second writes posts in batches, one transaction per batch. Every item is keyed by its
// WordPress id in ImportRecord with a hash of what was written: a re-run skips what did
// not change, updates what did, and resumes after an interruption.

export const SOURCE = "wordpress";

export type ImportOptions = {
  file: string;
  uploads: string | null;
  dryRun: boolean;
  siteUrl: string | null;
  timeZone?: string;
  batchSize?: number;
  reportFile: string | null;
  progress?: NodeJS.WriteStream | null;
};

type Attachment = { id: number; file: string; alt: string; caption: string; title: string; line: number };
type Tx = Prisma.TransactionClient;

const sha = (v: unknown) => crypto.createHash("sha1").update(JSON.stringify(v)).digest("hex");
const decodeEntities = (s: string) =>
  s
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n: string) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&nbsp;/g, " ")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
const plain = (html: string) => decodeEntities(html.replace(/<[^>]*>/g, " ")).replace(/\s+/g, " ").trim();

/** The uploads-relative path of an attachment URL or `_wp_attached_file`. */
export function uploadsPath(url: string): string | null {
  const m = /\/wp-content\/uploads\/(.+)$/i.exec(url);
  return m ? decodeSlug(m[1]!) : null;
}

/** "2024/08/x-300x200.jpg" → "2024/08/x.jpg": WordPress's resized copies point at their original. */
export function originalUploadPath(p: string): string {
  return p.replace(/-\d+x\d+(\.[a-z0-9]+)$/i, "$1").replace(/-scaled(\.[a-z0-9]+)$/i, "$1");
}

async function findRecord(tx: Tx | typeof db, kind: string, externalId: string | number) {
  return tx.importRecord.findUnique({ where: { source_kind_externalId: { source: SOURCE, kind, externalId: String(externalId) } } });
}

async function saveRecord(tx: Tx | typeof db, kind: string, externalId: string | number, targetId: number, hash: string, slug?: string | null, guid?: string | null) {
  const key = { source: SOURCE, kind, externalId: String(externalId) };
  await tx.importRecord.upsert({
    where: { source_kind_externalId: key },
    create: { ...key, targetId, hash, slug: slug ?? null, guid: guid ?? null },
    update: { targetId, hash, slug: slug ?? null, guid: guid ?? null },
  });
}

type Scan = {
  authors: Map<string, WpAuthor>;
  categories: Map<number, WpTerm>;
  tags: WpTerm[];
  attachments: Map<number, Attachment>;
  posts: number;
  items: number;
  lines: number;
  /** Largest WordPress id in the file: a post whose id is taken gets one above it, never another post's. */
  maxId: number;
  /** The old site's addresses, from the file and --site-url: body links to them become local. */
  origins: Set<string>;
};

/** Pass 1: read everything, keep the small things, fail on a malformed file before any write. */
async function scan(file: string, progress: NodeJS.WriteStream | null): Promise<Scan> {
  const s: Scan = { authors: new Map(), categories: new Map(), tags: [], attachments: new Map(), posts: 0, items: 0, lines: 0, maxId: 0, origins: new Set() };
  const size = (await fs.stat(file)).size;
  const bar = new Progress("قراءة الملف والتحقق منه", Math.max(1, Math.round(size / 1024)), progress);
  const seenTags = new Set<number>();
  const { lines } = await readWxr(file, (node) => {
    if (node.name === "wp:base_site_url" || node.name === "wp:base_blog_url" || node.name === "link") {
      const o = node.text.trim().replace(/\/+$/, "");
      if (/^https?:\/\//.test(o)) s.origins.add(o);
    } else if (node.name === "wp:author") {
      const a = toAuthor(node);
      if (a.login) s.authors.set(a.login, a);
    } else if (node.name === "wp:category") {
      const c = toCategory(node);
      s.categories.set(c.termId, c);
    } else if (node.name === "wp:tag") {
      const t = toTag(node);
      if (!seenTags.has(t.termId)) s.tags.push(t);
      seenTags.add(t.termId);
    } else if (node.name === "wp:term") {
      const t = toTerm(node);
      if (t?.taxonomy === "category" && !s.categories.has(t.termId)) s.categories.set(t.termId, t);
      if (t?.taxonomy === "post_tag" && !seenTags.has(t.termId)) {
        s.tags.push(t);
        seenTags.add(t.termId);
      }
    } else if (node.name === "item") {
      s.items++;
      const type = childText(node, "wp:post_type").trim();
      s.maxId = Math.max(s.maxId, Number(childText(node, "wp:post_id")) || 0);
      if (type === "post") s.posts++;
      if (type === "attachment") {
        const it = toItem(node);
        const file = it.meta._wp_attached_file ? decodeSlug(it.meta._wp_attached_file) : uploadsPath(it.attachmentUrl);
        if (file) s.attachments.set(it.id, { id: it.id, file, alt: it.meta._wp_attachment_image_alt ?? "", caption: plain(it.excerpt), title: plain(it.title), line: it.line });
      }
    }
  }, undefined, (bytes) => bar.tick(Math.round(bytes / 1024)));
  bar.done(Math.max(1, Math.round(size / 1024)));
  s.lines = lines;
  return s;
}

export type ImportResult = { report: ImportReport; articleIds: number[]; sectionSlugs: string[]; tagSlugs: string[]; authorSlugs: string[] };

export async function importWordPress(opts: ImportOptions): Promise<ImportResult> {
  const progress = opts.progress === undefined ? process.stderr : opts.progress;
  const report = new ImportReport(opts.reportFile);
  const result: ImportResult = { report, articleIds: [], sectionSlugs: [], tagSlugs: [], authorSlugs: [] };
  try {
    const s = await scan(opts.file, progress);
    if (opts.siteUrl) s.origins.add(opts.siteUrl.replace(/\/+$/, ""));
    const siteOrigins = [...s.origins].flatMap((o) => [o, o.replace(/^https?:/, (p) => (p === "https:" ? "http:" : "https:"))]);
    // The paper prints Baghdad time (decision 145); --timezone reads an export made elsewhere.
    const timeZone = opts.timeZone ?? SITE_TIME_ZONE;
    const write = !opts.dryRun;

    // Authors → bylines (login as slug). No staff accounts are made.
    const authorIds = new Map<string, number>();
    for (const a of s.authors.values()) {
      const slug = decodeSlug(a.login);
      const data = { name: a.displayName || a.login, ...(a.bio ? { bio: a.bio } : {}) };
      const hash = sha(data);
      const rec = await findRecord(db, "author", a.login);
      const existing = rec ? await db.author.findUnique({ where: { id: rec.targetId } }) : await db.author.findUnique({ where: { slug } });
      if (existing && (!rec || rec.hash === hash)) {
        // Already imported and unchanged, or a Midad byline with this slug: used as it is, never overwritten.
        authorIds.set(a.login, existing.id);
        if (write && !rec) await saveRecord(db, "author", a.login, existing.id, hash, slug);
        report.count("author", "unchanged");
        continue;
      }
      report.count("author", existing ? "updated" : "imported");
      if (!write) continue;
      const row = existing ? await db.author.update({ where: { id: existing.id }, data }) : await db.author.create({ data: { slug, ...data } });
      await saveRecord(db, "author", a.login, row.id, hash, slug);
      authorIds.set(a.login, row.id);
      result.authorSlugs.push(row.slug);
    }

    // Categories → sections (flattened), tags → tags. Existing ones are reused by slug, then name.
    const sectionIds = new Map<string, number>();
    let position = ((await db.section.aggregate({ _max: { position: true } }))._max.position ?? 0) + 1;
    for (const c of s.categories.values()) {
      const slug = decodeSlug(c.slug);
      if (c.parentSlug) report.warn({ kind: "nested-category", wpId: c.termId, line: c.line, detail: `${c.name} (تحت ${decodeSlug(c.parentSlug)})` });
      const rec = await findRecord(db, "category", c.termId);
      const existing = rec
        ? await db.section.findUnique({ where: { id: rec.targetId } })
        : ((await db.section.findUnique({ where: { slug } })) ?? (await db.section.findUnique({ where: { name: c.name } })));
      if (existing) {
        sectionIds.set(slug, existing.id);
        report.count("category", rec ? "unchanged" : "updated");
        if (write && !rec) await saveRecord(db, "category", c.termId, existing.id, "", slug);
        continue;
      }
      report.count("category", "imported");
      if (!write) continue;
      const row = await db.section.create({ data: { slug, name: c.name, description: c.description || null, position: position++ } });
      await saveRecord(db, "category", c.termId, row.id, "", slug);
      sectionIds.set(slug, row.id);
      result.sectionSlugs.push(slug);
    }
    // Big sites have tens of thousands of tags and attachments: their import records and
    // Midad's tags are read once here, not looked up one by one.
    const recordsOf = async (kind: string) =>
      new Map((await db.importRecord.findMany({ where: { source: SOURCE, kind }, select: { externalId: true, targetId: true } })).map((r) => [r.externalId, r.targetId]));
    const tagRows = await db.tag.findMany({ select: { id: true, slug: true, name: true } });
    const tagBySlug = new Map(tagRows.map((t) => [t.slug, t]));
    const tagByName = new Map(tagRows.map((t) => [t.name, t]));
    const tagIds = new Map<string, number>();
    const ensureTag = async (tx: Tx | typeof db, slug: string, name: string): Promise<number | null> => {
      const known = tagIds.get(slug);
      if (known) return known;
      let row = tagBySlug.get(slug) ?? tagByName.get(name) ?? null;
      if (!row && write) {
        row = await tx.tag.create({ data: { slug, name }, select: { id: true, slug: true, name: true } });
        tagBySlug.set(row.slug, row);
        tagByName.set(row.name, row);
        result.tagSlugs.push(slug);
      }
      if (row) tagIds.set(slug, row.id);
      return row?.id ?? null;
    };
    const tagRecords = await recordsOf("tag");
    for (const t of s.tags) {
      const slug = decodeSlug(t.slug);
      const target = tagRecords.get(String(t.termId));
      if (target) {
        tagIds.set(slug, target);
        report.count("tag", "unchanged");
        continue;
      }
      const existed = tagBySlug.get(slug) ?? tagByName.get(t.name);
      report.count("tag", existed ? "updated" : "imported");
      const id = await ensureTag(db, slug, t.name || slug);
      if (id && write) await saveRecord(db, "tag", t.termId, id, "", slug);
      // A tag matched by name under another slug: its WordPress address still redirects.
      if (existed && existed.slug !== slug && write) {
        await db.slugRedirect.upsert({ where: { kind_slug: { kind: "tag", slug } }, create: { kind: "tag", slug, targetId: existed.id }, update: {} });
      }
    }

    // Attachments → media, through the upload pipeline (checked, metadata stripped; resized on demand).
    const media = new Map<number, { mediaId: number; path: string; alt: string; caption: string }>();
    const mediaByUpload = new Map<string, string>();
    const mediaBar = new Progress("الصور", s.attachments.size, progress);
    let done = 0;
    const attachmentRecords = await recordsOf("attachment");
    const mediaRows = new Map<number, { id: number; path: string; alt: string | null }>();
    const mediaIds = [...attachmentRecords.values()];
    for (let i = 0; i < mediaIds.length; i += 500) {
      for (const m of await db.media.findMany({ where: { id: { in: mediaIds.slice(i, i + 500) } }, select: { id: true, path: true, alt: true } })) mediaRows.set(m.id, m);
    }
    for (const a of s.attachments.values()) {
      mediaBar.tick(++done);
      const target = attachmentRecords.get(String(a.id));
      const row = target ? mediaRows.get(target) : undefined;
      if (row) {
        media.set(a.id, { mediaId: row.id, path: row.path, alt: a.alt, caption: a.caption });
        mediaByUpload.set(a.file, row.path);
        if (write && (row.alt ?? "") !== a.alt) {
          await db.media.update({ where: { id: row.id }, data: { alt: a.alt || null } });
          report.count("attachment", "updated");
        } else report.count("attachment", "unchanged");
        continue;
      }
      const source = opts.uploads ? path.join(opts.uploads, a.file) : null;
      const bytes = source ? await fs.readFile(source).catch(() => null) : null;
      if (!bytes) {
        report.warn({ kind: "missing-file", wpId: a.id, line: a.line, detail: opts.uploads ? `لا يوجد ${a.file} في ${opts.uploads}` : `${a.file} (لم يُعطَ --uploads)` });
        report.count("attachment", "skipped");
        continue;
      }
      if (!write) {
        // Nothing stored on a dry run, but bodies must see the image as available.
        media.set(a.id, { mediaId: 0, path: a.file, alt: a.alt, caption: a.caption });
        mediaByUpload.set(a.file, a.file);
        report.count("attachment", "imported");
        continue;
      }
      try {
        const stored = await storeImage(bytes, null);
        await db.media.update({ where: { id: stored.id }, data: { alt: a.alt || null } });
        await saveRecord(db, "attachment", a.id, stored.id, "", a.file);
        media.set(a.id, { mediaId: stored.id, path: stored.path, alt: a.alt, caption: a.caption });
        mediaByUpload.set(a.file, stored.path);
        report.count("attachment", "imported");
      } catch (e) {
        if (!(e instanceof UploadError)) throw e;
        report.warn({ kind: "bad-image", wpId: a.id, line: a.line, detail: `${a.file}: ${e.message}` });
        report.count("attachment", "skipped");
      }
    }
    mediaBar.done(done);

    const categoryNames = new Map<string, string>();
    for (const c of s.categories.values()) if (!categoryNames.has(decodeSlug(c.slug))) categoryNames.set(decodeSlug(c.slug), c.name);
    let fallbackSection: number | null = null;
    const fallback = async (tx: Tx): Promise<number> => {
      if (fallbackSection) return fallbackSection;
      const first = await tx.section.findFirst({ orderBy: { position: "asc" }, select: { id: true } });
      fallbackSection = first?.id ?? (await tx.section.create({ data: { slug: "archive", name: "أرشيف", position: position++ } })).id;
      return fallbackSection;
    };

    // Pass 2: posts in batches, one transaction each.
    const batchSize = opts.batchSize ?? 100;
    const postBar = new Progress("المقالات", s.posts, progress);
    let posts = 0;
    let batch: WpItem[] = [];
    const flush = async () => {
      if (!batch.length) return;
      const items = batch;
      batch = [];
      const run = async (tx: Tx) => {
        const pre = await prefetch(tx, items);
        for (const item of items) await importPost(tx, item, pre);
        if (write) await writeBatch(tx, pre);
      };
      if (write) await db.$transaction(run, { timeout: 120_000, maxWait: 30_000 });
      else await run(db as unknown as Tx);
      posts += items.length;
      postBar.tick(posts);
    };

    type Rec = { targetId: number; hash: string; guid: string | null; externalId: string };
    type Pre = {
      posts: Map<string, Rec>;
      guids: Map<string, Rec>;
      comments: Map<string, Rec>;
      articles: Set<number>;
      taken: Set<number>;
      newRecords: { source: string; kind: string; externalId: string; targetId: number; hash: string; slug: string | null; guid: string | null }[];
      /** The next id above every WordPress id and every piece, for posts whose id is taken (read once per batch). */
      nextId: number | null;
      // What the batch writes in a few statements at its end (writeBatch), instead of row by row.
      newArticles: Prisma.ArticleCreateManyInput[];
      bylines: { articleId: number; authorId: number }[];
      articleTags: { articleId: number; tagId: number }[];
      /** New comments in insertion order; `parent` is the place of the top-level comment in this list. */
      newComments: { wpId: number; parent: number | null; hadRecord: boolean; values: Omit<Prisma.CommentCreateManyInput, "id" | "parentId"> }[];
      index: number[];
    };
    // One query per kind for the whole batch instead of several per post (throughput, decision 050).
    const prefetch = async (tx: Tx, items: WpItem[]): Promise<Pre> => {
      const select = { targetId: true, hash: true, guid: true, externalId: true } as const;
      const chunks = <T,>(xs: T[]) => Array.from({ length: Math.ceil(xs.length / 500) }, (_, i) => xs.slice(i * 500, i * 500 + 500));
      const postRows = await tx.importRecord.findMany({ where: { source: SOURCE, kind: "post", externalId: { in: items.map((i) => String(i.id)) } }, select });
      const guidList = items.map((i) => i.guid).filter(Boolean);
      const guidRows = guidList.length ? await tx.importRecord.findMany({ where: { source: SOURCE, kind: "post", guid: { in: guidList } }, select }) : [];
      const commentIds = items.flatMap((i) => i.comments.map((c) => String(c.id)));
      const commentRows: Rec[] = [];
      for (const part of chunks(commentIds)) commentRows.push(...(await tx.importRecord.findMany({ where: { source: SOURCE, kind: "comment", externalId: { in: part } }, select })));
      const targets = [...postRows, ...guidRows].map((r) => r.targetId);
      const articles = await tx.article.findMany({ where: { id: { in: [...targets, ...items.map((i) => i.id)] } }, select: { id: true } });
      const present = new Set(articles.map((a) => a.id));
      return {
        posts: new Map(postRows.map((r) => [r.externalId, r])),
        guids: new Map(guidRows.map((r) => [r.guid!, r])),
        comments: new Map(commentRows.map((r) => [r.externalId, r])),
        articles: present,
        taken: present,
        newRecords: [],
        nextId: null,
        newArticles: [],
        bylines: [],
        articleTags: [],
        newComments: [],
        index: [],
      };
    };

    const importPost = async (tx: Tx, item: WpItem, pre: Pre) => {
      const st = mapStatus(item.status);
      if ("skip" in st) {
        report.warn({ kind: st.skip, wpId: item.id, line: item.line, detail: `${item.title} (${item.status})` });
        report.count("post", "skipped");
        return;
      }
      const date = wpDate(item.postDateGmt, item.postDate, timeZone);
      if (!date && st.status !== "draft" && st.status !== "in_review") report.warn({ kind: "no-date", wpId: item.id, line: item.line, detail: item.title });
      const modified = wpDate(item.modifiedGmt, item.modified, timeZone) ?? date;
      const slug = decodeSlug(item.name) || slugify(plain(item.title));
      const tax = pickTaxonomy(item, s.categories);
      if (!tax.sectionSlug) report.warn({ kind: "no-category", wpId: item.id, line: item.line, detail: item.title });
      const warnings: { kind: "shortcode" | "missing-image" | "gallery"; detail: string }[] = [];
      const bodyHtml = convertBody(item.content, {
        uploadUrl: (p) => {
          const to = mediaByUpload.get(p) ?? mediaByUpload.get(originalUploadPath(p));
          return to ? mediaUrl(to) : null;
        },
        attachment: (id) => {
          const m = media.get(id);
          return m ? { url: mediaUrl(m.path), alt: m.alt } : null;
        },
        warn: (w) => warnings.push(w),
        siteOrigins,
      });
      const thumbId = Number(item.meta._thumbnail_id ?? "");
      const thumb = Number.isSafeInteger(thumbId) && thumbId > 0 ? media.get(thumbId) : undefined;
      if (thumbId > 0 && !thumb) warnings.push({ kind: "missing-image", detail: `الصورة البارزة ${thumbId} غير مستوردة` });
      const authorId = authorIds.get(item.creator);
      if (item.creator && !authorId && !s.authors.has(item.creator)) report.warn({ kind: "unknown-author", wpId: item.id, line: item.line, detail: item.creator });

      const comments = item.comments
        .map((c) => ({ c, status: mapCommentStatus(c.approved) }))
        .filter(({ c, status }) => {
          if (c.type === "pingback" || c.type === "trackback") {
            report.warn({ kind: "comment-pingback", wpId: `${item.id}/${c.id}`, line: item.line, detail: c.author });
            return false;
          }
          if (!status) report.warn({ kind: "comment-trash", wpId: `${item.id}/${c.id}`, line: item.line, detail: c.author });
          return !!status;
        });
      const parentOf = new Map(comments.map(({ c }) => [c.id, c.parent]));

      const data = {
        status: st.status,
        slug,
        title: plain(item.title) || "بلا عنوان",
        excerpt: plain(item.excerpt) || null,
        bodyHtml,
        bodyText: htmlToText(bodyHtml),
        publishedAt: st.status === "published" ? date : null,
        publishAt: st.status === "scheduled" ? date : null,
        contentUpdatedAt: st.status === "published" ? modified : null,
        commentsOpen: item.commentStatus !== "closed",
        imageId: thumb?.mediaId ?? null,
        imageCaption: thumb ? thumb.caption || null : null,
        imageAlt: thumb ? thumb.alt || null : null,
      };
      const hash = sha({ data, tax, authorId, comments, sections: tax.sectionSlug ? sectionIds.get(tax.sectionSlug) : null });
      const rec = pre.posts.get(String(item.id)) ?? (item.guid ? pre.guids.get(item.guid) : undefined);
      const existing = rec && pre.articles.has(rec.targetId) ? { id: rec.targetId } : null;
      if (existing && rec!.hash === hash) {
        report.count("post", "unchanged");
        return;
      }
      for (const w of warnings) report.warn({ kind: w.kind, wpId: item.id, line: item.line, detail: w.detail });
      report.count("post", existing ? "updated" : "imported");
      if (!write) {
        if (!existing && pre.taken.has(item.id)) report.warn({ kind: "id-taken", wpId: item.id, line: item.line, detail: item.title });
        return;
      }

      const sectionId = (tax.sectionSlug && sectionIds.get(tax.sectionSlug)) || (await fallback(tx));
      let id: number;
      if (existing) {
        id = existing.id;
        await tx.article.update({ where: { id }, data: { ...data, sectionId, version: { increment: 1 } } });
      } else {
        const taken = pre.taken.has(item.id);
        if (taken) report.warn({ kind: "id-taken", wpId: item.id, line: item.line, detail: item.title });
        if (taken) pre.nextId ??= Math.max(s.maxId, (await tx.article.aggregate({ _max: { id: true } }))._max.id ?? 0) + 1;
        id = taken ? pre.nextId!++ : item.id;
        pre.newArticles.push({ id, ...data, sectionId, createdAt: date ?? new Date() });
      }
      if (rec) await saveRecord(tx, "post", item.id, id, hash, slug, item.guid || null);
      else pre.newRecords.push({ source: SOURCE, kind: "post", externalId: String(item.id), targetId: id, hash, slug, guid: item.guid || null });
      pre.articles.add(id);
      pre.index.push(id);
      result.articleIds.push(id);

      const wantedTags: number[] = [];
      for (const t of tax.tags) {
        const tid = await ensureTag(tx, t.slug, t.name || t.slug);
        if (tid) wantedTags.push(tid);
      }
      for (const slugOfCat of tax.categoryTags) {
        const tid = await ensureTag(tx, slugOfCat, categoryNames.get(slugOfCat) || slugOfCat);
        if (tid) wantedTags.push(tid);
      }
      if (existing) {
        await tx.articleAuthor.deleteMany({ where: { articleId: id } });
        await tx.articleTag.deleteMany({ where: { articleId: id } });
      }
      if (authorId) pre.bylines.push({ articleId: id, authorId });
      for (const tagId of new Set(wantedTags)) pre.articleTags.push({ articleId: id, tagId });

      // Comments: top-level ones first, so replies can point at them.
      const ordered = [...comments].sort((a, b) => Number(topLevelParent(a.c.id, parentOf) !== null) - Number(topLevelParent(b.c.id, parentOf) !== null));
      const commentValues = (c: WpComment, status: NonNullable<ReturnType<typeof mapCommentStatus>>) => {
        const body = plain(c.content.replace(/<br\s*\/?>|<\/p>/gi, "\n"));
        const createdAt = wpDate(c.dateGmt, c.date, timeZone) ?? date ?? new Date();
        // Raw addresses are never kept: the IP is hashed with the comment key like new comments (decision 050).
        return {
          articleId: id,
          status,
          authorName: plain(c.author) || "قارئ",
          body,
          bodyKey: textKey(body),
          clientHash: hashClient(c.ip || `wordpress-comment:${c.id}`),
          createdAt,
          moderatedAt: status === "pending" ? null : createdAt,
        };
      };
      if (!existing) {
        // A new piece: every comment is new; they are written with the batch (writeBatch).
        const place = new Map<number, number>();
        for (const { c, status } of ordered) {
          const top = topLevelParent(c.id, parentOf);
          place.set(c.id, pre.newComments.length);
          pre.newComments.push({ wpId: c.id, parent: top !== null ? (place.get(top) ?? null) : null, hadRecord: pre.comments.has(String(c.id)), values: commentValues(c, status!) });
          report.count("comment", "imported");
        }
        return;
      }
      // An updated piece (rare on a re-run): its comments are matched one by one.
      const commentIds = new Map<number, number>();
      for (const { c, status } of ordered) {
        const top = topLevelParent(c.id, parentOf);
        const values = { ...commentValues(c, status!), parentId: top !== null ? (commentIds.get(top) ?? null) : null };
        const crec = pre.comments.get(String(c.id));
        const cexisting = crec ? await tx.comment.findUnique({ where: { id: crec.targetId }, select: { id: true } }) : null;
        const cid = cexisting ? (await tx.comment.update({ where: { id: cexisting.id }, data: values, select: { id: true } })).id : (await tx.comment.create({ data: values, select: { id: true } })).id;
        commentIds.set(c.id, cid);
        if (!crec) pre.newRecords.push({ source: SOURCE, kind: "comment", externalId: String(c.id), targetId: cid, hash: "", slug: null, guid: null });
        else if (!cexisting) await saveRecord(tx, "comment", c.id, cid, "");
        report.count("comment", cexisting ? "updated" : "imported");
      }
    };

    // The batch's rows, a few statements in all (decision 050: per-row statements were the cost).
    const writeBatch = async (tx: Tx, pre: Pre) => {
      const now = new Date();
      if (pre.newArticles.length) {
        await insertRows(tx, "Article", pre.newArticles.map((a) => ({ ...a, updatedAt: now })));
        await advanceSequence(tx, "Article");
      }
      await insertRows(tx, "ArticleAuthor", pre.bylines);
      await insertRows(tx, "ArticleTag", pre.articleTags);
      if (pre.newComments.length) {
        // Ids taken up front so that a reply names its parent in the same insert.
        const ids = await reserveIds(tx, "Comment", pre.newComments.length);
        await insertRows(tx, "Comment", pre.newComments.map((n, i) => ({ id: ids[i]!, parentId: n.parent === null ? null : ids[n.parent]!, ...n.values, updatedAt: now })));
        for (const [i, n] of pre.newComments.entries()) {
          if (n.hadRecord) await saveRecord(tx, "comment", n.wpId, ids[i]!, "");
          else pre.newRecords.push({ source: SOURCE, kind: "comment", externalId: String(n.wpId), targetId: ids[i]!, hash: "", slug: null, guid: null });
        }
      }
      await insertRows(tx, "ImportRecord", pre.newRecords.map((r) => ({ ...r, createdAt: now, updatedAt: now })));
      await indexArticles(tx, pre.index);
    };

    await readWxr(opts.file, async (node) => {
      if (node.name !== "item") return;
      const type = childText(node, "wp:post_type").trim();
      if (type === "attachment") return;
      const item = toItem(node);
      if (type !== "post") {
        report.warn({ kind: type === "page" ? "page-skipped" : "other-type-skipped", wpId: item.id, line: item.line, detail: `${type}: ${plain(item.title)}` });
        report.count(type === "page" ? "page" : "other", "skipped");
        return;
      }
      if (!item.id) {
        report.warn({ kind: "no-id", wpId: "", line: item.line, detail: plain(item.title) });
        report.count("post", "skipped");
        return;
      }
      batch.push(item);
      if (batch.length >= batchSize) await flush();
    });
    await flush();
    postBar.done(posts);
    return result;
  } finally {
    await report.close();
  }
}
