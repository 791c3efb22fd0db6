import { vi } from "vitest";
import { onFreshPostgres } from "@/lib/testing/postgres";
import { liveScenarios } from "./live.scenarios";

// Live coverage's scenarios on PostgreSQL, in a fresh database made from
// prisma/postgres/migrations. Skipped, and saying so, without a server.
vi.mock("next/cache", () => ({ unstable_cache: (fn: (...a: unknown[]) => unknown) => fn, revalidateTag: () => {}, revalidatePath: () => {} }));

await onFreshPostgres("live coverage on PostgreSQL", "live", (cleanup) => liveScenarios(cleanup));
