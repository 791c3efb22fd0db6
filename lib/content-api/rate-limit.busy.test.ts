import { spawn } from "node:child_process";
import fs from "node:fs";
import { afterAll, expect, it, vi } from "vitest";
import { createTempDatabase } from "@/lib/testing/temp-db";

// The per-key quota while another process holds SQLite's write lock for longer than
// busy_timeout (5 s): the request waits and is counted, it does not become a 500. The CI's
// HTTP fuzz test met that 500 (P1008 "Operation has timed out") on 2026-12-03.
vi.mock("next/cache", () => ({ unstable_cache: (fn: (...a: unknown[]) => unknown) => fn, revalidateTag: () => {}, revalidatePath: () => {} }));
const tmp = createTempDatabase();
afterAll(() => {
  tmp.raw.close();
  fs.rmSync(tmp.dir, { recursive: true, force: true });
});

it("a request waits out a writer that holds the database past the busy timeout, and is counted once", { timeout: 30_000 }, async () => {
  const { consumeQuota } = await import("./rate-limit");
  const keyId = Number(tmp.raw.prepare(`INSERT INTO ApiKey (name, prefix, secretHash, origins, createdAt) VALUES ('اختبار', 'midad_xxxxx', 'x', '', ?)`).run(new Date().toISOString()).lastInsertRowid);
  await consumeQuota(keyId, true); // the client is connected before the lock is taken

  // Another process takes the write lock and keeps it 6.5 s.
  const holder = spawn(process.execPath, ["-e", `const D=require("better-sqlite3");const d=new D(${JSON.stringify(tmp.file)});d.exec("BEGIN IMMEDIATE");process.stdout.write("locked\\n");setTimeout(()=>{d.exec("COMMIT");process.exit(0)},6500)`], { stdio: ["ignore", "pipe", "inherit"] });
  const exited = new Promise((r) => holder.once("exit", r));
  await new Promise<void>((resolve) => holder.stdout.once("data", () => resolve()));

  const quota = await consumeQuota(keyId, true);
  expect(quota.ok).toBe(true);
  expect(tmp.raw.prepare(`SELECT COUNT(*) AS n FROM RateLimitHit WHERE key = ?`).get(`api:${keyId}`)).toEqual({ n: 2 });
  await exited;
});
