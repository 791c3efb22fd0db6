import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { describe, it, vi } from "vitest";
import { testPostgresUrl } from "@/lib/testing/postgres";
import { mediaLibraryScenarios } from "./library.scenarios";

// The media library's scenarios on PostgreSQL (decision 100), in a fresh database made from
// prisma/postgres/migrations. Skipped, and saying so, without a server.
vi.mock("next/cache", () => ({ unstable_cache: (fn: (...a: unknown[]) => unknown) => fn, revalidateTag: () => {}, revalidatePath: () => {} }));

const server = await testPostgresUrl();
if (!server) {
  describe("media library on PostgreSQL", () => it.skip("needs a PostgreSQL server (MIDAD_TEST_POSTGRES_URL or the local one)", () => {}));
} else {
  const name = `midad_media_${crypto.randomBytes(4).toString("hex")}`;
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
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "midad-media-pg-"));
  process.env.MEDIA_DIR = path.join(dir, "media");
  process.env.AUTH_SECRET ??= "unit-test-secret-0123456789abcdef";
  mediaLibraryScenarios(async () => {
    fs.rmSync(dir, { recursive: true, force: true });
    const a = new pg.Client({ connectionString: server });
    await a.connect();
    await a.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await a.end();
  });
}
