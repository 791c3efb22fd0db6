import fs from "node:fs";
import { vi } from "vitest";
import { createTempDatabase } from "@/lib/testing/temp-db";
import { contentApiScenarios } from "./api.scenarios";

// The content API on SQLite (the embedded default); api.postgres.test.ts runs the same on PostgreSQL.
vi.mock("next/cache", () => ({ unstable_cache: (fn: (...a: unknown[]) => unknown) => fn, revalidateTag: () => {}, revalidatePath: () => {} }));
process.env.CONTENT_API_RATE_PER_MINUTE = "100000";
const tmp = createTempDatabase();
contentApiScenarios(() => {
  tmp.raw.close();
  fs.rmSync(tmp.dir, { recursive: true, force: true });
});
