import http from "node:http";
import type { AddressInfo } from "node:net";
import zlib from "node:zlib";
import { afterEach, describe, expect, it } from "vitest";
// @ts-expect-error plain ES module without types (it runs before any build step)
import { createPageCache, storableFor, withPageCache } from "./page-cache.mjs";

type Reply = { status?: number; headers?: Record<string, string>; body?: string; delayMs?: number };

/** A stand-in for Next: counts calls and answers what the test says. */
function fakeNext(reply: (req: http.IncomingMessage) => Reply) {
  const calls: http.IncomingMessage[] = [];
  const handle = async (req: http.IncomingMessage, res: http.ServerResponse) => {
    calls.push(req);
    const r = reply(req);
    if (r.delayMs) await new Promise((ok) => setTimeout(ok, r.delayMs));
    res.statusCode = r.status ?? 200;
    for (const [k, v] of Object.entries(r.headers ?? {})) res.setHeader(k, v);
    res.write((r.body ?? "").slice(0, 5));
    res.end((r.body ?? "").slice(5));
  };
  return { calls, handle };
}

const PAGE = { "x-nextjs-cache": "HIT", "cache-control": "s-maxage=300, stale-while-revalidate=1", "content-type": "text/html; charset=utf-8" };
const BODY = "<html><body>صراعات المنطقة تؤجل انسحاب القوات الأجنبية</body></html>";

let servers: http.Server[] = [];
afterEach(() => {
  for (const s of servers) s.close();
  servers = [];
});

