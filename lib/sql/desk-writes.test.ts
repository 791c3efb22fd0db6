import fs from "node:fs";
import { vi } from "vitest";
import { createTempDatabase } from "@/lib/testing/temp-db";
import { deskWritesScenarios } from "./desk-writes.scenarios";

// The desk's writes on SQLite (the embedded default); desk-writes.postgres.test.ts runs the same on PostgreSQL.
vi.mock("next/cache", () => ({ unstable_cache: (fn: (...a: unknown[]) => unknown) => fn, revalidateTag: () => {}, revalidatePath: () => {} }));
const tmp = createTempDatabase();
deskWritesScenarios(() => {
  tmp.raw.close();
  fs.rmSync(tmp.dir, { recursive: true, force: true });
});
