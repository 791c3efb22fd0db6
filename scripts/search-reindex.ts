// npm run search:reindex — rebuild the full-text index from the articles table.
// Opens its own PrismaClient (lib/db.ts is server-only), like prisma/seed.ts.
import { createPrismaClient } from "../lib/sql/client";
import { reindexAll } from "../lib/search/reindex";

const url = process.env.DATABASE_URL ?? "file:./data/midad.db";
const db = createPrismaClient(url);

async function main() {
  const started = Date.now();
  const indexed = await reindexAll(db, (done, total) => {
    process.stdout.write(`\r• Search index: ${done}/${total} pieces read`);
  });
  process.stdout.write("\n");
  console.log(`• Search index ready: ${indexed} public pieces in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
}

main()
  .catch((e) => {
    console.error(e);
    process.exitCode = 1;
  })
  .finally(() => db.$disconnect());