async function serve(listener: http.RequestListener) {
  const server = http.createServer(listener);
  servers.push(server);
  await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

async function get(base: string, path: string, headers: Record<string, string> = {}, method = "GET") {
  // node:http rather than fetch: fetch would decompress and hide the encoding.
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>((ok, fail) => {
    const req = http.request(`${base}${path}`, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c) => chunks.push(c)).on("end", () => ok({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on("error", fail).end();
  });
}

/** The cache stores after compressing, off the request path: wait until it has. */
async function settle(cache: { size: number }, size = 1) {
  for (let i = 0; i < 100 && cache.size < size; i++) await new Promise((ok) => setTimeout(ok, 10));
}

async function setup(reply: (req: http.IncomingMessage) => Reply = () => ({ headers: PAGE, body: BODY }), options = {}) {
  const cache = createPageCache(options);
  const next = fakeNext(reply);
  const base = await serve(withPageCache(cache, next.handle));
  return { cache, next, base };
}

describe("page cache", () => {
  it("serves a page Next has cached without asking Next again, byte for byte", async () => {
    const { cache, next, base } = await setup();
    const first = await get(base, "/410630/slug");
    await settle(cache);
    const second = await get(base, "/410630/slug");
    expect(next.calls).toHaveLength(1);
    expect(second.status).toBe(200);
    expect(second.body.toString()).toBe(BODY);
    expect(first.body.toString()).toBe(BODY);
    expect(second.headers["content-type"]).toBe("text/html; charset=utf-8");
    expect(second.headers["cache-control"]).toContain("s-maxage=300");
    expect(second.headers["x-midad-cache"]).toBe("HIT");
    expect(Number(second.headers["content-length"])).toBe(Buffer.byteLength(BODY));
  });

  it("keeps the plain page even when Next compressed it, and serves each reader the encoding they accept", async () => {
    const cache = createPageCache();
    let calls = 0;
    // Next gzips for readers who accept it.
    const base = await serve(
      withPageCache(cache, (req: http.IncomingMessage, res: http.ServerResponse) => {
        calls++;
        for (const [k, v] of Object.entries(PAGE)) res.setHeader(k, v);
        const gzipped = /gzip/.test(String(req.headers["accept-encoding"]));
        if (gzipped) res.setHeader("content-encoding", "gzip");
        res.end(gzipped ? zlib.gzipSync(BODY) : BODY);
      }),
    );
    const first = await get(base, "/x", { "accept-encoding": "gzip" });
    expect(zlib.gunzipSync(first.body).toString()).toBe(BODY);
    await settle(cache);
    const br = await get(base, "/x", { "accept-encoding": "gzip, deflate, br" });
    expect(br.headers["content-encoding"]).toBe("br");
    expect(zlib.brotliDecompressSync(br.body).toString()).toBe(BODY);
    const gz = await get(base, "/x", { "accept-encoding": "gzip" });
    expect(gz.headers["content-encoding"]).toBe("gzip");
    expect(zlib.gunzipSync(gz.body).toString()).toBe(BODY);
    const plain = await get(base, "/x");
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.body.toString()).toBe(BODY);
    expect(calls).toBe(1);
  });

  it("keeps one copy of a page whatever its query string (static pages cannot read it)", async () => {
    const { cache, next, base } = await setup();
    await get(base, "/x?utm_source=whatsapp");
    await settle(cache);
    const hit = await get(base, "/x?comment=pending");
    expect(hit.headers["x-midad-cache"]).toBe("HIT");
    expect(next.calls).toHaveLength(1);
    expect(cache.size).toBe(1);
  });

  it("never answers WordPress's /?p=<id> with the cached page (the proxy redirects it, issue 14)", async () => {
    const { cache, next, base } = await setup();
    await get(base, "/x");
    await settle(cache);
    const res = await get(base, "/x?p=900101");
    expect(res.headers["x-midad-cache"]).not.toBe("HIT");
    expect(next.calls).toHaveLength(2);
  });

  it("answers 304 to a reader who already has this version, and HEAD without a body", async () => {
    const { cache, base } = await setup();
    await get(base, "/x");
    await settle(cache);
    const hit = await get(base, "/x");
    const etag = hit.headers.etag as string;
    expect(etag).toMatch(/^".+"$/);
    const again = await get(base, "/x", { "if-none-match": etag });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    const head = await get(base, "/x", {}, "HEAD");
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
  });

  it("forgets every page on purge, so the next reader gets what Next renders now", async () => {
    let body = BODY;
    const { cache, next, base } = await setup(() => ({ headers: PAGE, body }));
    await get(base, "/x");
    await settle(cache);
    body = "<html>تصحيح</html>";
    cache.purge();
    expect((await get(base, "/x")).body.toString()).toBe(body);
    expect(next.calls).toHaveLength(2);
  });

  it("does not keep a page that was being read from Next when content changed", async () => {
    const { cache, base } = await setup(() => ({ headers: PAGE, body: BODY, delayMs: 50 }));
    const pending = get(base, "/x");
    await new Promise((ok) => setTimeout(ok, 10));
    cache.purge();
    await pending;
    await new Promise((ok) => setTimeout(ok, 100));
    expect(cache.size).toBe(0);
  });

  it("purges again when a request that changed content has been answered", async () => {
    const cache = createPageCache();
    const next = fakeNext((req) => {
      if (req.url === "/admin/save") cache.purge(); // a server action expiring tags
      return { headers: PAGE, body: BODY };
    });
    const base = await serve(withPageCache(cache, next.handle));
    const before = cache.generation;
    await get(base, "/admin/save", {}, "POST");
    await new Promise((ok) => setTimeout(ok, 20));
    expect(cache.generation).toBe(before + 2);
    // A request that changed nothing leaves the cache alone.
    await get(base, "/api/comments/1/reports", {}, "POST");
    await new Promise((ok) => setTimeout(ok, 20));
    expect(cache.generation).toBe(before + 2);
  });

  it("after a purge, renders the home page and the most-read pages again before readers ask", async () => {
    const refilled: string[] = [];
    let fetchLocal: (key: string) => Promise<unknown> = async () => {};
    const cache = createPageCache({ refill: (key: string) => fetchLocal(key), refillCount: 2, refillDelayMs: 20 });
    const next = fakeNext(() => ({ headers: PAGE, body: BODY }));
    const base = await serve(withPageCache(cache, next.handle));
    fetchLocal = async (key) => {
      refilled.push(key);
      await get(base, key);
    };
    for (const path of ["/a", "/b", "/c"]) await get(base, path);
    await settle(cache, 3);
    for (const [path, reads] of [["/a", 1], ["/b", 5], ["/c", 3]] as const) for (let i = 0; i < reads; i++) await get(base, path);
    cache.purge();
    cache.purge(); // a burst of changes: one refill once they stop
    for (let i = 0; i < 50 && refilled.length < 3; i++) await new Promise((ok) => setTimeout(ok, 10));
    expect(refilled).toEqual(["/", "/b", "/c"]);
    await settle(cache, 3);
    const calls = next.calls.length;
    expect((await get(base, "/b")).headers["x-midad-cache"]).toBe("HIT");
    expect(next.calls.length).toBe(calls);
  });

  it("does not keep a copy Next sent with a broken encoding, and keeps serving", async () => {
    const { cache, next, base } = await setup(() => ({ headers: { ...PAGE, "content-encoding": "gzip" }, body: "not gzip at all" }));
    await get(base, "/x");
    await new Promise((ok) => setTimeout(ok, 50));
    expect(cache.size).toBe(0);
    await get(base, "/x");
    expect(next.calls).toHaveLength(2);
  });

  it("keeps pages no longer than its limit or their own s-maxage", async () => {
    let t = 1_000_000;
    const { cache, next, base } = await setup(() => ({ headers: { ...PAGE, "cache-control": "s-maxage=5" }, body: BODY }), { maxAgeMs: 60_000, now: () => t });
    await get(base, "/x");
    await settle(cache);
    t += 4_000;
    expect((await get(base, "/x")).headers.age).toBe("4");
    expect(next.calls).toHaveLength(1);
    t += 2_000;
    await get(base, "/x");
    expect(next.calls).toHaveLength(2);
  });

  it.each([
    ["the dashboard", "/admin/articles", {}],
    ["an API", "/api/search?q=x", {}],
    ["a client-router request", "/x", { rsc: "1" }],
    ["a prefetch", "/x", { "next-router-prefetch": "1" }],
    ["a router payload by query", "/x?_rsc=abc", {}],
    ["a draft-mode visitor", "/x", { cookie: "__prerender_bypass=1" }],
  ])("never answers %s from the cache", async (_label, path, headers) => {
    const { next, base } = await setup();
    await get(base, path, headers as Record<string, string>);
    await new Promise((ok) => setTimeout(ok, 50)); // time enough to store, had it been allowed
    await get(base, path, headers as Record<string, string>);
    expect(next.calls).toHaveLength(2);
  });
});

describe("storableFor", () => {
  const res = (status: number, headers: Record<string, string>) =>
    ({ statusCode: status, getHeader: (name: string) => headers[name] }) as unknown as http.ServerResponse;

  it("keeps fresh pages from Next's cache, found or not found", () => {
    expect(storableFor(res(200, PAGE))).toBe(300);
    expect(storableFor(res(404, { ...PAGE, "x-nextjs-cache": "MISS" }))).toBe(300);
  });

  it.each([
    ["a stale page Next is re-rendering", 200, { ...PAGE, "x-nextjs-cache": "STALE" }],
    ["a dynamic page", 200, { "cache-control": "s-maxage=300" }],
    ["a redirect", 308, PAGE],
    ["an error", 500, PAGE],
    ["a private page", 200, { ...PAGE, "cache-control": "private, no-cache" }],
    ["a page setting a cookie", 200, { ...PAGE, "set-cookie": "a=b" }],
    ["a page without s-maxage", 200, { ...PAGE, "cache-control": "max-age=60" }],
  ])("refuses %s", (_label, status, headers) => {
    expect(storableFor(res(status as number, headers as Record<string, string>))).toBe(0);
  });
});
