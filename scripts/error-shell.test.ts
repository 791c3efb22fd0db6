import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
// @ts-expect-error plain ES module without types (serve.mjs runs it before any build step)
import { createErrorPages, isDashboardRequest, isErrorPageRequest, loopbackFetch, NOT_FOUND_PATH, STATIC_ERROR, STATIC_NOT_FOUND } from "./error-shell.mjs";

// Next's error shells replaced by pages that read without JavaScript (decision 112), against
// a real HTTP server standing in for the app: it answers the 404 page, counting the asks.
const SHELL = `<!DOCTYPE html><html id="__next_error__"><head></head><body><div hidden=""></div></body></html>`;
const PAGE_404 = `<!DOCTYPE html><html lang="ar" dir="rtl"><body><main><h1>الصفحة غير موجودة</h1></main></body></html>`;
let server: http.Server;
let asked = 0;
let answer = { status: 404, body: PAGE_404 };
let port = 0;

beforeAll(async () => {
  server = http.createServer((req, res) => {
    if (req.url === NOT_FOUND_PATH && isErrorPageRequest(req)) asked++;
    res.writeHead(answer.status, { "content-type": "text/html; charset=utf-8" }).end(answer.body);
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => server.close());

describe("error shells", () => {
  it("a 404 shell becomes the server-rendered 404 page, asked once for many", async () => {
    const replace = createErrorPages({ fetchPage: loopbackFetch("127.0.0.1", port) });
    const pages = await Promise.all(Array.from({ length: 20 }, () => replace(SHELL, 404)));
    expect(new Set(pages)).toEqual(new Set([PAGE_404]));
    expect(asked).toBe(1);
  });
  it("a real page, or an error page Next rendered itself, passes as it is", async () => {
    const replace = createErrorPages({ fetchPage: loopbackFetch("127.0.0.1", port) });
    expect(await replace(PAGE_404, 404)).toBeNull();
    expect(await replace("<html lang=ar><body>ok</body></html>", 200)).toBeNull();
  });
  it("a 5xx shell becomes a small Arabic page that needs nothing from the app", async () => {
    const replace = createErrorPages({ fetchPage: loopbackFetch("127.0.0.1", port) });
    const page = await replace(SHELL, 500);
    expect(page).toBe(STATIC_ERROR);
    expect(page).toContain('lang="ar" dir="rtl"');
    expect(page).not.toContain("<script");
  });
  it("when the 404 page cannot be had (a shell itself, an error, no answer), the static one stands in", async () => {
    answer = { status: 404, body: SHELL };
    expect(await createErrorPages({ fetchPage: loopbackFetch("127.0.0.1", port) })(SHELL, 404)).toBe(STATIC_NOT_FOUND);
    answer = { status: 500, body: "boom" };
    expect(await createErrorPages({ fetchPage: loopbackFetch("127.0.0.1", port) })(SHELL, 404)).toBe(STATIC_NOT_FOUND);
    expect(await createErrorPages({ fetchPage: loopbackFetch("127.0.0.1", 1) })(SHELL, 404)).toBe(STATIC_NOT_FOUND);
    answer = { status: 404, body: PAGE_404 };
  });
  it("leaves the dashboard's own error pages alone, not readers' addresses that look alike", () => {
    for (const url of ["/admin", "/admin/articles/12", "/login?next=/admin", "/two-factor", "/reset/abc"]) expect(isDashboardRequest({ url }), url).toBe(true);
    for (const url of ["/", "/999999", "/administration", "/section/admin", "/login-help"]) expect(isDashboardRequest({ url }), url).toBe(false);
  });
});
