import crypto from "node:crypto";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { testPostgresUrl } from "@/lib/testing/postgres";

// Claim-once on PostgreSQL (several instances share one database, decision 100): ten claims
// racing over a connection pool, one winner per delivery. Skipped, and saying so, without a server.

const server = await testPostgresUrl();
if (!server) {
  describe("webhook queue on PostgreSQL", () => it.skip("needs a PostgreSQL server (MIDAD_TEST_POSTGRES_URL or the local one)", () => {}));
} else {
  const name = `midad_hooks_${crypto.randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: server });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const u = new URL(server);
  u.pathname = `/${name}`;
  // @ts-expect-error -- a plain ES module script without types
  const { migratePostgres } = await import("../../scripts/db/migrate-postgres.mjs");
  await migratePostgres(u.toString());
  process.env.DATABASE_URL = u.toString();
  const raw = new pg.Client({ connectionString: u.toString() });
  await raw.connect();
  const q = await import("./queue");
  const { db } = await import("@/lib/db");

  afterAll(async () => {
    await raw.end();
    await db.$disconnect();
    const a = new pg.Client({ connectionString: server });
    await a.connect();
    await a.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await a.end();
  });

  describe("webhook queue on PostgreSQL", () => {
    it("each due delivery is claimed by exactly one of ten racing claimers", async () => {
      const now = new Date();
      await raw.query(`INSERT INTO "WebhookEndpoint" (url, secret, events, "updatedAt") VALUES ('http://127.0.0.1:1/h', 'whsec_x', 'article.published', now())`);
      const ids = ["p1", "p2", "p3", "p4", "p5"];
      for (const id of ids) {
        await raw.query(`INSERT INTO "WebhookDelivery" (id, "endpointId", event, payload, "nextAttemptAt") VALUES ($1, 1, 'article.published', '{}', $2)`, [id, new Date(now.getTime() - 1000)]);
      }
      for (const id of ids) {
        const wins = await Promise.all(Array.from({ length: 10 }, () => q.claimDelivery(id, now)));
        expect(wins.filter(Boolean)).toHaveLength(1);
      }
      const { rows } = await raw.query(`SELECT status, attempts FROM "WebhookDelivery" ORDER BY id`);
      expect(rows).toEqual(ids.map(() => ({ status: "sending", attempts: 1 })));
    });
  });
}
