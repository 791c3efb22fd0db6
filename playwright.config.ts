import { defineConfig, devices } from "@playwright/test";
import { E2E_BASE_URL, E2E_PORT, serverEnv } from "./e2e/support/env";

// End-to-end tests run against the production build on a fresh database
// (scripts/e2e-server.mjs recreates it from the migrations and the seed).
export default defineConfig({
  testDir: "e2e",
  // The cluster suite has its own config (playwright.cluster.config.ts).
  testIgnore: ["cluster/**"],
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"]] : [["list"]],
  use: {
    baseURL: E2E_BASE_URL,
    locale: "ar-IQ",
    timezoneId: "Asia/Baghdad",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH ?? "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"], channel: undefined } }],
  webServer: {
    command: "node scripts/e2e-server.mjs",
    url: `${E2E_BASE_URL}/api/health`,
    reuseExistingServer: false,
    timeout: 180_000,
    env: serverEnv({ PORT: String(E2E_PORT) }),
    stdout: "pipe",
    stderr: "pipe",
  },
});
