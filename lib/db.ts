import "server-only";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";
import { DurableSQLite } from "@/lib/sqlite/adapter";

function createClient() {
  const adapter = new DurableSQLite({ url: env.DATABASE_URL });
  const client = new PrismaClient({
    adapter,
    log: [{ emit: "event", level: "query" }],
    // Password hashes never leave the database unless a query asks for them by name.
    omit: { user: { passwordHash: true } },
  });
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
