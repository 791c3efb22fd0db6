import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { queryTerms } from "./query";
import { searchSql } from "./sql";
import { searchParams, searchRow, type SearchSource } from "./text";

const s = searchSql("sqlite");

// The ranking SQL against a real FTS5 table built by the committed migration.
function fixture(pieces: { id: number; publishedAt: string; src: Partial<SearchSource> }[]) {
  const db = new Database(":memory:");
  db.exec(fs.readFileSync(path.resolve("prisma/migrations/20261129010000_search_index/migration.sql"), "utf8"));
  db.exec(`CREATE TABLE Article (id INTEGER PRIMARY KEY, publishedAt TEXT)`);
  for (const p of pieces) {
    db.prepare(`INSERT INTO Article VALUES (?, ?)`).run(p.id, p.publishedAt);
    const src = { title: "", kicker: null, excerpt: null, bodyText: "", tags: [], bylines: [], ...p.src };
    db.prepare(s.upsert).run(...searchParams(p.id, searchRow(src)));
  }
  return db;
}

function rank(db: Database.Database, q: string, offset = 0, pageSize = 20) {
  const { sql, hitParams } = s.reranked(queryTerms(q), 60, pageSize);
  return (db.prepare(sql).all(s.match(queryTerms(q)), 0, ...hitParams, offset) as { id: number; hits: number }[]).map((r) => [r.id, r.hits]);
}

describe("second-stage ranking", () => {
  it("counts weighted occurrences, each term at most 3 times per column, adjacent repeats included", () => {
    const db = fixture([
      { id: 1, publishedAt: "2026-01-02T00:00:00.000+00:00", src: { title: "الإطار التنسيقي" } },
      { id: 2, publishedAt: "2026-01-01T00:00:00.000+00:00", src: { bodyText: "الإطار الإطار الإطار الإطار الإطار التنسيقي" } },
    ]);
    expect(rank(db, "الإطار التنسيقي")).toEqual([
      [1, 4], // title weighs 2: 2 × (1 + 1)
      [2, 4], // body weighs 1: min(3, 5) + 1; equal hits: the newer first
    ]);
  });

  it("puts an in-depth piece before a brief that mentions the subject once, then newest first", () => {
    const brief = { title: "الإطار التنسيقي يجتمع" };
    const db = fixture([
      { id: 1, publishedAt: "2026-01-01T00:00:00.000+00:00", src: brief },
      { id: 2, publishedAt: "2024-01-01T00:00:00.000+00:00", src: { title: "انسحاب القوات", excerpt: "الإطار التنسيقي", bodyText: "الإطار التنسيقي والإطار التنسيقي", tags: ["الإطار التنسيقي"] } },
      { id: 3, publishedAt: "2026-02-01T00:00:00.000+00:00", src: brief },
    ]);
    expect(rank(db, "الاطار التنسيقى").map(([id]) => id)).toEqual([2, 3, 1]);
  });

  it("pages with LIMIT and OFFSET", () => {
    const db = fixture(Array.from({ length: 5 }, (_, i) => ({ id: i + 1, publishedAt: `2026-01-0${i + 1}T00:00:00.000+00:00`, src: { title: "بغداد" } })));
    expect(rank(db, "بغداد", 2, 2).map(([id]) => id)).toEqual([3, 2]);
  });
});
