import type { PrismaClient } from "../../lib/generated/prisma/client";
import { indexIsStale, reindexAll } from "../../lib/search/reindex";
import { syncSequences } from "../../lib/sql/sequences";

// Derived data after seeding (runs at every start): id sequences, the full-text search index,
// rebuilt only when it is missing, out of date or does not hold every public piece.
export async function afterSeed(db: PrismaClient) {
  // PostgreSQL: explicit ids (decision 005) do not move the id sequences; SQLite: nothing.
  await syncSequences(db);
  if (!(await indexIsStale(db))) {
    console.log("• Search index is up to date.");
    return;
  }
  const started = Date.now();
  let progress = false;
  const indexed = await reindexAll(db, (done, total) => {
    if (total < 5000) return;
    progress = true;
    process.stdout.write(`\r• Search index: ${done}/${total}`);
  });
  if (progress) process.stdout.write("\n");
  console.log(`• Search index: ${indexed} public pieces (${((Date.now() - started) / 1000).toFixed(1)} s).`);
}
