import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";

/**
 * Every connection the app and its scripts open on the SQLite file (decision 097):
 * - WAL: readers never wait for the writer, and a write is one append to the log;
 * - synchronous=FULL: the log is fsynced at every commit, so a transaction that answered
 *   has reached the disk and survives a kill -9 or a power cut (better-sqlite3 is built
 *   with NORMAL as the WAL default, which may lose the last commits on power loss);
 * - busy_timeout: a second process (a backup, a script) makes writers wait, not fail.
 */
export const SQLITE_PRAGMAS = "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA busy_timeout = 5000;";

export class DurableSQLite extends PrismaBetterSQLite3 {
  override async connect() {
    const adapter = await super.connect();
    await adapter.executeScript(SQLITE_PRAGMAS);
    return adapter;
  }
}
