import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTempDatabase } from "@/lib/testing/temp-db";

const tmp = createTempDatabase();
const raw = tmp.raw;
const iso = (d: Date) => d.toISOString().replace("Z", "+00:00");
let publishDue: typeof import("./publish-due").publishDue;

beforeAll(async () => {
  ({ publishDue } = await import("./publish-due"));
  const t = iso(new Date());
  raw.prepare(`INSERT INTO Section (id, slug, name, createdAt, updatedAt) VALUES (1, 'politics', 'سياسية', ?, ?)`).run(t, t);
});
afterAll(() => {
  raw.close();
  fs.rmSync(tmp.dir, { recursive: true, force: true });
});

function scheduled(publishAt: Date): number {
  const t = iso(new Date());
  return Number(
    raw.prepare(`INSERT INTO Article (status, slug, title, sectionId, publishAt, createdAt, updatedAt) VALUES ('scheduled', 's', 'مجدول', 1, ?, ?, ?)`).run(iso(publishAt), t, t).lastInsertRowid,
  );
}

describe("publishDue", () => {
  it("publishes due pieces at their scheduled instant and leaves future ones alone", async () => {
    const due = new Date(Date.now() - 60_000);
    const a = scheduled(due);
    const b = scheduled(new Date(Date.now() + 3600_000));
    const keys = await publishDue();
    expect(keys.map((k) => k.id)).toEqual([a]);
    expect(keys[0]!.sectionSlugs).toEqual(["politics"]);
    expect(raw.prepare(`SELECT status, publishedAt, publishAt FROM Article WHERE id = ?`).get(a)).toEqual({ status: "published", publishedAt: iso(due), publishAt: null });
    expect(raw.prepare(`SELECT status FROM Article WHERE id = ?`).get(b)).toEqual({ status: "scheduled" });
  });

  it("publishes each piece once when several instances tick at the same time", async () => {
    const id = scheduled(new Date(Date.now() - 1000));
    const results = await Promise.all([publishDue(), publishDue(), publishDue()]);
    expect(results.flat().filter((k) => k.id === id)).toHaveLength(1);
    expect((raw.prepare(`SELECT COUNT(*) AS n FROM AuditLog WHERE action = 'article.publish_scheduled' AND entityId = ?`).get(String(id)) as { n: number }).n).toBe(1);
  });
});
