import fs from "node:fs";
import { createTempDatabase } from "@/lib/testing/temp-db";
import { statsScenarios } from "./stats.scenarios";

// The desk's statistics on SQLite (the embedded default); stats.postgres.test.ts runs the same on PostgreSQL.
const tmp = createTempDatabase();
statsScenarios(() => {
  tmp.raw.close();
  fs.rmSync(tmp.dir, { recursive: true, force: true });
});
