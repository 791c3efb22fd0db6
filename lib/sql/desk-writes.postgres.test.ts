import { vi } from "vitest";
import { onFreshPostgres } from "@/lib/testing/postgres";
import { deskWritesScenarios } from "./desk-writes.scenarios";

// The desk's writes on PostgreSQL (decision 100), in a fresh database made from
// prisma/postgres/migrations. Skipped, and saying so, without a server.
vi.mock("next/cache", () => ({ unstable_cache: (fn: (...a: unknown[]) => unknown) => fn, revalidateTag: () => {}, revalidatePath: () => {} }));

await onFreshPostgres("the desk's writes on PostgreSQL", "desk", (drop) => {
  process.env.AUTH_SECRET ??= "unit-test-secret-0123456789abcdef";
  deskWritesScenarios(drop);
});
