// npm run test:e2e: production build, then Playwright against a fresh database
// (the test server recreates data/e2e/ from the migrations and the seed).
import { baseEnv, bin, buildIfStale, prepareDatabase, run } from "./lib.mjs";

const env = baseEnv({ NODE_ENV: "production" });
// The build prerenders a few pages (the 404), so it needs a prepared database.
prepareDatabase(env);
buildIfStale(env);
run(bin("playwright"), ["test", ...process.argv.slice(2)], { ...env, NODE_ENV: "test" });
