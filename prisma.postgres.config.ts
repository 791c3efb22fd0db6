import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaPg } from "@prisma/adapter-pg";

// PostgreSQL deployments (decision 100). The CLI is used here only to generate the client
// and to write migration SQL (`prisma migrate diff`); migrations are applied by
// scripts/db/migrate-postgres.mjs because the wasm migration engine cannot introspect
// PostgreSQL through the adapter (stack.md).
// Generating the client needs no server, but a non-PostgreSQL URL here (the embedded
// default's file:… in the environment) makes the CLI look for an engine download, which
// fails offline: the CLI then gets a placeholder PostgreSQL URL.
if (!/^postgres(ql)?:/.test(process.env.DATABASE_URL ?? "")) process.env.DATABASE_URL = "postgresql://midad:midad@127.0.0.1:5432/midad";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", "postgres", "schema.prisma"),
  migrations: { path: path.join("prisma", "postgres", "migrations") },
  async adapter() {
    return new PrismaPg({ connectionString: process.env.DATABASE_URL! });
  },
});
