import fs from "node:fs";
import path from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

// The media library against a real database — SQLite (library.test.ts) or PostgreSQL
// (library.postgres.test.ts), the same scenarios: a file uploaded twice is stored once, "where
// used" finds every kind of use, an image in use is not deleted (and says where it is used),
// an unused one goes with its files, a moved focal point drops the old crops, and the library's
// search folds Arabic spellings. The caller sets DATABASE_URL (a migrated, empty database) and
// MEDIA_DIR first and mocks next/cache (no Next server here).

export function mediaLibraryScenarios(cleanup: () => Promise<void> | void) {
  const editor = { id: "media-editor", name: "محررة الصور", email: "e@x", role: "editor" as const, mustChangePassword: false, twoFactorRequired: false, mustEnrollTwoFactor: false };
  let db: typeof import("@/lib/db").db;
  let upload: typeof import("./upload");
  let mutations: typeof import("./mutations");
  let where: typeof import("./where-used");
  let queries: typeof import("./queries");
  let renditions: typeof import("./renditions");
  let sectionId = 0;

  const photo = (colour: string, w = 1200, h = 800) =>
    sharp({ create: { width: w, height: h, channels: 3, background: colour } })
      .composite([{ input: { create: { width: 40, height: 40, channels: 3, background: "#fff" } }, left: w - 80, top: 40 }])
      .jpeg()
      .toBuffer();
  const fileOf = (stored: string) => path.join(process.env.MEDIA_DIR!, ...stored.split("/"));
  const mediaFiles = () => (fs.existsSync(process.env.MEDIA_DIR!) ? fs.readdirSync(process.env.MEDIA_DIR!, { recursive: true }).filter((f) => /\.\w+$/.test(String(f))).length : 0);
  const auditKinds = async (id: number) => (await db.auditLog.findMany({ where: { entityType: "media", entityId: String(id) }, select: { action: true }, orderBy: { id: "asc" } })).map((a) => a.action);

  beforeAll(async () => {
    ({ db } = await import("@/lib/db"));
    upload = await import("./upload");
    mutations = await import("./mutations");
    where = await import("./where-used");
    queries = await import("./queries");
    renditions = await import("./renditions");
    await db.user.create({ data: { id: editor.id, email: editor.email, name: editor.name, passwordHash: "x", role: "editor" } });
    sectionId = (await db.section.create({ data: { slug: "media-sec", name: "قسم الصور" }, select: { id: true } })).id;
  }, 60_000);
  afterAll(async () => {
    await db.$disconnect();
    await cleanup();
  });

  describe("media library", () => {
    it("stores a file uploaded twice once, and says the second was reused", async () => {
      const bytes = await photo("#135");
      const before = mediaFiles();
      const first = await upload.storeImage(bytes, editor.id, "C:\\Users\\me\\جسر الجمهورية.jpg");
      const second = await upload.storeImage(bytes, editor.id, "نسخة.jpg");
      expect(first.reused).toBe(false);
      expect(second).toMatchObject({ id: first.id, path: first.path, reused: true });
      expect(mediaFiles()).toBe(before + 1);
      const row = await db.media.findUniqueOrThrow({ where: { id: first.id }, select: { originalName: true, contentHash: true } });
      expect(row.originalName).toBe("جسر الجمهورية.jpg");
      expect(row.contentHash).toMatch(/^[0-9a-f]{64}$/);
      // Other bytes are another image.
      const other = await upload.storeImage(await photo("#531"), editor.id, "آخر.jpg");
      expect(other.id).not.toBe(first.id);
    });

    it("finds every use: featured picture, body picture, author photo, supplement cover, live update, front page", async () => {
      const m = await upload.storeImage(await photo("#246"), editor.id, "uses.jpg");
      const url = `/media/${m.path}`;
      const featured = await db.article.create({ data: { slug: "f", title: "مقالة بصورة رئيسية", sectionId, imageId: m.id }, select: { id: true } });
      const body = await db.article.create({ data: { slug: "b", title: "مقالة بصورة في النص", sectionId, bodyHtml: `<p>نص</p><figure><img src="${url}" alt=""><figcaption></figcaption></figure>` }, select: { id: true } });
      await db.article.create({ data: { slug: "n", title: "مقالة بلا صورة", sectionId, bodyHtml: `<p>${url}</p>` } });
      await db.author.create({ data: { slug: "photo-author", name: "كاتب بصورة", photoId: m.id } });
      await db.supplement.create({ data: { slug: "cover-supp", name: "ملحق بغلاف", coverId: m.id } });
      const live = await db.article.create({ data: { slug: "l", title: "تغطية مباشرة", sectionId, status: "published", publishedAt: new Date(), liveStatus: "live" }, select: { id: true } });
      await db.liveUpdate.create({ data: { articleId: live.id, bodyHtml: "<p>تحديث</p>", imageId: m.id } });
      const lead = await db.article.create({ data: { slug: "lead", title: "الخبر الرئيسي", sectionId, status: "published", publishedAt: new Date(), imageId: m.id }, select: { id: true } });
      await db.frontArrangement.create({ data: { status: "published", publishedAt: new Date(), slots: JSON.stringify({ lead: lead.id, top: [null, null], sections: [], breaking: null }) } });
      const uses = await where.whereUsed(m);
      expect(uses.map((u) => `${u.kind}:${"title" in u ? u.title : u.name}`).sort()).toEqual(
        [
          "article-body:مقالة بصورة في النص",
          "article-image:مقالة بصورة رئيسية",
          "article-image:الخبر الرئيسي",
          "author-photo:كاتب بصورة",
          "supplement-cover:ملحق بغلاف",
          "live-update:تغطية مباشرة",
          "front-page:الخبر الرئيسي",
        ].sort(),
      );
      await db.frontArrangement.deleteMany({});
      expect(uses.filter((u) => u.kind === "article-image").map((u) => u.id)).toContain(featured.id);
      expect(uses.find((u) => u.kind === "front-page")?.id).toBe(lead.id);
      expect(uses.find((u) => u.kind === "article-body")?.id).toBe(body.id);
    });

    it("refuses to delete an image in use, naming where, and deletes it with its files once unused", async () => {
      const m = await upload.storeImage(await photo("#369"), editor.id, "delete-me.jpg");
      const piece = await db.article.create({ data: { slug: "d", title: "خبر الجسر", sectionId, imageId: m.id }, select: { id: true } });
      const original = fileOf(m.path);
      await renditions.rendition(original, 320, "webp");
      await renditions.rendition(original, 640, "jpeg", { kind: "16x9", focus: { focalX: 0.5, focalY: 0.5 } });
      const cached = () => fs.readdirSync(renditions.cacheDir(), { recursive: true }).filter((f) => fs.statSync(path.join(renditions.cacheDir(), String(f))).isFile()).length;
      const copies = cached();

      const refused = await mutations.deleteMedia({ id: m.id }, editor).then(() => null, (e: unknown) => e as { status: number; message: string });
      expect(refused?.status).toBe(409);
      expect(refused?.message).toContain("لا تُحذف صورة مستعملة");
      expect(refused?.message).toContain("«خبر الجسر»");
      expect(await db.media.count({ where: { id: m.id } })).toBe(1);
      expect(fs.existsSync(original)).toBe(true);

      await db.article.update({ where: { id: piece.id }, data: { imageId: null } });
      await expect(mutations.deleteMedia({ id: m.id }, editor)).resolves.toEqual({ name: "delete-me.jpg" });
      expect(await db.media.count({ where: { id: m.id } })).toBe(0);
      expect(fs.existsSync(original)).toBe(false);
      expect(cached()).toBe(copies - 2);
      expect(await auditKinds(m.id)).toEqual(["media.delete"]);
    });

    it("a moved focal point drops the old crops; the new crop keeps the point in frame", async () => {
      const m = await upload.storeImage(await photo("#000", 1600, 800), editor.id, "focus.jpg");
      const original = fileOf(m.path);
      const centre = await renditions.rendition(original, 320, "png", { kind: "1x1", focus: { focalX: 0.5, focalY: 0.5 } });
      expect((await renditions.rendition(original, 320, "png", { kind: "1x1", focus: { focalX: 0.5, focalY: 0.5 } })).hit).toBe(true);
      // The white square sits near the top right corner (x 1520–1560 of 1600): a centred square crop misses it.
      const whiteIn = async (png: Buffer) => (await sharp(png).stats()).channels[0]!.max > 200;
      expect(await whiteIn(centre.body)).toBe(false);

      const r = await mutations.setMediaFocus({ id: m.id, x: 96, y: 8 }, editor);
      expect(r).toMatchObject({ focalX: 0.96, focalY: 0.08, moved: true });
      // The old frame's copy was deleted, not merely unreachable.
      expect((await renditions.rendition(original, 320, "png", { kind: "1x1", focus: { focalX: 0.5, focalY: 0.5 } })).hit).toBe(false);
      const moved = await renditions.rendition(original, 320, "png", { kind: "1x1", focus: await queries.focusOfPath(m.path).then((f) => f!) });
      expect(await whiteIn(moved.body)).toBe(true);
      expect((await mutations.setMediaFocus({ id: m.id, x: 96, y: 8 }, editor)).moved).toBe(false);
      expect(await auditKinds(m.id)).toEqual(["media.focus"]);
    });

    it("edits alt, caption and credit (audited) and finds them by Arabic-folded search", async () => {
      const m = await upload.storeImage(await photo("#963"), editor.id, "IMG_2044.JPG");
      const r = await mutations.updateMediaMeta({ id: m.id, alt: "جسر فوق نهر دجلة", caption: "صورة الجِسر عند الغروب", credit: "علي حسين" }, editor);
      expect(r.changed.sort()).toEqual(["alt", "caption", "credit"]);
      expect((await mutations.updateMediaMeta({ id: m.id, alt: "جسر فوق نهر دجلة", caption: "صورة الجِسر عند الغروب", credit: "علي حسين" }, editor)).changed).toEqual([]);
      expect(await auditKinds(m.id)).toEqual(["media.edit"]);
      for (const q of ["صوره الجسر", "دجله", "علي", "img_2044"]) {
        const found = await queries.listMedia({ q, page: 1 });
        expect(found.items.map((i) => i.id), q).toContain(m.id);
      }
      expect((await queries.listMedia({ q: "الجسر غير-موجود", page: 1 })).items).toEqual([]);
      const thisMonth = new Date(Date.now() + 3 * 3600_000).toISOString().slice(0, 7);
      expect((await queries.listMedia({ month: thisMonth, page: 1 })).items.map((i) => i.id)).toContain(m.id);
      expect((await queries.listMedia({ month: "2001-01", page: 1 })).total).toBe(0);
      expect((await queries.listMedia({ by: editor.id, page: 1 })).items[0]?.id).toBe(m.id); // newest first
      expect(await queries.mediaUploaders()).toEqual([{ value: editor.id, label: editor.name }]);
    });
  });
}
