import { testDb } from "./db";

export function articleRow(id: number) {
  return testDb().prepare(`SELECT id, status, slug, title, version, publishedAt, publishAt, createdById FROM Article WHERE id = ?`).get(id) as {
    id: number; status: string; slug: string; title: string; version: number; publishedAt: string | null; publishAt: string | null; createdById: string | null;
  };
}

export function setOwner(id: number, userId: string) {
  testDb().prepare(`UPDATE Article SET createdById = ? WHERE id = ?`).run(userId, id);
}

export const uniq = () => Math.random().toString(36).slice(2, 7);
