import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { vi } from "vitest";
import { onFreshPostgres } from "@/lib/testing/postgres";
import { mediaLibraryScenarios } from "./library.scenarios";

// The media library's scenarios on PostgreSQL (decision 100), in a fresh database made from
// prisma/postgres/migrations. Skipped, and saying so, without a server.
vi.mock("next/cache", () => ({ unstable_cache: (fn: (...a: unknown[]) => unknown) => fn, revalidateTag: () => {}, revalidatePath: () => {} }));

await onFreshPostgres("media library on PostgreSQL", "media", (drop) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "midad-media-pg-"));
  process.env.MEDIA_DIR = path.join(dir, "media");
  process.env.AUTH_SECRET ??= "unit-test-secret-0123456789abcdef";
  mediaLibraryScenarios(async () => {
    fs.rmSync(dir, { recursive: true, force: true });
    await drop();
  });
});
