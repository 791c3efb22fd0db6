// Bundles /reader.js, the one script readers' pages load (decision 110), from
// components/site/reader.ts (comments, embeds and live coverage enhancements, with the shared
// rules they import) into
// public/reader.js (generated, not committed). Runs before every `next build` (npm run build,
// npm start, the tests, the benchmarks) and before `npm run dev`.
// Usage: node scripts/build-reader-script.mjs
import path from "node:path";
import { pathToFileURL } from "node:url";
import { buildSync } from "esbuild";

const root = path.resolve(import.meta.dirname, "..");
export const READER_SCRIPT = path.join("public", "reader.js");

export function buildReaderScript() {
  buildSync({
    absWorkingDir: root,
    entryPoints: ["components/site/reader.ts"],
    outfile: READER_SCRIPT,
    bundle: true,
    minify: true,
    format: "iife",
    target: ["es2022"],
    platform: "browser",
    legalComments: "none",
    logLevel: "warning",
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) buildReaderScript();
