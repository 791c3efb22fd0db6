import fs from "node:fs";
import { vi } from "vitest";
import { createTempDatabase } from "@/lib/testing/temp-db";
import { frontScenarios } from "./front.scenarios";

// The front page on SQLite (the embedded default); front.postgres.test.ts runs the same on PostgreSQL.
vi.mock("next/cache", () => ({ unstable_cache: (fn: (...a: unknown[]) => unknown) => fn, revalidateTag: () => {}, revalidatePath: () => {} }));
const tmp = createTempDatabase();
frontScenarios(() => {
  tmp.raw.close();
  fs.rmSync(tmp.dir, { recursive: true, force: true });
});
