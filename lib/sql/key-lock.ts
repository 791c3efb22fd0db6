import "server-only";
import { env } from "@/lib/env";
import { dialectOf } from "./dialect";

type Tx = { $queryRawUnsafe<T = unknown>(query: string, ...values: unknown[]): Promise<T> };

/**
 * Serialise transactions that check and then record something for one key (a client's
 * comment budget, a sign-in pair), so a burst of parallel requests — on several instances —
 * lets exactly the limit through. PostgreSQL: a transaction-scoped advisory lock on the key's
 * hash, released at commit. SQLite: one process owns the file and Prisma runs its interactive
 * transactions one at a time there, so nothing more is needed.
 */
export async function lockKey(tx: Tx, key: string): Promise<void> {
  if (dialectOf(env.DATABASE_URL) !== "postgres") return;
  await tx.$queryRawUnsafe("SELECT 1 AS locked FROM (SELECT pg_advisory_xact_lock(hashtextextended($1, 0))) AS l", key);
}
