// Shared helpers for the project's Node scripts (start, test, bench).
import { spawn, spawnSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { READER_SCRIPT, buildReaderScript } from "./build-reader-script.mjs";

export const root = path.resolve(import.meta.dirname, "..");
process.chdir(root);

export const bin = (name) => path.join(root, "node_modules", ".bin", name);

/** Defaults every script shares; the environment overrides them. */
export function baseEnv(extra = {}) {
  return {
    ...process.env,
    NEXT_TELEMETRY_DISABLED: "1",
    DATABASE_URL: process.env.DATABASE_URL ?? "file:./data/midad.db",
    // Without AUTH_SECRET the app makes one and keeps it beside the database (lib/auth/secret.ts).
    // Self-hosted: the host header is ours to trust (Auth.js refuses otherwise).
    AUTH_TRUST_HOST: process.env.AUTH_TRUST_HOST ?? "true",
    ...extra,
  };
}

export function run(cmd, args, env = process.env, { quiet = false } = {}) {
  const r = spawnSync(cmd, args, { stdio: quiet ? "pipe" : "inherit", env, cwd: root });
  if (r.status !== 0) {
    if (quiet) {
      // Both streams, in full: the second argument of write() is an encoding, not more text.
      process.stderr.write(r.stdout?.toString() ?? "");
      process.stderr.write(r.stderr?.toString() ?? "");
    }
    throw new Error(`${path.basename(cmd)} ${args.join(" ")} failed (exit ${r.status})`);
  }
}

export function start(cmd, args, env) {
  return spawn(cmd, args, { stdio: "inherit", env, cwd: root });
}

/** The SQLite file behind a file: URL (relative to the repo). */
export function sqliteFile(url) {
  return url.startsWith("file:") ? path.resolve(root, url.slice(5)) : null;
}

/** Generate the Prisma client when it is missing or older than the schema. */
export function ensureClient(env) {
  const client = path.join(root, "lib/generated/prisma/client.ts");
  const schema = path.join(root, "prisma/schema.prisma");
  if (!fs.existsSync(client) || fs.statSync(client).mtimeMs < fs.statSync(schema).mtimeMs) {
    run(bin("prisma"), ["generate"], env, { quiet: true });
  }
  // The PostgreSQL client (decision 100), generated from prisma/postgres/schema.prisma.
  const pgClient = path.join(root, "lib/generated/prisma-pg/client.ts");
  const pgSchema = path.join(root, "prisma/postgres/schema.prisma");
  if (!fs.existsSync(pgClient) || fs.statSync(pgClient).mtimeMs < fs.statSync(pgSchema).mtimeMs) {
    run(bin("prisma"), ["generate", "--config", "prisma.postgres.config.ts"], env, { quiet: true });
  }
}

/** Create or upgrade the database from the committed migrations, then seed (idempotent). */
export function prepareDatabase(env, seedArgs = []) {
  const file = sqliteFile(env.DATABASE_URL);
  if (file) fs.mkdirSync(path.dirname(file), { recursive: true });
  ensureClient(env);
  if (/^postgres(ql)?:/.test(env.DATABASE_URL)) {
    // PostgreSQL: the committed migrations through the advisory-locked runner (decision 100).
    run(process.execPath, ["scripts/db/migrate-postgres.mjs"], env);
  } else run(bin("prisma"), ["migrate", "deploy"], env, { quiet: true });
  run(bin("tsx"), ["prisma/seed.ts", ...seedArgs], env);
}

/**
 * What goes into the production build: everything in the repository except what is known
 * not to (tests, docs, scripts run beside the build, data, build output). Listing what to
 * leave out, not what to take, means a new root file (auth.ts was once missed) is never
 * served from an old build.
 */
const NOT_BUILD_INPUTS = new Set([
  ".git", ".ci", ".github", "node_modules", "data", "docs", "e2e", "scripts", "test-results", "playwright-report",
  "bench-results", "README.md", "playwright.config.ts", "playwright.screenshots.config.ts", "vitest.config.ts", "eslint.config.mjs", "next-env.d.ts", ".gitignore",
  "tsconfig.tsbuildinfo", ".env", ".env.local",
]);
const isBuildOutput = (name) => name === ".next" || name.startsWith(".next-") || name.startsWith(".next_");

/** The files whose contents make up the build, relative to the repository, sorted. */
export function buildInputs() {
  const out = [];
  const walk = (rel) => {
    const abs = path.join(root, rel);
    const st = fs.statSync(abs, { throwIfNoEntry: false });
    if (!st) return;
    if (st.isDirectory()) {
      if (rel === path.join("lib", "generated") || rel.endsWith(`${path.sep}migrations`)) return;
      for (const name of fs.readdirSync(abs).sort()) {
        if (name.endsWith(".test.ts")) continue;
        // Generated from components/site/comments/enhance.ts just before each build.
        if (path.join(rel, name) === READER_SCRIPT) continue;
        walk(path.join(rel, name));
      }
    } else out.push(rel);
  };
  for (const name of fs.readdirSync(root).sort()) {
    if (NOT_BUILD_INPUTS.has(name) || isBuildOutput(name)) continue;
    walk(name);
  }
  return out;
}

/** A fingerprint of everything that goes into the production build. */
export function sourceHash() {
  const h = crypto.createHash("sha256");
  for (const rel of buildInputs()) {
    h.update(rel);
    h.update(fs.readFileSync(path.join(root, rel)));
  }
  return h.digest("hex");
}

/** Build unless the build folder holds a build of exactly these sources. */
export function buildIfStale(env) {
  const dist = path.join(root, env.NEXT_DIST_DIR ?? ".next");
  const stamp = path.join(dist, "midad-source-hash");
  const hash = sourceHash();
  if (fs.existsSync(path.join(dist, "BUILD_ID")) && fs.existsSync(stamp) && fs.readFileSync(stamp, "utf8") === hash) {
    console.log("• Production build is up to date.");
    return;
  }
  console.log("• Building the site (first start or changed sources)…");
  ensureClient(env);
  buildReaderScript();
  run(bin("next"), ["build"], { ...env, NODE_ENV: "production" });
  fs.writeFileSync(stamp, hash);
}

/**
 * Forget rendered pages and cached data left on disk by an earlier build or server run.
 * The server keeps these caches in memory only (decision 004), but Next still reads such
 * files when they exist, and it records tag expiries in memory only: an entry expired
 * before a restart (an unpublished piece) would come back as fresh, and a fresh test
 * database reuses ids that old entries describe. Pages re-render on demand.
 */
export function clearRenderCaches(env) {
  const dist = path.join(root, env.NEXT_DIST_DIR ?? ".next");
  for (const dir of [path.join(dist, "cache", "fetch-cache"), path.join(dist, "server", "route-cache")]) {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
