import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { positional } from "@/lib/sql/dialect";
import { testPostgresUrl } from "@/lib/testing/postgres";
import { createTempDatabase, databaseDigest } from "@/lib/testing/temp-db";
import { makeFixtureUploads } from "./__fixtures__/make-uploads";

// A real run against a fresh database built from the migrations, on both engines (the
// embedded SQLite default and PostgreSQL): what lands where, that a second run changes
// nothing, and that --dry-run and a broken file write nothing. The PostgreSQL half needs a
// server (lib/testing/postgres.ts: MIDAD_TEST_POSTGRES_URL or the local one); without one it
// is skipped and its title says why.
const PG_URL = await testPostgresUrl();
const fixture = (name: string) => path.join(import.meta.dirname, "__fixtures__", name);

type Row = Record<string, unknown>;
/** One engine's database as the test sees it: the same SQL (quoted identifiers, `?` marks) on both. */
type Engine = {
  dir: string;
  /** The search index's id column: FTS5's rowid on SQLite, "id" on PostgreSQL. */
  searchId: string;
  all(sql: string, ...p: unknown[]): Promise<Row[]>;
  exec(sql: string): Promise<void>;
  digest(): Promise<string>;
  close(): Promise<void>;
};

function sqliteEngine(): Engine {
  const { raw, dir } = createTempDatabase();
  return {
    dir,
    searchId: "rowid",
    all: async (sql, ...p) => raw.prepare(sql).all(...p) as Row[],
    exec: async (sql) => void raw.exec(sql),
    digest: async () => databaseDigest(raw),
    close: async () => {
      raw.close();
    },
  };
}

