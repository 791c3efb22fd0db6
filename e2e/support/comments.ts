import crypto from "node:crypto";
import { insertArticle, sqlDate, testDb } from "./db";

/** A distinct client address per call, so tests never share a rate-limit bucket. */
export function clientIp(): string {
  const b = crypto.randomBytes(3);
  return `10.${b[0]}.${b[1]}.${b[2]}`;
}

/** A comment row made directly in the database (status and time chosen by the test). */
export function insertComment(fields: {
  articleId: number;
  body: string;
  authorName?: string;
  status?: "pending" | "approved" | "rejected" | "spam";
  parentId?: number | null;
  createdAt?: Date;
  clientHash?: string;
  heldReason?: string | null;
}): number {
  const at = sqlDate(fields.createdAt ?? new Date());
  const r = testDb()
    .prepare(
      `INSERT INTO Comment (articleId, parentId, status, authorName, body, clientHash, bodyKey, heldReason, createdAt, updatedAt)
       VALUES (?, ?, ?, ?, ?, ?, '', ?, ?, ?)`,
    )
    .run(
      fields.articleId,
      fields.parentId ?? null,
      fields.status ?? "approved",
      fields.authorName ?? "قارئ الاختبار",
      fields.body,
      fields.clientHash ?? `e2e-${crypto.randomBytes(4).toString("hex")}`,
      fields.heldReason ?? null,
      at,
      at,
    );
  return Number(r.lastInsertRowid);
}

export function setArticle(id: number, fields: { commentsOpen?: boolean; commentPolicy?: "pre" | "post" | null }) {
  const db = testDb();
  if (fields.commentsOpen !== undefined) db.prepare(`UPDATE Article SET commentsOpen = ? WHERE id = ?`).run(fields.commentsOpen ? 1 : 0, id);
  if (fields.commentPolicy !== undefined) db.prepare(`UPDATE Article SET commentPolicy = ? WHERE id = ?`).run(fields.commentPolicy, id);
}

export function commentRow(id: number) {
  return testDb().prepare(`SELECT * FROM Comment WHERE id = ?`).get(id) as
    | { id: number; status: string; flagged: number; reportCount: number; parentId: number | null; honeypot: number; clientHash: string; body: string; heldReason: string | null }
    | undefined;
}

export function commentsOf(articleId: number) {
  return testDb().prepare(`SELECT * FROM Comment WHERE articleId = ? ORDER BY id`).all(articleId) as {
    id: number;
    status: string;
    body: string;
    authorName: string;
    parentId: number | null;
    honeypot: number;
    clientHash: string;
    heldReason: string | null;
  }[];
}

/**
 * A published piece under a random high id. The e2e database restarts from the seed on
 * every run but the production build's data cache (.next/cache) survives, so reusing the
 * same autoincrement ids would show a previous run's cached page for the same id.
 */
export function insertFreshArticle(title: string, status: Parameters<typeof insertArticle>[0]["status"] = "published"): number {
  const db = testDb();
  const id = insertArticle({ title, status });
  for (;;) {
    const fresh = 10_000_000 + crypto.randomInt(2_000_000_000);
    if (db.prepare(`SELECT 1 FROM Article WHERE id = ?`).get(fresh)) continue;
    db.prepare(`UPDATE Article SET id = ? WHERE id = ?`).run(fresh, id);
    return fresh;
  }
}
