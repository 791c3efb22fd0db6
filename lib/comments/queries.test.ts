import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTempDatabase } from "@/lib/testing/temp-db";

const tmp = createTempDatabase();
const raw = tmp.raw;
const iso = (d: Date) => d.toISOString().replace("Z", "+00:00");
let readThreads: typeof import("./queries").readThreads;
const T0 = Date.UTC(2026, 0, 1);

function comment(articleId: number, minute: number, status = "approved", parentId: number | null = null, name = "قارئ") {
  const at = iso(new Date(T0 + minute * 60_000));
  return Number(
    raw
      .prepare(`INSERT INTO Comment (articleId, parentId, status, authorName, body, clientHash, createdAt, updatedAt) VALUES (?, ?, ?, ?, ?, 'h', ?, ?)`)
      .run(articleId, parentId, status, name, `تعليق ${minute}`, at, at).lastInsertRowid,
  );
}

beforeAll(async () => {
  ({ readThreads } = await import("./queries"));
  const t = iso(new Date());
  raw.exec(`INSERT INTO Section (id, slug, name, createdAt, updatedAt) VALUES (1, 'politics', 'سياسية', '${t}', '${t}');`);
  for (const id of [1, 2]) raw.prepare(`INSERT INTO Article (id, status, slug, title, sectionId, publishedAt, createdAt, updatedAt) VALUES (?, 'published', 's', 'م', 1, ?, ?, ?)`).run(id, t, t, t);
});
afterAll(() => {
  raw.close();
  fs.rmSync(tmp.dir, { recursive: true, force: true });
});

describe("readThreads", () => {
  it("lists approved threads oldest first with their approved replies, and counts what readers see", async () => {
    const first = comment(1, 1);
    const second = comment(1, 2);
    comment(1, 3, "pending");
    comment(1, 4, "rejected");
    const hidden = comment(1, 5, "pending");
    comment(1, 6, "approved", hidden); // a reply under a comment readers cannot see
    comment(1, 8, "approved", first);
    comment(1, 7, "approved", first);
    comment(1, 9, "spam", first);
    comment(2, 1); // another piece
    const page = await readThreads(1, "");
    expect(page.threads.map((t) => [t.id, t.replies.map((r) => r.body)])).toEqual([
      [first, ["تعليق 7", "تعليق 8"]],
      [second, []],
    ]);
    expect(page.total).toBe(4);
    expect(page.nextCursor).toBeNull();
    expect(page.threads[0]).toMatchObject({ authorName: "قارئ", body: "تعليق 1", parentId: null, createdAt: new Date(T0 + 60_000).toISOString() });
  });

  it("pages 20 threads at a time by cursor, with the same total on every page", async () => {
    const ids = Array.from({ length: 25 }, (_, i) => comment(2, 100 + i));
    const one = await readThreads(2, "");
    expect(one.threads).toHaveLength(20);
    expect(one.nextCursor).not.toBeNull();
    const two = await readThreads(2, one.nextCursor!);
    expect(two.threads.map((t) => t.id)).toEqual(ids.slice(19));
    expect(two.nextCursor).toBeNull();
    expect(one.total).toBe(26);
    expect(two.total).toBe(26);
  });
});
