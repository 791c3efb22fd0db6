// insertRows writes rows exactly as Prisma's createMany would (decision 050): the same stored
// dates, booleans, enums and nulls, on SQLite and on PostgreSQL (skipped without a server).
import crypto from "node:crypto";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { testPostgresUrl } from "../testing/postgres";
import { createTempDatabase } from "../testing/temp-db";
import { insertRows } from "./bulk";
import { createPrismaClient } from "./client";
import type { Dialect } from "./dialect";

const PG_URL = await testPostgresUrl();

type Stored = (sql: string) => Promise<Record<string, unknown>[]>;

/** `stored` reads rows as the engine holds them (on SQLite: the very text of a date). */
async function compare(url: string, dialect: Dialect, stored?: Stored) {
  const db = createPrismaClient(url);
  try {
    const section = await db.section.create({ data: { slug: "s", name: "قسم", position: 0 } });
    const row = {
      status: "published" as const,
      title: "عنوان",
      excerpt: null,
      bodyHtml: "<p>نص</p>",
      sectionId: section.id,
      commentsOpen: false,
      breaking: true,
      publishedAt: new Date("2024-08-04T06:30:00.123Z"),
      publishAt: null,
      createdAt: new Date("2015-01-01T00:00:00Z"),
      updatedAt: new Date("2026-12-03T10:00:00Z"),
    };
    await db.article.createMany({ data: [{ id: 10, slug: "prisma", ...row }] });
    await insertRows(db, "Article", [{ id: 11, slug: "raw", ...row }], dialect);
    const select = stored ?? ((sql: string) => db.$queryRawUnsafe<Record<string, unknown>[]>(sql));
    const rows = await select(`SELECT * FROM "Article" WHERE "id" IN (10, 11) ORDER BY "id"`);
    expect(rows).toHaveLength(2);
    const [a, b] = rows.map(({ id: _id, slug: _slug, ...rest }) => rest);
    expect(b).toEqual(a);
    const read = await db.article.findMany({ where: { id: { in: [10, 11] } }, orderBy: { id: "asc" }, omit: { id: true, slug: true } });
    expect(read[1]).toEqual(read[0]);
    expect(read[1]).toMatchObject({ commentsOpen: false, breaking: true, publishedAt: row.publishedAt, excerpt: null });
  } finally {
    await db.$disconnect();
  }
}

describe("insertRows", () => {
  it("stores a row as createMany does on SQLite", async () => {
    const { file, raw } = createTempDatabase();
    await compare(`file:${file}`, "sqlite", async (sql) => raw.prepare(sql).all() as Record<string, unknown>[]);
    expect(raw.prepare(`SELECT "publishedAt" FROM "Article" WHERE "id" = 11`).get()).toEqual({ publishedAt: "2024-08-04T06:30:00.123+00:00" });
  });

  it.skipIf(!PG_URL)("stores a row as createMany does on PostgreSQL (needs a server: MIDAD_TEST_POSTGRES_URL, or the local one)", async () => {
    const name = `midad_import_bulk_${crypto.randomBytes(4).toString("hex")}`;
    const admin = new pg.Client({ connectionString: PG_URL });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    try {
      const u = new URL(PG_URL!);
      u.pathname = `/${name}`;
      // @ts-expect-error -- a plain ES module script without types
      const { migratePostgres } = (await import("../../scripts/db/migrate-postgres.mjs")) as { migratePostgres(url: string): Promise<void> };
      await migratePostgres(u.toString());
      await compare(u.toString(), "postgres");
    } finally {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    }
  }, 60_000);
});
