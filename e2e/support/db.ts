import Database from "better-sqlite3";
import { E2E_DB_FILE } from "./env";

/** Direct access to the test server's database, for fixtures and "nothing changed" checks. */
let handle: Database.Database | null = null;
export function testDb(): Database.Database {
  if (!handle) {
    handle = new Database(E2E_DB_FILE);
    handle.pragma("busy_timeout = 5000");
  }
  return handle;
}

export function count(table: string, where = "1=1", ...params: unknown[]): number {
  return (testDb().prepare(`SELECT COUNT(*) AS n FROM "${table}" WHERE ${where}`).get(...params) as { n: number }).n;
}

/** Prisma's SQLite adapter stores instants as ISO text with an explicit offset. */
export const sqlDate = (d: Date) => d.toISOString().replace("Z", "+00:00");

/** A published, a draft… piece made directly in the database, for tests that need one. */
export function insertArticle(fields: {
  title: string;
  status?: "draft" | "in_review" | "scheduled" | "published" | "archived";
  sectionSlug?: string;
  publishedAt?: Date | null;
  publishAt?: Date | null;
  bodyHtml?: string;
  slug?: string;
}): number {
  const db = testDb();
  const section = db.prepare(`SELECT id FROM Section WHERE slug = ?`).get(fields.sectionSlug ?? "politics") as { id: number };
  const status = fields.status ?? "published";
  const publishedAt = fields.publishedAt === undefined ? (status === "published" ? new Date() : null) : fields.publishedAt;
  const now = Date.now();
  const body = fields.bodyHtml ?? `<p>${fields.title}</p>`;
  const r = db
    .prepare(
      `INSERT INTO Article (status, slug, title, excerpt, bodyHtml, bodyText, sectionId, publishedAt, publishAt, contentUpdatedAt, createdAt, updatedAt)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      status,
      fields.slug ?? fields.title.replace(/\s+/g, "-"),
      fields.title,
      fields.title,
      body,
      body.replace(/<[^>]+>/g, ""),
      section.id,
      publishedAt ? sqlDate(publishedAt) : null,
      fields.publishAt ? sqlDate(fields.publishAt) : null,
      publishedAt ? sqlDate(publishedAt) : null,
      sqlDate(new Date(now)),
      sqlDate(new Date(now)),
    );
  return Number(r.lastInsertRowid);
}
