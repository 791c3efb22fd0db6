// Create/upgrade the database and seed it (used by `npm run dev`).
import { baseEnv, prepareDatabase } from "./lib.mjs";

prepareDatabase(baseEnv(), process.argv.slice(2));
