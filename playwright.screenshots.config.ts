import { defineConfig } from "@playwright/test";
import base from "./playwright.config";

// Screenshots for review (docs/screenshots/), not tests: `npx playwright test --config
// playwright.screenshots.config.ts`. Same server, browser and fresh database as the suite;
// the files end in .shots.ts so `npm test` never runs them.
export default defineConfig({
  ...base,
  testMatch: "screenshots/*.shots.ts",
});
