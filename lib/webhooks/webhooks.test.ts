import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { checkEndpointUrl, isPrivateAddress } from "./address";
import { parseAllowPrivate } from "./allow-private";
import { RETRY_WINDOW_MS, nextAttemptAt, retryDelayMs } from "./backoff";
import { newWebhookSecret, sign, signedHeaders, verify } from "./signature";

describe("Standard Webhooks signature", () => {
  const secret = newWebhookSecret();
  const body = JSON.stringify({ type: "article.published", data: { id: 7, title: "عنوان" } });
  const now = 1_764_000_000;

  it("verifies with an independent HMAC over id.timestamp.body with the decoded secret", () => {
    const h = signedHeaders(secret, "msg_1", now, body);
    const key = Buffer.from(secret.slice("whsec_".length), "base64");
    const mac = createHmac("sha256", key).update(`msg_1.${now}.${body}`).digest("base64");
    expect(h["webhook-signature"]).toBe(`v1,${mac}`);
    expect(verify(secret, { id: h["webhook-id"]!, timestamp: h["webhook-timestamp"]!, signature: h["webhook-signature"]! }, body, now)).toBe(true);
  });

  it("refuses a changed body, another secret, another id and an old timestamp", () => {
    const sig = sign(secret, "msg_1", now, body);
    expect(verify(secret, { id: "msg_1", timestamp: String(now), signature: sig }, body + " ", now)).toBe(false);
    expect(verify(newWebhookSecret(), { id: "msg_1", timestamp: String(now), signature: sig }, body, now)).toBe(false);
    expect(verify(secret, { id: "msg_2", timestamp: String(now), signature: sig }, body, now)).toBe(false);
    expect(verify(secret, { id: "msg_1", timestamp: String(now), signature: sig }, body, now + 301)).toBe(false);
  });

  it("accepts when one of several space-separated signatures matches", () => {
    const sig = sign(secret, "m", now, body);
    expect(verify(secret, { id: "m", timestamp: String(now), signature: `v1,AAAA ${sig}` }, body, now)).toBe(true);
  });
});

describe("retry schedule", () => {
  it("doubles from 30 s and is capped at 4 h", () => {
    expect([1, 2, 3, 4, 5].map((n) => retryDelayMs(n))).toEqual([30_000, 60_000, 120_000, 240_000, 480_000]);
    expect(retryDelayMs(20)).toBe(4 * 3600_000);
    // WEBHOOKS_FIRST_RETRY_SECONDS (the end-to-end tests' 1 s) moves only the start.
    expect([1, 2, 3].map((n) => retryDelayMs(n, 1000))).toEqual([1000, 2000, 4000]);
  });

  it("stops after 24 hours from the first attempt", () => {
    const first = new Date("2026-12-03T10:00:00Z");
    let now = first;
    let attempts = 0;
    let next: Date | null = first;
    while (next) {
      attempts += 1;
      now = next;
      next = nextAttemptAt(first, attempts, now);
    }
    expect(now.getTime() - first.getTime()).toBeLessThanOrEqual(RETRY_WINDOW_MS);
    expect(attempts).toBeGreaterThan(8);
    expect(attempts).toBeLessThan(20);
  });

  it("jitter adds at most 10 %", () => {
    const first = new Date(0);
    expect(nextAttemptAt(first, 1, first, 1)!.getTime()).toBe(33_000);
    expect(nextAttemptAt(first, 1, first, 0)!.getTime()).toBe(30_000);
  });
});

describe("SSRF address checks", () => {
  it.each(["127.0.0.1", "10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254", "100.64.0.1", "0.0.0.0", "::1", "::", "fe80::1", "fd00::1", "::ffff:127.0.0.1", "::ffff:7f00:1", "not-an-ip"])(
    "%s is private",
    (ip) => expect(isPrivateAddress(ip)).toBe(true),
  );
  it.each(["8.8.8.8", "1.1.1.1", "172.32.0.1", "2606:4700::1111", "::ffff:8.8.8.8"])("%s is public", (ip) =>
    expect(isPrivateAddress(ip)).toBe(false),
  );

  it("refuses loopback URLs by default and allows them when the setting says so", async () => {
    expect(await checkEndpointUrl("http://127.0.0.1:9999/hook", { allowPrivate: false })).toEqual({ ok: false, reason: "private" });
    expect(await checkEndpointUrl("http://[::1]/hook", { allowPrivate: false })).toEqual({ ok: false, reason: "private" });
    expect((await checkEndpointUrl("http://127.0.0.1:9999/hook", { allowPrivate: true })).ok).toBe(true);
  });

  it("an allow-list lets exactly its addresses and ranges through; every other private one stays refused", async () => {
    const allow = parseAllowPrivate("127.0.0.2, 10.20.0.0/16")!;
    expect(typeof allow).toBe("object");
    expect((await checkEndpointUrl("http://127.0.0.2:4000/hook", { allowPrivate: allow })).ok).toBe(true);
    expect((await checkEndpointUrl("http://10.20.3.4/hook", { allowPrivate: allow })).ok).toBe(true);
    for (const url of ["http://127.0.0.1:4000/hook", "http://10.21.0.1/", "http://169.254.169.254/latest/meta-data", "http://[::1]/"])
      expect(await checkEndpointUrl(url, { allowPrivate: allow })).toEqual({ ok: false, reason: "private" });
    expect(parseAllowPrivate("0")).toBe(false);
    expect(parseAllowPrivate("1")).toBe(true);
    for (const bad of ["yes", "127.0.0.2/33", "10.0.0.0/8/1", "localhost"]) expect(parseAllowPrivate(bad)).toBeNull();
  });

  it("judges every address a name resolves to", async () => {
    const resolve = async () => ["93.184.216.34", "10.0.0.5"];
    expect(await checkEndpointUrl("https://hooks.example.com/x", { allowPrivate: false, resolve })).toEqual({ ok: false, reason: "private" });
    const publicOnly = async () => ["93.184.216.34"];
    expect((await checkEndpointUrl("https://hooks.example.com/x", { allowPrivate: false, resolve: publicOnly })).ok).toBe(true);
  });

  it("refuses other schemes and names that do not resolve", async () => {
    expect(await checkEndpointUrl("ftp://example.com/", { allowPrivate: false })).toEqual({ ok: false, reason: "scheme" });
    expect(await checkEndpointUrl("file:///etc/passwd", { allowPrivate: false })).toEqual({ ok: false, reason: "scheme" });
    const fail = async () => {
      throw new Error("ENOTFOUND");
    };
    expect(await checkEndpointUrl("https://nowhere.invalid/", { allowPrivate: false, resolve: fail })).toEqual({ ok: false, reason: "unresolved" });
  });
});
