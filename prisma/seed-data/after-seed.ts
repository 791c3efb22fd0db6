import type { PrismaClient } from "../../lib/generated/prisma/client";
import { reindexAll } from "../../lib/search/reindex";

// Derived data rebuilt after seeding: the full-text search index.
export async function afterSeed(db: PrismaClient) {
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
