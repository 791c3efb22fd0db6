import path from "node:path";

// One place for the test server's settings, shared by playwright.config.ts,
// the fixtures and tests that start a second server (restart tests).
export const E2E_PORT = Number(process.env.E2E_PORT ?? 3210);
export const E2E_BASE_URL = `http://127.0.0.1:${E2E_PORT}`;
export const E2E_DATA_DIR = path.resolve(process.env.E2E_DATA_DIR ?? "data/e2e");
export const E2E_DB_FILE = path.join(E2E_DATA_DIR, "midad.db");

export function serverEnv(extra: Record<string, string> = {}): Record<string, string> {
  return {
    DATABASE_URL: `file:${E2E_DB_FILE}`,
    MEDIA_DIR: path.join(E2E_DATA_DIR, "media"),
    SITE_URL: E2E_BASE_URL,
    AUTH_SECRET: "e2e-secret-that-is-long-enough-0123456789",
    AUTH_TRUST_HOST: "true",
    // The suite plays a reverse proxy on loopback: tests name their client with
    // X-Forwarded-For. Tests of the default (nobody trusted) start their own server.
    TRUST_PROXY: "loopback",
    SCHEDULER_INTERVAL_MS: "1000",
    // Webhooks (e2e/webhooks.spec.ts): the test's receiver listens on 127.0.0.2, the one
    // private address allowed; every other (127.0.0.1, 10.x, 169.254.x…) is refused as by
    // default. Retries start after 1 s instead of 30 s so a retry is seen within the test.
    WEBHOOKS_ALLOW_PRIVATE: "127.0.0.2",
    WEBHOOKS_FIRST_RETRY_SECONDS: "1",
    NEXT_TELEMETRY_DISABLED: "1",
    NEXT_DIST_DIR: process.env.NEXT_DIST_DIR ?? ".next",
    ...extra,
  };
}
