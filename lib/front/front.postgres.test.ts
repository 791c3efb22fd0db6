import crypto from "node:crypto";
import pg from "pg";
import { describe, it, vi } from "vitest";
import { testPostgresUrl } from "@/lib/testing/postgres";
import { frontScenarios } from "./front.scenarios";

// The front page scenarios on PostgreSQL (the several-instance deployment, decision 100), in
// a fresh database made from prisma/postgres/migrations. Skipped, and saying so, without a server.
vi.mock("next/cache", () => ({ unstable_cache: (fn: (...a: unknown[]) => unknown) => fn, revalidateTag: () => {}, revalidatePath: () => {} }));

const server = await testPostgresUrl();
if (!server) {
  describe("front page on PostgreSQL", () => it.skip("needs a PostgreSQL server (MIDAD_TEST_POSTGRES_URL or the local one)", () => {}));
} else {
  const name = `midad_front_${crypto.randomBytes(4).toString("hex")}`;
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
  frontScenarios(async () => {
    const a = new pg.Client({ connectionString: server });
    await a.connect();
    await a.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await a.end();
  });
}
