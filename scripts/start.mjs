// npm start: prepare the embedded database, build when needed, serve the site.
import { baseEnv, buildIfStale, clearRenderCaches, prepareDatabase, start } from "./lib.mjs";

const env = baseEnv({ NODE_ENV: "production", PORT: process.env.PORT ?? "3000" });
const port = process.env.PORT ?? "3000";

// `npm start -- --demo-staff` also creates an editor, a writer and a moderator for local
// trials. Every account the seed makes has a random password, printed once (decision 083).
// On PostgreSQL `--demo-content` adds the demo paper to an empty database (never otherwise).
const KNOWN_FLAGS = new Set(["--demo-staff", "--demo-content"]);
const flags = process.argv.slice(2);
for (const f of flags) {
  if (!KNOWN_FLAGS.has(f)) {
    console.error(`Unknown option ${f} (known: ${[...KNOWN_FLAGS].join(", ")})`);
    process.exit(2);
  }
}
prepareDatabase(baseEnv(), flags);
buildIfStale(env);
clearRenderCaches(env);
console.log(`• Serving on http://localhost:${port} (dashboard: /admin)`);
const server = start(process.execPath, ["scripts/serve.mjs", "-p", port, "-H", process.env.HOST ?? "0.0.0.0"], env);
for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => server.kill(sig));
server.on("exit", (code) => process.exit(code ?? 0));
