import "server-only";
import { db } from "@/lib/db";
import { baghdadDay } from "@/lib/dates/format";

// Views are counted in memory and written in batches, so a page view never costs a
// database write on the hot path. Each instance flushes its own increments (additive,
// so several instances are fine). A crash loses at most one interval of counts.
const FLUSH_EVERY_MS = 10_000;
const FLUSH_AT = 500;

type State = { pending: Map<string, number>; size: number; timer: NodeJS.Timeout | null; flushing: Promise<void> | null };
const g = globalThis as unknown as { midadViews?: State };
const state: State = (g.midadViews ??= { pending: new Map(), size: 0, timer: null, flushing: null });

export function recordView(articleId: number, now = new Date()) {
  const key = `${articleId}|${baghdadDay(now)}`;
  state.pending.set(key, (state.pending.get(key) ?? 0) + 1);
  state.size++;
  if (state.size >= FLUSH_AT) void flushViews();
  else if (!state.timer) {
    state.timer = setTimeout(() => void flushViews(), FLUSH_EVERY_MS);
    state.timer.unref?.();
  }
}

export async function flushViews(): Promise<void> {
  if (state.timer) clearTimeout(state.timer);
  state.timer = null;
  if (state.flushing) await state.flushing;
  if (!state.pending.size) return;
  const batch = state.pending;
  state.pending = new Map();
  state.size = 0;
  state.flushing = write(batch)
    .catch((e) => {
      // Put the counts back; they go out with the next flush.
      for (const [k, n] of batch) state.pending.set(k, (state.pending.get(k) ?? 0) + n);
      console.warn("[views] flush failed:", (e as Error).message);
    })
    .finally(() => {
      state.flushing = null;
    });
  await state.flushing;
}

async function write(batch: Map<string, number>) {
  await db.$transaction(async (tx) => {
    for (const [key, n] of batch) {
      const [id, day] = key.split("|") as [string, string];
      const articleId = Number(id);
      // Unknown or unpublished ids (forged beacons) are ignored, not errors. Tagged
      // templates keep the placeholders right for SQLite and PostgreSQL alike.
      await tx.$executeRaw`
        INSERT INTO "ArticleViewDay" ("articleId", "day", "count")
        SELECT ${articleId}, ${day}, ${n} WHERE EXISTS (SELECT 1 FROM "Article" WHERE "id" = ${articleId} AND "status" = 'published')
        ON CONFLICT ("articleId", "day") DO UPDATE SET "count" = "ArticleViewDay"."count" + excluded."count"`;
      await tx.$executeRaw`UPDATE "Article" SET "viewCount" = "viewCount" + ${n} WHERE "id" = ${articleId} AND "status" = 'published'`;
    }
  });
}
