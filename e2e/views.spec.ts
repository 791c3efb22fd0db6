import { expect, test } from "./support/test";
import { insertArticle, testDb } from "./support/db";

// Issue 9, finding 9: view counts could be inflated at will (300 beacons → +300 on
// "الأكثر قراءة"). Now one view counts per client and piece per half hour. The suite's server
// trusts loopback as a proxy, so X-Forwarded-For names each client here (decision 090).

const CHROME = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";
const views = (id: number) => (testDb().prepare(`SELECT viewCount FROM Article WHERE id = ?`).get(id) as { viewCount: number }).viewCount;

async function beacons(request: import("@playwright/test").APIRequestContext, id: number, client: string, n: number) {
  for (let i = 0; i < n; i += 25) {
    await Promise.all(
      Array.from({ length: Math.min(25, n - i) }, () =>
        request.get(`/api/views/${id}`, { headers: { "user-agent": CHROME, "x-forwarded-for": client } }).then((r) => expect(r.status()).toBe(200)),
      ),
    );
  }
}

test("300 beacons from one client add one view; from three more clients, three more", async ({ request }) => {
  test.setTimeout(90_000);
  const id = insertArticle({ title: `مادة لعد القراءات ${Date.now()}` });
  expect(views(id)).toBe(0);

  await beacons(request, id, "203.0.113.10", 300);
  // Views are written in batches (every 10 s, decision 012).
  await expect.poll(() => views(id), { timeout: 25_000 }).toBe(1);

  for (const client of ["203.0.113.11", "203.0.113.12", "2001:db8::13"]) await beacons(request, id, client, 100);
  await expect.poll(() => views(id), { timeout: 25_000 }).toBe(4);

  // The same client on another piece is another view; bots still count nothing.
  const other = insertArticle({ title: `مادة ثانية لعد القراءات ${Date.now()}` });
  await beacons(request, other, "203.0.113.10", 3);
  await request.get(`/api/views/${other}`, { headers: { "user-agent": "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)", "x-forwarded-for": "203.0.113.99" } });
  await expect.poll(() => views(other), { timeout: 25_000 }).toBe(1);
  expect(views(id)).toBe(4);
});
