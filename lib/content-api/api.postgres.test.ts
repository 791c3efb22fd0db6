import { vi } from "vitest";
import { onFreshPostgres } from "@/lib/testing/postgres";
import { contentApiScenarios } from "./api.scenarios";

// The content API's scenarios on PostgreSQL (the several-instance deployment, decision 100), in
// a fresh database made from prisma/postgres/migrations. Skipped, and saying so, without a server.
vi.mock("next/cache", () => ({ unstable_cache: (fn: (...a: unknown[]) => unknown) => fn, revalidateTag: () => {}, revalidatePath: () => {} }));
process.env.CONTENT_API_RATE_PER_MINUTE = "100000";

await onFreshPostgres("content API on PostgreSQL", "api", (cleanup) => contentApiScenarios(cleanup));
