import { describe, expect, it } from "vitest";
// @ts-expect-error plain ES module without types (it runs before any build step)
import { CLIENT_HEADER, identifyClient, parseTrustProxy } from "./client-address.mjs";

type FakeReq = { headers: Record<string, string | undefined>; socket: { remoteAddress: string }; connection?: unknown };
const req = (socket: string, headers: Record<string, string> = {}): FakeReq => {
  const r: FakeReq = { headers: { ...headers }, socket: { remoteAddress: socket } };
  r.connection = r.socket; // proxy-addr reads either
  return r;
};
const clientOf = (r: FakeReq, trust: string | undefined) => {
  identifyClient(r, parseTrustProxy(trust));
  return r.headers[CLIENT_HEADER];
};

describe("client address", () => {
  it("with no trusted proxy, a forged X-Forwarded-For changes nothing", () => {
    expect(clientOf(req("203.0.113.7", { "x-forwarded-for": "1.1.1.1" }), undefined)).toBe("203.0.113.7");
    expect(clientOf(req("203.0.113.7", { "x-forwarded-for": "9.9.9.9, 8.8.8.8", "x-real-ip": "7.7.7.7" }), "off")).toBe("203.0.113.7");
  });

  it("drops the forwarding headers when nobody is trusted, so nothing downstream reads them", () => {
    const r = req("203.0.113.7", { "x-forwarded-for": "1.1.1.1", "x-forwarded-host": "evil.example", forwarded: "for=1.1.1.1" });
    clientOf(r, undefined);
    expect(r.headers["x-forwarded-for"]).toBeUndefined();
    expect(r.headers["x-forwarded-host"]).toBeUndefined();
    expect(r.headers.forwarded).toBeUndefined();
  });

  it("never takes the internal header from the client", () => {
    expect(clientOf(req("203.0.113.7", { [CLIENT_HEADER]: "1.2.3.4" }), undefined)).toBe("203.0.113.7");
    expect(clientOf(req("127.0.0.1", { [CLIENT_HEADER]: "1.2.3.4" }), "loopback")).toBe("127.0.0.1");
  });

  it("behind a trusted proxy, takes the address the proxy appended, not what the client claimed", () => {
    // The client sent "X-Forwarded-For: 6.6.6.6"; our proxy on loopback appended the real 198.51.100.4.
    expect(clientOf(req("127.0.0.1", { "x-forwarded-for": "6.6.6.6, 198.51.100.4" }), "loopback")).toBe("198.51.100.4");
    expect(clientOf(req("10.0.0.2", { "x-forwarded-for": "6.6.6.6, 198.51.100.4" }), "10.0.0.0/8")).toBe("198.51.100.4");
  });

  it("a request that does not come from a trusted proxy is its own client, whatever it claims", () => {
    expect(clientOf(req("203.0.113.9", { "x-forwarded-for": "198.51.100.4" }), "loopback")).toBe("203.0.113.9");
  });

  it("a hop count trusts exactly that many proxies", () => {
    const headers = { "x-forwarded-for": "6.6.6.6, 198.51.100.4, 10.0.0.3" };
    expect(clientOf(req("10.0.0.2", headers), "1")).toBe("10.0.0.3");
    expect(clientOf(req("10.0.0.2", headers), "2")).toBe("198.51.100.4");
  });

  it("writes IPv4-mapped IPv6 addresses as IPv4 and survives junk", () => {
    expect(clientOf(req("::ffff:192.0.2.1"), undefined)).toBe("192.0.2.1");
    expect(clientOf(req("127.0.0.1", { "x-forwarded-for": "%%%,\r\n" }), "loopback")).toBeTypeOf("string");
  });

  it("refuses a bare 'on': the operator must say which proxies", () => {
    expect(() => parseTrustProxy("true")).toThrow(/TRUST_PROXY/);
  });
});
