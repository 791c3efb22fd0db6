import fs from "node:fs";
import { vi } from "vitest";
import { createTempDatabase } from "@/lib/testing/temp-db";
import { mediaLibraryScenarios } from "./library.scenarios";

// The media library on SQLite (the embedded default); library.postgres.test.ts runs the same on PostgreSQL.
vi.mock("next/cache", () => ({ unstable_cache: (fn: (...a: unknown[]) => unknown) => fn, revalidateTag: () => {}, revalidatePath: () => {} }));
const tmp = createTempDatabase();
mediaLibraryScenarios(() => {
  tmp.raw.close();
  fs.rmSync(tmp.dir, { recursive: true, force: true });
});
