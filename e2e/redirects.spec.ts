import http from "node:http";
import { expireArticlePages } from "./support/cache";
import { insertArticle } from "./support/db";
import { E2E_BASE_URL } from "./support/env";
import { expect, test } from "./support/test";

// Issue 9, finding 10: after every content change, the first redirect from "/<id>" rendered
// by Next carried its Location header twice. Clients that join repeated headers (Node's
// fetch, Python's requests: feed readers, crawlers) then followed "a, a" to a 404.

/** The raw Location headers of one response, as sent on the wire. */
function rawLocations(path: string): Promise<{ status: number; locations: string[] }> {
  return new Promise((resolve, reject) => {
    http
      .get(`${E2E_BASE_URL}${path}`, (res) => {
        const locations: string[] = [];
        for (let i = 0; i + 1 < res.rawHeaders.length; i += 2) if (res.rawHeaders[i]!.toLowerCase() === "location") locations.push(res.rawHeaders[i + 1]!);
        res.resume();
        res.on("end", () => resolve({ status: res.statusCode ?? 0, locations }));
      })
      .on("error", reject);
  });
}

test("a redirect to the canonical address sends one Location, before and after a purge, and a joining client lands on the piece", async ({ request }) => {
  const title = "خبر لاختبار إعادة التوجيه";
  const id = insertArticle({ title, slug: "إعادة-توجيه" });
  for (let round = 0; round < 3; round++) {
    await expireArticlePages(request, { id, sectionSlugs: ["politics"] });
    for (let i = 0; i < 3; i++) {
      const { status, locations } = await rawLocations(`/${id}`);
      expect(status).toBe(308);
      expect(locations).toHaveLength(1);
      expect(decodeURIComponent(locations[0]!)).toMatch(new RegExp(`/${id}/إعادة-توجيه$`));
    }
    // Node's fetch follows it like a feed reader would.
    const followed = await fetch(`${E2E_BASE_URL}/${id}`);
    expect(followed.status).toBe(200);
    expect(await followed.text()).toContain(title);
  }
});

test("redirects go to the site's public address, never to the address the server listens on", async ({ request }) => {
  const logout = await request.post("/api/logout", { maxRedirects: 0, headers: { origin: E2E_BASE_URL } });
  expect(logout.headers()["location"]).toBe(`${E2E_BASE_URL}/login`);
  const id = insertArticle({ title: "خبر لاختبار عنوان إعادة التوجيه" });
  const noJs = await request.post(`/api/articles/${id}/comments`, {
    form: { name: "", body: "" },
    headers: { accept: "text/html", origin: E2E_BASE_URL },
    maxRedirects: 0,
  });
  expect(noJs.status()).toBe(303);
  expect(noJs.headers()["location"]).toMatch(new RegExp(`^${E2E_BASE_URL.replace(/\./g, "\\.")}/`));
});
