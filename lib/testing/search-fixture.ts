// The demo paper (prisma/seed-data/demo-content.ts) as a search fixture, on either engine:
// a fresh database from the committed migrations, the same titles, sections, tags, kickers,
// datelines and paragraph pools as `npm run db:seed`, bodies assembled deterministically
// (the seed draws them at random) and publication times spread like the seed's. Used by the
// relevance set (lib/search/relevance.test.ts) and the engine contract (contract.test.ts).
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { AUTHORS, HEADLINES, PARAGRAPHS, SECTIONS, SECTION_DESK, SECTION_TAGS, SEED_LATEST, SEED_RELATED, TAGS, type SectionSlug } from "../../prisma/seed-data/demo-content";
import { SEED_ARTICLE } from "../../prisma/seed-data/seed-article";
import { createPrismaClient } from "../sql/client";
import type { Dialect } from "../sql/dialect";
import { reindexAll } from "../search/reindex";

export type FixturePiece = {
  title: string;
  section: SectionSlug;
  paragraphs: string[];
  publishedAt: Date;
  tags: string[];
  kicker?: string;
  dateline?: string | null;
  author?: string;
  excerpt?: string;
  status?: "published" | "draft" | "scheduled";
  id?: number;
};

/** When the fixture paper "is": every age is counted back from here. */
export const FIXTURE_NOW = new Date("2026-11-30T09:00:00Z");

function excerptOf(paragraphs: string[]) {
  const text = paragraphs.join(" ");
  return text.length > 220 ? `${text.slice(0, 217).replace(/\s+\S*$/, "")}…` : text;
}

/** `count` paragraphs of a section's pool, starting at `start`: the seed's bodyFor without chance. */
const body = (section: SectionSlug, start: number, count: number) => {
  const pool = PARAGRAPHS[section];
  return Array.from({ length: Math.min(count, pool.length) }, (_, k) => pool[(start + k) % pool.length]!);
};

/** The demo paper, in the seed's order (ids grow in this order). */
export function demoPieces(now = FIXTURE_NOW): FixturePiece[] {
  const out: FixturePiece[] = [
    {
      id: SEED_ARTICLE.id,
      title: SEED_ARTICLE.title,
      section: "politics",
      paragraphs: SEED_ARTICLE.paragraphs,
      publishedAt: SEED_ARTICLE.publishedAt,
      dateline: SEED_ARTICLE.dateline,
      author: "al-mada",
      tags: ["الإطار-التنسيقي", "التحالف-الدولي"],
    },
    {
      title: SEED_RELATED.title,
      section: "politics",
      paragraphs: SEED_RELATED.paragraphs,
      excerpt: SEED_RELATED.excerpt,
      dateline: SEED_RELATED.dateline,
      author: "tamim-al-hassan",
      publishedAt: new Date("2024-07-30T15:10:00Z"),
      tags: ["الإطار-التنسيقي", "العفو-العام", "البرلمان"],
    },
    ...SEED_LATEST.map((l, i) => ({
      title: l.title,
      section: l.section,
      paragraphs: body(l.section, i, 4),
      publishedAt: new Date(SEED_ARTICLE.publishedAt.getTime() + (i + 1) * 40 * 60_000),
      tags: SECTION_TAGS[l.section].slice(0, 2),
    })),
  ];
  const seen = new Set(out.map((p) => p.title));
  let n = 0;
  for (const section of SECTIONS.map((s) => s.slug)) {
    HEADLINES[section].forEach((title, i) => {
      if (seen.has(title)) return;
      n++;
      const tags = SECTION_TAGS[section];
      out.push({
        title,
        section,
        paragraphs: body(section, i, 4 + (i % 3)),
        publishedAt: new Date(now.getTime() - ((Math.floor((n * 997) % (60 * 24 * 60)) + 20) * 60_000)),
        kicker: section === "opinion" ? AUTHORS.find((a) => a.slug === "ali-hussein")!.columnName! : undefined,
        tags: [...new Set([tags[i % tags.length]!, tags[(i * 3 + 1) % tags.length]!])],
      });
    });
  }
  out.push(
    {
      title: "عاجل: مجلس الوزراء يعطل الدوام الرسمي غداً بسبب الأحوال الجوية",
      section: "local",
      paragraphs: body("local", 2, 3),
      publishedAt: new Date(now.getTime() - 5 * 60_000),
      tags: ["بغداد"],
    },
    // Never found: not public.
    { title: "مسودة: ملف الكهرباء في الصيف المقبل", section: "investigations", paragraphs: body("investigations", 0, 3), publishedAt: now, tags: [], status: "draft" },
    { title: "مجدول: افتتاح الدورة الجديدة لمعرض العراق للكتاب", section: "culture", paragraphs: body("culture", 0, 3), publishedAt: new Date(now.getTime() + 3 * 86_400_000), tags: [], status: "scheduled" },
  );
  return out;
}

