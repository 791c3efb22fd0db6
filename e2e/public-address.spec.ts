import { E2E_PORT } from "./support/env";
import { OwnServer } from "./support/own-server";
import { expect, test } from "./support/test";

// Issue 9, finding 6: a site published at https://… behind a TLS proxy. Redirects, canonical
// links and the cookie's Secure flag follow SITE_URL, not the listening address or a header.
const server = new OwnServer(E2E_PORT + 4, { SITE_URL: "https://news.example" });

test.beforeAll(async () => {
  await server.copyDatabase();
  await server.start();
});
test.afterAll(() => server.stop());

test("redirects, canonical links and HSTS follow an https SITE_URL", async () => {
  const logout = await fetch(`${server.base}/api/logout`, { method: "POST", redirect: "manual", headers: { origin: "https://news.example" } });
  expect(logout.headers.get("location")).toBe("https://news.example/login");
  const byId = await fetch(`${server.base}/410630`, { redirect: "manual" });
  expect(byId.status).toBe(308);
  expect(byId.headers.get("location")).toMatch(/^(\/|https:\/\/news\.example\/)410630\//);
  const page = await fetch(`${server.base}/section/politics`);
  expect(await page.text()).toContain('rel="canonical" href="https://news.example/section/politics"');
  expect(page.headers.get("strict-transport-security")).toMatch(/max-age=\d+/);
});
