import { onFreshPostgres } from "@/lib/testing/postgres";
import { statsScenarios } from "./stats.scenarios";

// The desk's statistics on PostgreSQL, in a fresh database made from prisma/postgres/migrations.
// Skipped, and saying so, without a server.
await onFreshPostgres("desk statistics on PostgreSQL", "stats", (cleanup) => statsScenarios(cleanup));
