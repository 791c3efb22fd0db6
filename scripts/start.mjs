// npm start: prepare the embedded database, build when needed, serve the site.
import { baseEnv, bin, buildIfStale, prepareDatabase, start } from "./lib.mjs";

const env = baseEnv({ NODE_ENV: "production", PORT: process.env.PORT ?? "3000" });
const port = process.env.PORT ?? "3000";

prepareDatabase(env);
buildIfStale(env);
console.log(`• Serving on http://localhost:${port} (dashboard: /admin)`);
const server = start(bin("next"), ["start", "-p", port, "-H", process.env.HOST ?? "0.0.0.0"], env);
for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => server.kill(sig));
server.on("exit", (code) => process.exit(code ?? 0));
