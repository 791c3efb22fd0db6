import http from "node:http";
import type { AddressInfo } from "node:net";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { freshPostgresDatabase, testPostgresUrl } from "@/lib/testing/postgres";

// Claim-once on PostgreSQL (several instances share one database, decision 100): ten claims
// racing over a connection pool, one winner per delivery; and the whole path on this engine:
// a publication queues its event in the workflow's transaction, a 500 is logged and retried,
// then delivered. Skipped, and saying so, without a server.

const server = await testPostgresUrl();
if (!server) {
  describe("webhook queue on PostgreSQL", () => it.skip("needs a PostgreSQL server (MIDAD_TEST_POSTGRES_URL or the local one)", () => {}));
} else {
  const fresh = await freshPostgresDatabase(server, "hooks");
  process.env.DATABASE_URL = fresh.url;
  process.env.WEBHOOKS_ALLOW_PRIVATE = "127.0.0.1";
  const raw = new pg.Client({ connectionString: fresh.url });
  await raw.connect();
  const q = await import("./queue");
  const { db } = await import("@/lib/db");

  afterAll(async () => {
    await raw.end();
    await db.$disconnect();
    await fresh.drop();
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

    it("a publication's event is queued with it, its failed attempt logged, its retry delivered", async () => {
      const answers = [500];
      const seen: string[] = [];
      const receiver = http.createServer((req, res) => {
        let body = "";
        req.on("data", (c) => (body += c));
        req.on("end", () => {
          seen.push(body);
          res.writeHead(answers.shift() ?? 204).end();
        });
      });
      await new Promise<void>((r) => receiver.listen(0, "127.0.0.1", r));
      try {
        const port = (receiver.address() as AddressInfo).port;
        await raw.query(`UPDATE "WebhookEndpoint" SET paused = true`);
        const hook = await raw.query(`INSERT INTO "WebhookEndpoint" (url, secret, events, "updatedAt") VALUES ($1, 'whsec_eA==', 'article.published', now()) RETURNING id`, [`http://127.0.0.1:${port}/h`]);
        await raw.query(`INSERT INTO "Section" (slug, name, "updatedAt") VALUES ('politics', 'سياسية', now())`);
        await raw.query(`INSERT INTO "User" (id, email, name, role, "passwordHash", "updatedAt") VALUES ('ed', 'ed@x.test', 'محرر', 'editor', 'x', now())`);
        const a = await raw.query(`INSERT INTO "Article" (status, slug, title, "bodyHtml", "bodyText", "sectionId", "updatedAt") VALUES ('in_review', 's', 'خبر على PostgreSQL', '<p>نص</p>', 'نص', (SELECT id FROM "Section" LIMIT 1), now()) RETURNING id`);
        const articleId = a.rows[0].id as number;
        const { transition } = await import("@/lib/articles/workflow");
        const editor = { id: "ed", name: "محرر", email: "ed@x.test", role: "editor" as const, mustChangePassword: false, twoFactorRequired: false, mustEnrollTwoFactor: false };
        await transition(editor, articleId, "publish");
        const queued = await raw.query(`SELECT id, payload FROM "WebhookDelivery" WHERE "endpointId" = $1`, [hook.rows[0].id]);
        expect(queued.rows).toHaveLength(1);
        expect(JSON.parse(queued.rows[0].payload)).toMatchObject({ type: "article.published", data: { id: articleId, title: "خبر على PostgreSQL" } });

        const { dispatchDue } = await import("./dispatch");
        expect(await dispatchDue(new Date())).toBe(1);
        const pending = await raw.query(`SELECT status, "nextAttemptAt" FROM "WebhookDelivery" WHERE id = $1`, [queued.rows[0].id]);
        expect(pending.rows[0].status).toBe("pending");
        expect(await dispatchDue(new Date(pending.rows[0].nextAttemptAt.getTime() + 1))).toBe(1);
        const log = await raw.query(`SELECT "statusCode", error FROM "WebhookAttempt" WHERE "deliveryId" = $1 ORDER BY id`, [queued.rows[0].id]);
        expect(log.rows).toEqual([{ statusCode: 500, error: "HTTP 500" }, { statusCode: 204, error: null }]);
        expect(seen).toHaveLength(2);
      } finally {
        receiver.closeAllConnections();
        receiver.close();
      }
    });
  });
}
