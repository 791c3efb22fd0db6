// One Prisma client for the engine DATABASE_URL names (decision 100): the app (lib/db.ts),
// the seed and the scripts all open their connection here. Both generated clients come
// from the same models (prisma/schema.prisma; prisma/postgres/schema.prisma is generated
// from it), so the PostgreSQL client is used through the SQLite client's types.
// No server-only import: scripts run it under tsx.
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../generated/prisma/client";
import { PrismaClient as PostgresPrismaClient } from "../generated/prisma-pg/client";
import { DurableSQLite } from "../sqlite/adapter";
import { dialectOf } from "./dialect";

/** When the database last refused a connection (null: reachable). Read by scripts/serve.mjs. */
export const DB_DOWN = Symbol.for("midad.databaseDownSince");

/**
 * Connections one process keeps to PostgreSQL (DATABASE_POOL_MAX, default 10). With N app
 * instances the server needs N × this plus a few for scripts and backups: PostgreSQL's
 * default max_connections of 100 fits up to 8 instances (docs/decisions/100).
 */
export function poolSize(): number {
  const n = Number(process.env.DATABASE_POOL_MAX ?? 10);
  return Number.isInteger(n) && n > 0 && n <= 500 ? n : 10;
}

/** A pg pool that survives a lost server: errors on idle connections are logged, not thrown. */
export function postgresPool(url: string, max = poolSize()): pg.Pool {
  const pool = new pg.Pool({
    connectionString: url,
    max,
    // A request waits at most this long for a connection, then fails (→ an Arabic 503).
    connectionTimeoutMillis: 5_000,
    idleTimeoutMillis: 30_000,
    application_name: "midad",
  });
  // Without a listener, a server restart would kill the process through an unhandled
  // 'error' event on an idle client; the pool replaces broken clients by itself.
  pool.on("error", (e: Error) => console.warn(`[db] PostgreSQL connection lost: ${e.message}`));
  // While no connection can be made, serve.mjs turns the app's 500s into a 503 with
  // Retry-After (readers and Varnish then know it is temporary; Varnish keeps its copy).
  const original = pool.connect.bind(pool) as unknown as (...a: unknown[]) => Promise<pg.PoolClient>;
  const note = (failed: boolean) => {
    (globalThis as { [DB_DOWN]?: number | null })[DB_DOWN] = failed ? Date.now() : null;
  };
  (pool as unknown as { connect: (...a: unknown[]) => unknown }).connect = (...args: unknown[]) => {
    const [cb] = args;
    // pool.query() uses the callback form; the adapter's transactions the promise form.
    if (typeof cb === "function") {
      return original((err: unknown, ...rest: unknown[]) => {
        note(!!err);
        return (cb as (...a: unknown[]) => unknown)(err, ...rest);
      });
    }
    return original().then(
      (client) => {
        note(false);
        return client;
      },
      (e: unknown) => {
        note(true);
        throw e;
      },
    );
  };
  return pool;
}

/** The driver adapter for PostgreSQL, on a pool that survives a lost server. */
export function postgresAdapter(url: string): PrismaPg {
  return new PrismaPg(postgresPool(url));
}

/** A plain client for scripts (seed, reindex, benchmarks) on either engine. */
export function createPrismaClient(url: string): PrismaClient {
  if (dialectOf(url) === "postgres") {
    return new PostgresPrismaClient({ adapter: postgresAdapter(url) }) as unknown as PrismaClient;
  }
  return new PrismaClient({ adapter: new DurableSQLite({ url }) });
}
