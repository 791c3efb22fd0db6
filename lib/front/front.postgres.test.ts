import { vi } from "vitest";
import { onFreshPostgres } from "@/lib/testing/postgres";
import { frontScenarios } from "./front.scenarios";

// The front page scenarios on PostgreSQL (the several-instance deployment, decision 100), in
// a fresh database made from prisma/postgres/migrations. Skipped, and saying so, without a server.
vi.mock("next/cache", () => ({ unstable_cache: (fn: (...a: unknown[]) => unknown) => fn, revalidateTag: () => {}, revalidatePath: () => {} }));

await onFreshPostgres("front page on PostgreSQL", "front", (cleanup) => frontScenarios(cleanup));
