import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTempDatabase } from "@/lib/testing/temp-db";

// Moderation decisions race: two moderators acting on one comment at once must each record
// the status they really changed from; the queue reads each client's other comments in one go.
const tmp = createTempDatabase();
const raw = tmp.raw;
const iso = (d: Date) => d.toISOString().replace("Z", "+00:00");
type Moderate = typeof import("./moderation").moderate;
type GetQueue = typeof import("./moderation").getQueue;
let moderate: Moderate;
let getQueue: GetQueue;
const actor = (id: string) => ({ id, name: id, email: `${id}@x.test`, role: "moderator" as const, mustChangePassword: false, twoFactorRequired: false, mustEnrollTwoFactor: false });

function comment(body: string, clientHash: string, status = "pending", minutesAgo = 0): number {
  const t = iso(new Date(Date.now() - minutesAgo * 60_000));
  return Number(
    raw.prepare(`INSERT INTO Comment (articleId, authorName, body, status, clientHash, createdAt, updatedAt) VALUES (1, 'قارئ', ?, ?, ?, ?, ?)`).run(body, status, clientHash, t, t).lastInsertRowid,
  );
}

beforeAll(async () => {
  const t = iso(new Date());
  raw.prepare(`INSERT INTO Section (id, slug, name, createdAt, updatedAt) VALUES (1, 'politics', 'سياسية', ?, ?)`).run(t, t);
  raw.prepare(`INSERT INTO Article (id, status, slug, title, sectionId, publishedAt, createdAt, updatedAt) VALUES (1, 'published', 's', 'مادة', 1, ?, ?, ?)`).run(t, t, t);
  for (const id of ["m1", "m2"]) raw.prepare(`INSERT INTO User (id, email, name, role, passwordHash, createdAt, updatedAt) VALUES (?, ?, ?, 'moderator', 'x', ?, ?)`).run(id, `${id}@x.test`, id, t, t);
  ({ moderate, getQueue } = await import("./moderation"));
});
afterAll(() => raw.close());

describe("moderation decisions", () => {
  it("two moderators at once: every event's 'from' is the status before it, and the comment ends in one of the two", async () => {
    for (let i = 0; i < 3; i++) {
      const id = comment(`تعليق متنازع ${i}`, "h-race");
      await Promise.all([moderate(actor("m1"), "approve", [id]), moderate(actor("m2"), "reject", [id])]);
      const events = raw.prepare(`SELECT fromStatus, toStatus FROM CommentEvent WHERE commentId = ? ORDER BY id`).all(id) as { fromStatus: string; toStatus: string }[];
      expect(events.length).toBeGreaterThanOrEqual(1);
      expect(events[0]!.fromStatus).toBe("pending");
      for (let j = 1; j < events.length; j++) expect(events[j]!.fromStatus).toBe(events[j - 1]!.toStatus);
      const final = (raw.prepare(`SELECT status FROM Comment WHERE id = ?`).get(id) as { status: string }).status;
      expect(final).toBe(events.at(-1)!.toStatus);
    }
  }, 60_000);

  it("a decision that is already the comment's status records nothing", async () => {
    const id = comment("مقبول أصلاً", "h-same", "approved");
    expect(await moderate(actor("m1"), "approve", [id])).toBe(0);
    expect(raw.prepare(`SELECT COUNT(*) AS n FROM CommentEvent WHERE commentId = ?`).get(id)).toEqual({ n: 0 });
  });

  it("the queue shows each client's other recent comments, never the row itself, at most five", async () => {
    const mine = Array.from({ length: 8 }, (_, i) => comment(`تعليق رقم ${i}`, "h-busy", "approved", 100 - i));
    const pendingId = comment("تعليق ينتظر", "h-busy", "pending", 1);
    const other = comment("من قارئ آخر", "h-other", "pending", 2);
    const { items } = await getQueue("pending", 1);
    const item = items.find((i) => i.id === pendingId)!;
    expect(item.others.map((o) => o.id)).toEqual([...mine].reverse().slice(0, 5));
    expect(item.others.every((o) => o.createdAt instanceof Date)).toBe(true);
    expect(items.find((i) => i.id === other)!.others).toEqual([]);
  });
});
