import "server-only";

/**
 * SQLite refused or gave up waiting for the write lock, so the transaction wrote nothing and
 * can run again. Besides SQLITE_BUSY itself (a read transaction that wants to write while
 * another connection writes), a wait longer than busy_timeout (5 s, lib/sqlite/adapter.ts)
 * reaches us through Prisma's adapter as P1008 "Operation has timed out" (SocketTimeout).
 * The CI's HTTP fuzz test met that as a 500 from the content API on 2026-12-03.
 */
export function isBusy(e: unknown): boolean {
  if (typeof e !== "object" || e === null) return false;
  const { code, message, meta } = e as { code?: unknown; message?: unknown; meta?: { driverAdapterError?: unknown } };
  return /SQLITE_BUSY|database is locked|^P1008\b|SocketTimeout/.test(`${code ?? ""} ${message ?? ""} ${String(meta?.driverAdapterError ?? "")}`);
}

/**
 * Run a transaction that only touches the database, again and again (backing off) while the
 * database is busy, for up to `budgetMs`: another writer (a script, a backup, a burst of
 * requests) may hold SQLite for seconds, and a reader's request should wait that out rather
 * than fail. Any other error, or a busy database past the budget, is thrown.
 */
export async function retryWhileBusy<T>(run: () => Promise<T>, budgetMs = 15_000): Promise<T> {
  const deadline = Date.now() + budgetMs;
  for (let attempt = 0; ; attempt++) {
    try {
      return await run();
    } catch (e) {
      if (!isBusy(e) || Date.now() > deadline) throw e;
      await new Promise((r) => setTimeout(r, Math.min(250, 5 * 2 ** attempt) + Math.random() * 20));
    }
  }
}
