import "server-only";
import { db } from "@/lib/db";
import type { HitStore } from "./rate-limit";

/** RateLimitHit rows; old rows are pruned now and then by the writes themselves. */
export const dbHitStore: HitStore = {
  async hitsSince(key, since) {
    const rows = await db.rateLimitHit.findMany({ where: { key, createdAt: { gt: since } }, select: { createdAt: true } });
    return rows.map((r) => r.createdAt);
  },
  async record(key, at) {
    await db.rateLimitHit.create({ data: { key, createdAt: at } });
    if (Math.random() < 0.02) {
      await db.rateLimitHit.deleteMany({ where: { createdAt: { lt: new Date(at.getTime() - 2 * 3_600_000) } } });
    }
  },
};
