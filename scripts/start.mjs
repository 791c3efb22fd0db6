// npm start: prepare the embedded database, build when needed, serve the site.
import { baseEnv, buildIfStale, clearRenderCaches, prepareDatabase, start } from "./lib.mjs";

const env = baseEnv({ NODE_ENV: "production", PORT: process.env.PORT ?? "3000" });
const port = process.env.PORT ?? "3000";

// The seed sees the operator's own NODE_ENV: a newcomer's machine gets the demo staff
// accounts, a server started with NODE_ENV=production does not (unless asked).
prepareDatabase(baseEnv());
buildIfStale(env);
clearRenderCaches(env);
console.log(`• Serving on http://localhost:${port} (dashboard: /admin)`);
const server = start(process.execPath, ["scripts/serve.mjs", "-p", port, "-H", process.env.HOST ?? "0.0.0.0"], env);
for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => server.kill(sig));
server.on("exit", (code) => process.exit(code ?? 0));
