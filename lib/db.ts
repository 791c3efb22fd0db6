import "server-only";
import { env } from "@/lib/env";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { PrismaClient as PostgresPrismaClient } from "@/lib/generated/prisma-pg/client";
import { dialectOf } from "@/lib/sql/dialect";
import { postgresAdapter } from "@/lib/sql/client";
import { DurableSQLite } from "@/lib/sqlite/adapter";

function sqliteClient(adapter: DurableSQLite) {
  return new PrismaClient({
    adapter,
    log: [{ emit: "event", level: "query" }],
    // Password hashes never leave the database unless a query asks for them by name.
    omit: { user: { passwordHash: true } },
  });
}

function createClient() {
  // SQLite (embedded default) or PostgreSQL, from DATABASE_URL (decision 100). Both clients
  // are generated from the same models, so the PostgreSQL one is used through these types.
  const client: ReturnType<typeof sqliteClient> =
    dialectOf(env.DATABASE_URL) === "postgres"
      ? (new PostgresPrismaClient({
          adapter: postgresAdapter(env.DATABASE_URL),
          log: [{ emit: "event", level: "query" }],
          omit: { user: { passwordHash: true } },
        }) as unknown as ReturnType<typeof sqliteClient>)
      : sqliteClient(new DurableSQLite({ url: env.DATABASE_URL }));
  client.$on("query", (e) => {
    if (e.duration >= env.SLOW_QUERY_MS) {
      console.warn(`[db] slow query ${e.duration}ms: ${e.query.slice(0, 300)}`);
    }
  });
  return client;
}

type Client = ReturnType<typeof createClient>;
const globalForDb = globalThis as unknown as { midadDb?: Client };

export const db: Client = globalForDb.midadDb ?? createClient();
if (env.NODE_ENV !== "production") globalForDb.midadDb = db;