async function postgresEngine(serverUrl: string): Promise<Engine> {
  const name = `midad_import_${crypto.randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const u = new URL(serverUrl);
  u.pathname = `/${name}`;
  // @ts-expect-error -- a plain ES module script without types
  const { migratePostgres } = (await import("../../../scripts/db/migrate-postgres.mjs")) as { migratePostgres(url: string): Promise<void> };
  await migratePostgres(u.toString());
  const client = new pg.Client({ connectionString: u.toString() });
  await client.connect();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "midad-unit-pg-"));
  process.env.DATABASE_URL = u.toString();
  process.env.MEDIA_DIR = path.join(dir, "media");
  process.env.AUTH_SECRET ??= "unit-test-secret-0123456789abcdef";
  const all = async (sql: string, ...p: unknown[]) => (await client.query(positional(sql, "postgres"), p)).rows as Row[];
  return {
    dir,
    searchId: `"id"`,
    all,
    exec: async (sql) => void (await client.query(sql)),
    // Every row of every table, each table's rows sorted: equal means "nothing changed".
    digest: async () => {
      const tables = await all(`SELECT table_name AS t FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY 1`);
      const out: [string, string[]][] = [];
      for (const { t } of tables) {
        if (t === "_prisma_migrations") continue;
        out.push([t as string, (await all(`SELECT * FROM "${t as string}"`)).map((r) => JSON.stringify(r)).sort()]);
      }
      return JSON.stringify(out);
    },
    close: async () => {
      await client.end();
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Drops the app's database client and modules so the next import opens DATABASE_URL afresh. */
async function freshModules() {
  const g = globalThis as { midadDb?: { $disconnect(): Promise<void> } };
  await g.midadDb?.$disconnect();
  delete g.midadDb;
  vi.resetModules();
}

describe("importWordPress on SQLite", () => suite(sqliteEngine));
describe.skipIf(!PG_URL)("importWordPress on PostgreSQL (needs a server: MIDAD_TEST_POSTGRES_URL, or the local one)", () => suite(() => postgresEngine(PG_URL!)));

function suite(open: () => Engine | Promise<Engine>) {
  let e: Engine;
  let dir = "";
  let uploads = "";
  const one = async (sql: string, ...p: unknown[]) => (await e.all(sql, ...p))[0];
  const all = (sql: string, ...p: unknown[]) => e.all(sql, ...p);

  async function run(file: string, dryRun = false) {
    const { importWordPress } = await import("./importer");
    return importWordPress({ file: fixture(file), uploads, dryRun, siteUrl: null, timeZone: "Asia/Baghdad", reportFile: path.join(dir, "report.tsv"), progress: null, batchSize: 3 });
  }

  beforeAll(async () => {
    await freshModules();
    e = await open();
    dir = e.dir;
    uploads = path.join(dir, "uploads");
    await makeFixtureUploads(uploads);
    // The paper's own piece already holds id 410630, as in the demo seed.
    await e.exec(`INSERT INTO "Section" ("slug", "name", "position", "updatedAt") VALUES ('economy', 'اقتصاد', 0, CURRENT_TIMESTAMP)`);
    await e.exec(`INSERT INTO "Article" ("id", "status", "slug", "title", "sectionId", "updatedAt") SELECT 410630, 'published', 'x', 'قطعة موجودة', "id", CURRENT_TIMESTAMP FROM "Section" WHERE "slug" = 'economy'`);
  }, 60_000);
  afterAll(async () => {
    await freshModules();
    await e?.close();
  });

  describe("importWordPress", { timeout: 60_000 }, () => {
    it("writes nothing for a truncated or malformed file, naming the line", async () => {
      const before = await e.digest();
      await expect(run("truncated.xml")).rejects.toThrow(/السطر 156/);
      await expect(run("malformed.xml")).rejects.toThrow(/السطر 302/);
      expect(await e.digest()).toBe(before);
    });

    it("writes nothing on --dry-run but counts what it would do", async () => {
      const before = await e.digest();
      const { report } = await run("export.xml", true);
      expect(await e.digest()).toBe(before);
      expect(report.byType.post).toMatchObject({ imported: 7, skipped: 1 });
    });

    it("imports posts, media, bylines, sections, tags and comments", async () => {
      const { report } = await run("export.xml");
      expect(report.byType.post).toEqual({ imported: 7, updated: 0, unchanged: 0, skipped: 1 });
      const budget = (await one(`SELECT * FROM "Article" WHERE "id" = 900101`))!;
      expect(budget).toMatchObject({ status: "published", slug: "موازنة-2025-تنتظر-التصويت", title: "موازنة 2025 تنتظر التصويت وسط خلافات على حصص المحافظات" });
      expect(new Date(budget.publishedAt as string).toISOString()).toBe("2024-08-04T06:30:00.000Z");
      expect(budget.bodyHtml).toContain("<figcaption>نواب يدخلون قاعة البرلمان صباح السبت</figcaption>");
      expect(budget.bodyHtml).toContain("a]]&gt;b");
      expect(budget.bodyHtml).not.toMatch(/wp:|<script|\[caption/);
      expect(budget.imageAlt).toBe("قاعة مجلس النواب");
      expect(budget.imageCaption).toBe("نواب يدخلون قاعة البرلمان صباح السبت.");
      const media = (await one(`SELECT * FROM "Media" WHERE "id" = ?`, budget.imageId))!;
      expect(fs.existsSync(path.join(dir, "media", media.path as string))).toBe(true);
      // Resized copies are made on first request now (decision 097), not at upload.
      expect(JSON.parse(media.variants as string)).toEqual([]);
      expect(budget.bodyHtml).toContain(`/media/${media.path as string}`);
      // Yoast's primary category is the section; the other category became a tag.
      expect(await one(`SELECT s."slug" FROM "Section" s WHERE s."id" = ?`, budget.sectionId)).toEqual({ slug: "economy" });
      expect((await all(`SELECT t."name" FROM "ArticleTag" x JOIN "Tag" t ON t."id" = x."tagId" WHERE x."articleId" = 900101`)).map((r) => r.name).sort()).toEqual(["البرلمان", "الموازنة", "شؤون عراقية"]);
      expect(await all(`SELECT au."slug", au."name", au."bio" FROM "ArticleAuthor" aa JOIN "Author" au ON au."id" = aa."authorId" WHERE aa."articleId" = 900101`)).toEqual([
        { slug: "samir.k", name: "سمير الكعبي", bio: "محرر الشؤون البرلمانية." },
      ]);

      const comments = await all(`SELECT "id", "parentId", "status", "authorName", "body", "clientHash" FROM "Comment" WHERE "articleId" = 900101 ORDER BY "createdAt"`);
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
      expect(JSON.stringify(await all(`SELECT * FROM "Comment"`))).not.toContain("@example.com");

      // No GMT date: the local time read in the site's timezone (Baghdad, UTC+3).
      expect(new Date((await one(`SELECT "publishedAt" FROM "Article" WHERE "id" = 900102`))!.publishedAt as string).toISOString()).toBe("2024-08-05T05:00:00.000Z");
      expect(await one(`SELECT s."slug" FROM "Article" a JOIN "Section" s ON s."id" = a."sectionId" WHERE a."id" = 900102`)).toEqual({ slug: "baghdad" });
      expect(Boolean((await one(`SELECT "commentsOpen" FROM "Article" WHERE "id" = 900102`))!.commentsOpen)).toBe(false);

      // The taken id: the paper's piece stays, the import got a new id and the old one is recorded.
      expect(await one(`SELECT "title" FROM "Article" WHERE "id" = 410630`)).toEqual({ title: "قطعة موجودة" });
      const moved = (await one(`SELECT "targetId" FROM "ImportRecord" WHERE "kind" = 'post' AND "externalId" = '410630'`))!;
      expect(moved.targetId).not.toBe(410630);
      expect(await one(`SELECT "title" FROM "Article" WHERE "id" = ?`, moved.targetId)).toEqual({ title: "صراعات المنطقة تؤجل انسحاب القوات الأجنبية من العراق" });

      expect(await all(`SELECT "id", "status" FROM "Article" WHERE "id" IN (900103, 900104, 900105, 900107) ORDER BY "id"`)).toEqual([
        { id: 900103, status: "draft" },
        { id: 900104, status: "draft" },
        { id: 900105, status: "scheduled" },
        { id: 900107, status: "in_review" },
      ]);
      expect(new Date((await one(`SELECT "publishAt" FROM "Article" WHERE "id" = 900105`))!.publishAt as string).toISOString()).toBe("2030-03-01T05:00:00.000Z");
      expect(await one(`SELECT CAST(COUNT(*) AS INTEGER) AS "n" FROM "Article" WHERE "id" IN (900106, 900200, 900300)`)).toEqual({ n: 0 });

      // Search finds published imports only.
      expect((await all(`SELECT ${e.searchId} AS "id" FROM "ArticleSearch" WHERE ${e.searchId} IN (900101, 900102, 900103, 900104, 900105) ORDER BY 1`)).map((r) => r.id)).toEqual([900101, 900102]);

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
      const moved = (await one(`SELECT "targetId" FROM "ImportRecord" WHERE "kind" = 'post' AND "externalId" = '410630'`))!.targetId;
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
      const before = await e.digest();
      const { report } = await run("export.xml");
      expect(report.byType.post).toEqual({ imported: 0, updated: 0, unchanged: 7, skipped: 1 });
      expect(await e.digest()).toBe(before);
    });

    it("updates what changed in a newer export, without duplicates", async () => {
      const newer = path.join(dir, "newer.xml");
      fs.writeFileSync(newer, fs.readFileSync(fixture("export.xml"), "utf8").replace("ينتظر المحرر.", "راجعه المحرر."));
      const { importWordPress } = await import("./importer");
      const { report } = await importWordPress({ file: newer, uploads, dryRun: false, siteUrl: null, timeZone: "Asia/Baghdad", reportFile: null, progress: null });
      expect(report.byType.post).toEqual({ imported: 0, updated: 1, unchanged: 6, skipped: 1 });
      expect(await one(`SELECT "bodyText" FROM "Article" WHERE "id" = 900107`)).toEqual({ bodyText: "راجعه المحرر." });
      expect(await one(`SELECT CAST(COUNT(*) AS INTEGER) AS "n" FROM "Article"`)).toEqual({ n: 8 });
      expect(await one(`SELECT CAST(COUNT(*) AS INTEGER) AS "n" FROM "Comment"`)).toEqual({ n: 5 });
    });

    it("leaves the app's next piece and comment fresh ids (PostgreSQL sequences past the imported ids)", async () => {
      const { db } = await import("@/lib/db");
      const sectionId = Number((await one(`SELECT "id" FROM "Section" WHERE "slug" = 'economy'`))!.id);
      const piece = await db.article.create({ data: { status: "draft", slug: "after-import", title: "بعد الاستيراد", sectionId }, select: { id: true } });
      const max = await one(`SELECT MAX("id") AS "m" FROM "Article" WHERE "id" <> ?`, piece.id);
      expect(piece.id).toBeGreaterThan(Number(max!.m));
      const comment = await db.comment.create({ data: { articleId: piece.id, authorName: "قارئ", body: "تعليق جديد", clientHash: "x" }, select: { id: true } });
      expect(await one(`SELECT CAST(COUNT(*) AS INTEGER) AS "n" FROM "Comment" WHERE "id" = ?`, comment.id)).toEqual({ n: 1 });
    });
  });
}
