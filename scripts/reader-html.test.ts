import http from "node:http";
import type { AddressInfo } from "node:net";
import zlib from "node:zlib";
import { afterEach, describe, expect, it } from "vitest";
// @ts-expect-error plain ES module without types (it runs before any build step)
import { stripClientRuntime, withoutClientRuntime } from "./reader-html.mjs";

// Decision 110: readers' pages leave without Next's client runtime; other pages keep it.

const HEAD = `<meta charSet="utf-8"/><link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/a.js"/><link rel="stylesheet" href="/_next/static/chunks/s.css"/>`;
const RUNTIME = `<script src="/_next/static/chunks/a.js" async=""></script><script src="/_next/static/chunks/p.js" noModule=""></script><script id="_R_">(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({})</script><script>(self.__next_f=self.__next_f||[]).push([0])</script><script>self.__next_f.push([1,"نص المقال مرة ثانية"])</script>`;
const OURS = `<script src="/reader.js" async=""></script><script type="application/ld+json">{"@type":"NewsArticle"}</script>`;
const page = (marker: boolean) =>
  `<!DOCTYPE html><html lang="ar" dir="rtl"><head>${HEAD}${marker ? `<meta name="midad-runtime" content="none"/>` : ""}</head><body><p>خبر</p>${OURS}${RUNTIME}</body></html>`;

let servers: http.Server[] = [];
afterEach(() => {
  for (const s of servers) s.close();
  servers = [];
});

async function serve(body: string, encoding: "gzip" | "br" | null) {
  const server = http.createServer(
    withoutClientRuntime((_req: http.IncomingMessage, res: http.ServerResponse) => {
      res.setHeader("content-type", "text/html; charset=utf-8");
      if (encoding) res.setHeader("content-encoding", encoding);
      const bytes = Buffer.from(body);
      const sent = encoding === "gzip" ? zlib.gzipSync(bytes) : encoding === "br" ? zlib.brotliCompressSync(bytes) : bytes;
      // In two pieces, as Next streams.
      res.write(sent.subarray(0, 10));
      res.end(sent.subarray(10));
    }),
  );
  servers.push(server);
  await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
}

function get(url: string): Promise<{ headers: http.IncomingHttpHeaders; body: Buffer }> {
  return new Promise((ok, fail) => {
    http
      .get(url, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => ok({ headers: res.headers, body: Buffer.concat(chunks) }));
      })
      .on("error", fail);
  });
}

describe("readers' pages without Next's client runtime", () => {
  it("removes Next's scripts, their preloads and the RSC payload from a marked page, nothing else", () => {
    const out = stripClientRuntime(page(true));
    expect(out).not.toContain("/_next/static/chunks/a.js");
    expect(out).not.toContain("/_next/static/chunks/p.js");
    expect(out).not.toContain("__next_f");
    expect(out).not.toContain("TURBOPACK");
    expect(out).toContain(OURS);
    expect(out).toContain(`<link rel="stylesheet" href="/_next/static/chunks/s.css"/>`);
    expect(out).toContain("<p>خبر</p>");
  });

  it("leaves a page without the marker (the dashboard) as it is", () => {
    expect(stripClientRuntime(page(false))).toBe(page(false));
  });

  for (const encoding of [null, "gzip", "br"] as const) {
    it(`answers a ${encoding ?? "plain"} page stripped, in the same encoding, with its length`, async () => {
      // node:http, not fetch: fetch would undo the encoding this test checks.
      const res = await get(await serve(page(true), encoding));
      const raw = res.body;
      expect(res.headers["content-encoding"]).toBe(encoding ?? undefined);
      expect(Number(res.headers["content-length"])).toBe(raw.length);
      const html = (encoding === "gzip" ? zlib.gunzipSync(raw) : encoding === "br" ? zlib.brotliDecompressSync(raw) : raw).toString();
      expect(html).toBe(stripClientRuntime(page(true)));
      expect(html).not.toContain("__next_f");
    });
  }
});
