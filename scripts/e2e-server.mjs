// The end-to-end test server: a fresh database from the migrations and the seed,
// then the production build served on the test port.
import fs from "node:fs";
import path from "node:path";
import { baseEnv, clearRenderCaches, prepareDatabase, sqliteFile, start } from "./lib.mjs";

const env = baseEnv({ NODE_ENV: "production" });
const file = sqliteFile(env.DATABASE_URL);
if (!file || !file.includes(`${path.sep}e2e`)) throw new Error(`Refusing to reset a non-test database: ${env.DATABASE_URL}`);
fs.rmSync(path.dirname(file), { recursive: true, force: true });
clearRenderCaches(env);
prepareDatabase(env);
const server = start(process.execPath, ["scripts/serve.mjs", "-p", env.PORT ?? "3210", "-H", "127.0.0.1"], env);
for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => server.kill(sig));
server.on("exit", (code) => process.exit(code ?? 0));
