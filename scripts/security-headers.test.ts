import crypto from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import zlib from "node:zlib";
import { afterEach, describe, expect, it } from "vitest";
// @ts-expect-error plain ES module without types (it runs before any build step)
import { inlineScriptHashes, withSecurityHeaders } from "./security-headers.mjs";

let servers: http.Server[] = [];
afterEach(() => {
  for (const s of servers) s.close();
  servers = [];
});

type Handler = (req: http.IncomingMessage, res: http.ServerResponse) => void;
async function serve(handle: Handler, https = false) {
  const server = http.createServer(withSecurityHeaders(handle, { https }));
  servers.push(server);
  await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

const SCRIPT = "self.__next_f.push([1,\"مرحبا\"])";
const PAGE = `<!doctype html><html lang="ar" dir="rtl"><body><p>خبر</p><script>${SCRIPT}</script><script src="/_next/static/a.js" async></script><script type="application/ld+json">{"a":1}</script></body></html>`;
const sha = (s: string) => `'sha256-${crypto.createHash("sha256").update(s).digest("base64")}'`;

describe("security headers", () => {
  it("allows exactly the page's own inline scripts, by hash", async () => {
    const base = await serve((_req, res) => {
      res.setHeader("content-type", "text/html; charset=utf-8");
      res.write(PAGE.slice(0, 40));
      res.end(PAGE.slice(40));
    });
    const res = await fetch(`${base}/section/politics`);
    const csp = res.headers.get("content-security-policy")!;
    expect(await res.text()).toBe(PAGE);
    expect(csp).toContain(`script-src 'self' ${sha(SCRIPT)}`);
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(csp).toContain("frame-ancestors 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
    expect(res.headers.get("permissions-policy")).toContain("camera=()");
    expect(res.headers.get("strict-transport-security")).toBeNull();
  });

  it("hashes a page that was compressed on its way out", async () => {
    const base = await serve((_req, res) => {
      res.writeHead(200, { "content-type": "text/html", "content-encoding": "gzip" });
      res.end(zlib.gzipSync(PAGE));
    });
    const res = await fetch(`${base}/`);
    expect(await res.text()).toBe(PAGE);
    expect(res.headers.get("content-security-policy")).toContain(sha(SCRIPT));
  });

  it("never lets the dashboard or the sign-in page be framed", async () => {
    const base = await serve((_req, res) => {
      res.setHeader("content-type", "text/html");
      res.end(PAGE);
    });
    for (const p of ["/admin", "/admin/articles", "/login", "/password"]) {
      const res = await fetch(`${base}${p}`);
      expect(res.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
      expect(res.headers.get("x-frame-options")).toBe("DENY");
    }
  });

  it("gives responses that are not pages a policy that allows nothing", async () => {
    const base = await serve((_req, res) => {
      res.writeHead(200, { "content-type": "application/json" });
      res.end("{}");
    });
    const res = await fetch(`${base}/api/search?q=x`);
    expect(res.headers.get("content-security-policy")).toMatch(/^default-src 'none'/);
  });

  it("keeps a policy the app set itself (the image optimizer's)", async () => {
    const base = await serve((_req, res) => {
      res.writeHead(200, { "content-type": "image/webp", "content-security-policy": "script-src 'none'; sandbox;" });
      res.end("x");
    });
    expect((await fetch(`${base}/_next/image?url=x`)).headers.get("content-security-policy")).toBe("script-src 'none'; sandbox;");
  });

  it("sends HSTS and upgrades requests only when the site is served over https", async () => {
    const base = await serve((_req, res) => {
      res.setHeader("content-type", "text/html");
      res.end(PAGE);
    }, true);
    const res = await fetch(`${base}/`);
    expect(res.headers.get("strict-transport-security")).toContain("max-age=");
    expect(res.headers.get("content-security-policy")).toContain("upgrade-insecure-requests");
  });

  it("ignores scripts loaded from files and hashes each inline script once", () => {
    const hashes = inlineScriptHashes(`<script src="/a.js"></script><script>a()</script><script>a()</script><script defer>b()</script>`);
    expect(hashes).toEqual([sha("a()"), sha("b()")]);
  });
});

describe("redirects", () => {
  it("send one Location even when the handler gave it twice", async () => {
    const base = await serve((_req, res) => {
      res.setHeader("location", ["/1/a", "/1/a"]);
      res.writeHead(308, { Location: "/1/a" });
      res.end();
    });
    const res = await fetch(`${base}/1`, { redirect: "manual" });
    expect(res.headers.get("location")).toBe("/1/a");
  });
});

describe("redirect addresses", () => {
  it("move redirects built on the listening address to SITE_URL, and leave others alone", async () => {
    const handle = (req: http.IncomingMessage, res: http.ServerResponse) => {
      res.writeHead(303, { location: new URL(req.url!, "http://x").searchParams.get("to")! });
      res.end();
    };
    const server = http.createServer(withSecurityHeaders(handle, { siteUrl: "https://news.example", port: 3000 }));
    servers.push(server);
    await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
    const site = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const loc = async (to: string) => (await fetch(`${site}/?to=${encodeURIComponent(to)}`, { redirect: "manual" })).headers.get("location");
    expect(await loc("http://0.0.0.0:3000/login?next=%2Fadmin#x")).toBe("https://news.example/login?next=%2Fadmin#x");
    expect(await loc("http://localhost:3000/1/a")).toBe("https://news.example/1/a");
    expect(await loc("/relative")).toBe("/relative");
    expect(await loc("https://elsewhere.example/")).toBe("https://elsewhere.example/");
    expect(await loc("http://localhost:4000/other-port")).toBe("http://localhost:4000/other-port");
  });
});
