// One contract for both search engines (decisions 010, 011 and 100): the same corpus and
// the same queries give the same counts and the same results in the same order on SQLite
// (FTS5) and on PostgreSQL (tsvector). It needs a PostgreSQL server (lib/testing/postgres.ts:
// MIDAD_TEST_POSTGRES_URL, which .ci/run sets, or the local one); the test creates its own
// database and drops it. Without a server it is skipped, and its title says why.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { testPostgresUrl } from "../testing/postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { HEADLINES, PARAGRAPHS, SECTION_TAGS, type SectionSlug } from "../../prisma/seed-data/demo-content";
import { positional } from "../sql/dialect";
import { queryTerms } from "./query";
import { searchSql } from "./sql";
import { searchParams, searchRow } from "./text";

const PG_URL = await testPostgresUrl();

type Piece = { id: number; publishedAt: Date; params: unknown[] };

/** ~100 pieces from the demo paper's text; some share a publication time, to test ties. */
function corpus(): Piece[] {
  const out: Piece[] = [];
  const base = Date.UTC(2026, 10, 1, 12);
  let id = 1000;
  for (const [section, titles] of Object.entries(HEADLINES) as [SectionSlug, string[]][]) {
    const paras = PARAGRAPHS[section];
    titles.forEach((title, i) => {
      id++;
      const body = [0, 1, 2].map((k) => paras[(i + k) % paras.length]).join("\n\n");
      const tags = SECTION_TAGS[section].filter((_, k) => (k + i) % 2 === 0);
      out.push({
        id,
        publishedAt: new Date(base - Math.floor(id / 3) * 3_600_000),
        params: searchParams(id, searchRow({ title, kicker: null, excerpt: paras[i % paras.length] ?? null, bodyText: body, tags, bylines: [] })),
      });
    });
  }
  return out;
}

const QUERIES = [
  "البرلمان", "الموازنة", "الإطار التنسيقي", "وزير المالية", "بغداد", "النفط", "الانتخابات",
  "مصدر سياسي", "الكهرباء", "المنتخب", "العراق", "الاجتماع", "الحكومة", "كرة القدم", "المحافظين الجدد",
];

type Engine = { count(q: string): Promise<number>; top(q: string): Promise<number[]>; close(): Promise<void> };

function sqliteEngine(pieces: Piece[]): Engine {
  const s = searchSql("sqlite");
  const db = new Database(":memory:");
  db.exec(fs.readFileSync(path.resolve("prisma/migrations/20261129010000_search_index/migration.sql"), "utf8"));
  db.exec(`CREATE TABLE Article (id INTEGER PRIMARY KEY, publishedAt TEXT)`);
  for (const p of pieces) {
    db.prepare(`INSERT INTO Article VALUES (?, ?)`).run(p.id, p.publishedAt.toISOString().replace("Z", "+00:00"));
    db.prepare(s.upsert).run(...p.params);
  }
  return {
    count: async (q) => Number((db.prepare(s.count(10_000)).get(s.match(queryTerms(q))) as { n: number }).n),
    top: async (q) => {
      const { sql, hitParams } = s.reranked(queryTerms(q), 60, 20);
      return (db.prepare(sql).all(s.match(queryTerms(q)), 0, ...hitParams, 0) as { id: number }[]).map((r) => Number(r.id));
    },
    close: async () => void db.close(),
  };
}

async function postgresEngine(pieces: Piece[]): Promise<Engine> {
  const s = searchSql("postgres");
  const name = `midad_search_contract_${crypto.randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: PG_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(PG_URL!);
  url.pathname = `/${name}`;
  const db = new pg.Client({ connectionString: url.toString() });
  await db.connect();
  await db.query(fs.readFileSync(path.resolve("prisma/postgres/migrations/20261202000100_search_index/migration.sql"), "utf8"));
  await db.query(`CREATE TABLE "Article" ("id" INTEGER PRIMARY KEY, "publishedAt" TIMESTAMP(3))`);
  for (const p of pieces) {
    await db.query(`INSERT INTO "Article" VALUES ($1, $2)`, [p.id, p.publishedAt.toISOString().replace("Z", "")]);
    await db.query(positional(s.upsert, "postgres"), p.params);
  }
  return {
    count: async (q) => Number((await db.query(positional(s.count(10_000), "postgres"), [s.match(queryTerms(q))])).rows[0].n),
    top: async (q) => {
      const { sql, hitParams } = s.reranked(queryTerms(q), 60, 20);
      return (await db.query(positional(sql, "postgres"), [s.match(queryTerms(q)), 0, ...hitParams, 0])).rows.map((r) => Number(r.id));
    },
    close: async () => {
      await db.end();
      await admin.query(`DROP DATABASE ${name}`);
      await admin.end();
    },
  };
}

describe.skipIf(!PG_URL)("search contract: SQLite and PostgreSQL give the same results (needs a PostgreSQL server: MIDAD_TEST_POSTGRES_URL, or the local one)", () => {
  let lite: Engine;
  let post: Engine;
  beforeAll(async () => {
    const pieces = corpus();
    lite = sqliteEngine(pieces);
    post = await postgresEngine(pieces);
  }, 60_000);
  afterAll(async () => {
    await lite?.close();
    await post?.close();
  });

  it.each(QUERIES)("«%s»: same count and same ranked results", async (q) => {
    const [a, b] = [await lite.top(q), await post.top(q)];
    expect(await post.count(q)).toBe(await lite.count(q));
    expect(b).toEqual(a);
  });

  it("the corpus exercises the contract (most queries match, ties on publication time exist)", async () => {
    const counts = await Promise.all(QUERIES.map((q) => lite.count(q)));
    expect(counts.filter((n) => n > 1).length).toBeGreaterThanOrEqual(QUERIES.length / 2);
  });
});
