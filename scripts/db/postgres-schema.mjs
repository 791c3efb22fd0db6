// Writes prisma/postgres/schema.prisma from prisma/schema.prisma (the one source of the
// models, decision 100): same models, provider "postgresql", its own generated client.
// `--check` exits 1 when the committed copy is stale (CI and a unit test run it).
import fs from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "../..");
const source = path.join(root, "prisma/schema.prisma");
const target = path.join(root, "prisma/postgres/schema.prisma");

export function postgresSchema(text) {
  const out = text
    .replace(/output\s*=\s*"\.\.\/lib\/generated\/prisma"/, 'output       = "../../lib/generated/prisma-pg"')
    .replace(/provider\s*=\s*"sqlite"/, 'provider = "postgresql"');
  if (out === text || !out.includes('provider = "postgresql"') || !out.includes("prisma-pg")) {
    throw new Error("prisma/schema.prisma: generator output or datasource provider not found");
  }
  return `// GENERATED from prisma/schema.prisma by scripts/db/postgres-schema.mjs: do not edit.\n// Change the models there, then run \`npm run db:schema:postgres\`.\n${out}`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const want = postgresSchema(fs.readFileSync(source, "utf8"));
  const have = fs.existsSync(target) ? fs.readFileSync(target, "utf8") : "";
  if (process.argv.includes("--check")) {
    if (want !== have) {
      console.error("prisma/postgres/schema.prisma is stale: run `npm run db:schema:postgres`.");
      process.exit(1);
    }
  } else if (want !== have) {
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, want);
    console.log("wrote prisma/postgres/schema.prisma");
  }
}