export type SearchFixture = {
  url: string;
  db: ReturnType<typeof createPrismaClient>;
  /** Piece ids by title. */
  ids: Map<string, number>;
  sections: Map<SectionSlug, number>;
  close(): Promise<void>;
};

/** A database of the given engine holding `pieces`, indexed. PostgreSQL needs `pgUrl` (a server). */
export async function createSearchFixture(dialect: Dialect, pieces: FixturePiece[] = demoPieces(), pgUrl?: string): Promise<SearchFixture> {
  let url: string;
  let drop = async () => {};
  if (dialect === "sqlite") {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "midad-search-"));
    const file = path.join(dir, "search.db");
    const raw = new Database(file);
    const migrations = path.resolve(import.meta.dirname, "../../prisma/migrations");
    for (const m of fs.readdirSync(migrations).filter((d) => fs.statSync(path.join(migrations, d)).isDirectory()).sort()) {
      raw.exec(fs.readFileSync(path.join(migrations, m, "migration.sql"), "utf8"));
    }
    raw.close();
    url = `file:${file}`;
    drop = async () => fs.rmSync(dir, { recursive: true, force: true });
  } else {
    if (!pgUrl) throw new Error("PostgreSQL fixture needs a server URL");
    const name = `midad_search_${crypto.randomBytes(4).toString("hex")}`;
    const admin = new pg.Client({ connectionString: pgUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.query(`ALTER DATABASE ${name} SET synchronous_commit = off`);
    await admin.end();
    const u = new URL(pgUrl);
    u.pathname = `/${name}`;
    url = u.toString();
    // @ts-expect-error -- a plain ES module script without types
    const { migratePostgres } = await import("../../scripts/db/migrate-postgres.mjs");
    await migratePostgres(url);
    drop = async () => {
      const a = new pg.Client({ connectionString: pgUrl });
      await a.connect();
      await a.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await a.end();
    };
  }

  const db = createPrismaClient(url);
  const sections = new Map<SectionSlug, number>();
  for (const [i, s] of SECTIONS.entries()) sections.set(s.slug, (await db.section.create({ data: { ...s, position: i } })).id);
  const authors = new Map<string, number>();
  for (const a of [...AUTHORS, { slug: "al-mada", name: "المدى", bio: null, columnName: null }]) {
    authors.set(a.slug, (await db.author.create({ data: { slug: a.slug, name: a.name, bio: a.bio, columnName: a.columnName } })).id);
  }
  const tags = new Map<string, number>();
  for (const t of TAGS) tags.set(t.slug, (await db.tag.create({ data: t })).id);

  const ids = new Map<string, number>();
  let slugN = 0;
  for (const p of pieces) {
    const status = p.status ?? "published";
    const row = await db.article.create({
      data: {
        id: p.id,
        status,
        title: p.title,
        slug: `piece-${++slugN}`,
        kicker: p.kicker,
        excerpt: p.excerpt ?? excerptOf(p.paragraphs),
        bodyHtml: p.paragraphs.map((x) => `<p>${x}</p>`).join("\n"),
        bodyText: p.paragraphs.join("\n\n"),
        dateline: p.dateline === undefined ? SECTION_DESK[p.section].dateline || null : p.dateline,
        sectionId: sections.get(p.section)!,
        publishedAt: status === "draft" ? null : p.publishedAt,
        publishAt: status === "scheduled" ? p.publishedAt : null,
        contentUpdatedAt: status === "published" ? p.publishedAt : null,
        createdAt: p.publishedAt,
        authors: { create: [{ authorId: authors.get(p.author ?? SECTION_DESK[p.section].author)!, position: 0 }] },
        tags: { create: p.tags.map((slug) => ({ tagId: tags.get(slug)! })) },
      },
    });
    ids.set(p.title, row.id);
    if (p.id && dialect === "postgres") await db.$executeRawUnsafe(`SELECT setval(pg_get_serial_sequence('"Article"', 'id'), ${p.id})`);
  }
  await reindexAll(db, undefined, dialect);
  return {
    url,
    db,
    ids,
    sections,
    close: async () => {
      await db.$disconnect();
      await drop();
    },
  };
}
