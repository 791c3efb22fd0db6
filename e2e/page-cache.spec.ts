import { expect, test } from "./support/test";
import { type APIRequestContext } from "@playwright/test";
import { loginAs } from "./support/auth";
import { uniq } from "./support/articles";
import { insertArticle } from "./support/db";

// The page cache in front of Next (docs/decisions/007): readers get stored pages, and an
// editor's change reaches them on the very next request.

/** Read a page until the page cache answers it (it stores after compressing, off the request path). */
async function untilCached(request: APIRequestContext, path: string) {
  for (let i = 0; i < 50; i++) {
    const res = await request.get(path);
    if (res.headers()["x-midad-cache"] === "HIT") return res;
    await new Promise((ok) => setTimeout(ok, 100));
  }
  throw new Error(`${path} was never served from the page cache`);
}

test("a cached article shows an editor's correction on the next request", async ({ page, request }) => {
  const title = `خبر في الذاكرة ${uniq()}`;
  const id = insertArticle({ title, status: "published" });
  const canonical = new URL((await request.get(`/${id}`)).url()).pathname;
  const cached = await untilCached(request, canonical);
  expect(await cached.text()).toContain(title);
  // Browsers ask for compressed pages; the stored copy is sent compressed, with a validator.
  expect(cached.headers()["content-encoding"]).toMatch(/^(br|gzip)$/);
  const etag = cached.headers().etag ?? "";
  expect((await request.get(canonical, { headers: { "if-none-match": etag } })).status()).toBe(304);

  await loginAs(page, "editor");
  await page.goto(`/admin/articles/${id}`);
  const corrected = `${title} (مصحح)`;
  await page.getByLabel("العنوان", { exact: true }).fill(corrected);
  await page.getByRole("button", { name: "حفظ", exact: true }).click();
  await expect(page.getByTestId("editor-message")).toHaveText("حُفظ المقال.");

  const after = await request.get(canonical);
  expect(await after.text()).toContain(corrected);
  expect((await request.get(canonical, { headers: { "if-none-match": etag } })).status()).toBe(200);
});

test("staff pages and the client router's requests never come from the page cache", async ({ page, request }) => {
  await loginAs(page, "editor");
  for (let i = 0; i < 2; i++) {
    const res = await page.goto("/admin");
    expect(res?.headers()["x-midad-cache"]).toBeUndefined();
  }
  await untilCached(request, "/");
  const rsc = await request.get("/", { headers: { rsc: "1" } });
  expect(rsc.headers()["x-midad-cache"]).toBeUndefined();
  expect(rsc.headers()["content-type"]).toContain("text/x-component");
});
