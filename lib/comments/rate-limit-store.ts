import "server-only";
import { db } from "@/lib/db";
import { retryWhileBusy } from "@/lib/sql/busy-retry";
import { lockKey } from "@/lib/sql/key-lock";
import type { HitStore } from "./rate-limit";

/**
 * RateLimitHit rows; old rows are pruned now and then by the writes themselves. `atomic`
 * runs check-and-record for one key under that key's lock (lib/sql/key-lock.ts), so
 * parallel requests on any instance cannot all pass the same check.
 */
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
  async atomic(key, fn) {
    if (Math.random() < 0.02) await db.rateLimitHit.deleteMany({ where: { createdAt: { lt: new Date(Date.now() - 2 * 3_600_000) } } });
    return retryWhileBusy(() =>
      db.$transaction(async (tx) => {
        await lockKey(tx, `rate:${key}`);
        return fn({
          hitsSince: async (k, since) =>
            (await tx.rateLimitHit.findMany({ where: { key: k, createdAt: { gt: since } }, select: { createdAt: true } })).map((r) => r.createdAt),
          record: async (k, at) => {
            await tx.rateLimitHit.create({ data: { key: k, createdAt: at } });
          },
        });
      }),
    );
  },
};
