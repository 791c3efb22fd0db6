import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTempDatabase } from "@/lib/testing/temp-db";
import { normalizeOrigin, originAllowed } from "./origins";
import { createApiKeySchema } from "./schema";
import { displayPrefix, hashSecret, newSecret, plausibleSecret } from "./secret";

// Content API keys (decision 175) against a real database: a created key works, its secret
// is never stored, a revoked or unknown one does not, origins are enforced for browsers.

const tmp = createTempDatabase();
const admin = { id: "admin-1", name: "مدير", email: "a@x", role: "admin" as const, mustChangePassword: false, twoFactorRequired: false, mustEnrollTwoFactor: false };
let m: typeof import("./mutations");
let v: typeof import("./verify");

beforeAll(async () => {
  const t = new Date().toISOString();
  tmp.raw.prepare(`INSERT INTO User (id, email, name, passwordHash, role, createdAt, updatedAt) VALUES ('admin-1', 'a@x', 'مدير', 'x', 'admin', ?, ?)`).run(t, t);
  m = await import("./mutations");
  v = await import("./verify");
});
afterAll(() => {
  tmp.raw.close();
  fs.rmSync(tmp.dir, { recursive: true, force: true });
});

const req = (headers: Record<string, string>) => new Request("http://localhost/api/v1/sections", { headers });

describe("secrets", () => {
  it("are random, recognisable, and the prefix shown cannot be used", () => {
    const a = newSecret();
    expect(plausibleSecret(a)).toBe(true);
    expect(a).not.toBe(newSecret());
    expect(plausibleSecret(displayPrefix(a))).toBe(false);
    expect(hashSecret(a)).toMatch(/^[0-9a-f]{64}$/);
    expect(plausibleSecret("midad_" + "a".repeat(42))).toBe(false);
  });
});

describe("origins", () => {
  it("are normalised as browsers send them and anything with a path is refused", () => {
    expect(normalizeOrigin("HTTPS://App.Example.com")).toBe("https://app.example.com");
    expect(normalizeOrigin("https://app.example.com/")).toBe("https://app.example.com");
    expect(normalizeOrigin("https://app.example.com/path")).toBeNull();
    expect(normalizeOrigin("javascript:alert(1)")).toBeNull();
    expect(normalizeOrigin("ftp://x.com")).toBeNull();
  });
  it("no Origin header (a server) passes; a browser only from a listed origin", () => {
    expect(originAllowed(null, [])).toBe(true);
    expect(originAllowed("https://evil.example", [])).toBe(false);
    expect(originAllowed("https://app.example.com", ["https://app.example.com"])).toBe(true);
    expect(originAllowed("https://app.example.com:8443", ["https://app.example.com"])).toBe(false);
  });
  it("the form names a bad origin in Arabic and keeps the good ones once", () => {
    const bad = createApiKeySchema.safeParse({ name: "تطبيق", origins: "https://a.com\nnot an origin" });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.path).toEqual(["origins"]);
    expect(bad.error?.issues[0]?.message).toContain("أصل غير صالح");
    expect(createApiKeySchema.parse({ name: " تطبيق ", origins: "https://a.com https://A.com/" })).toEqual({ name: "تطبيق", origins: ["https://a.com"] });
    expect(createApiKeySchema.safeParse({ name: "  ", origins: "" }).success).toBe(false);
  });
});

describe("keys", () => {
  it("a new key authenticates by Bearer or X-Api-Key, last use is recorded (once a minute), and only its hash is stored", async () => {
    const { id, secret } = await m.createApiKey(admin, { name: "تطبيق الهاتف", origins: [] });
    const row = tmp.raw.prepare(`SELECT * FROM ApiKey WHERE id = ?`).get(id) as Record<string, unknown>;
    expect(JSON.stringify(row)).not.toContain(secret);
    expect(row.lastUsedAt).toBeNull();
    expect(await v.authenticate(req({ authorization: `Bearer ${secret}` }))).toEqual({ id, name: "تطبيق الهاتف", touch: true });
    expect(await v.authenticate(req({ "x-api-key": secret }))).toEqual({ id, name: "تطبيق الهاتف", touch: true });
    const q = await import("@/lib/content-api/rate-limit");
    await q.consumeQuota(id, true);
    expect((tmp.raw.prepare(`SELECT lastUsedAt FROM ApiKey WHERE id = ?`).get(id) as { lastUsedAt: unknown }).lastUsedAt).not.toBeNull();
    expect(await v.authenticate(req({ "x-api-key": secret }))).toMatchObject({ touch: false });
    const audit = tmp.raw.prepare(`SELECT action, entityType, entityId FROM AuditLog WHERE entityType = 'apikey'`).all();
    expect(audit).toEqual([{ action: "apikey.create", entityType: "apikey", entityId: String(id) }]);
  });
  it("missing, wrong and revoked keys are refused", async () => {
    const { id, secret } = await m.createApiKey(admin, { name: "شريك", origins: [] });
    expect(await v.authenticate(req({}))).toBe("missing");
    expect(await v.authenticate(req({ authorization: `Bearer ${newSecret()}` }))).toBe("invalid");
    expect(await v.authenticate(req({ authorization: "Bearer x" }))).toBe("invalid");
    await m.revokeApiKey(admin, id);
    expect(await v.authenticate(req({ authorization: `Bearer ${secret}` }))).toBe("invalid");
    await m.revokeApiKey(admin, id); // twice: no second event
    expect(tmp.raw.prepare(`SELECT COUNT(*) AS c FROM AuditLog WHERE action = 'apikey.revoke'`).get()).toEqual({ c: 1 });
  });
  it("a browser page may use a key only from an allowed origin", async () => {
    const { secret } = await m.createApiKey(admin, { name: "موقع الشريك", origins: ["https://partner.example"] });
    expect(await v.authenticate(req({ authorization: `Bearer ${secret}`, origin: "https://partner.example" }))).toMatchObject({ name: "موقع الشريك" });
    expect(await v.authenticate(req({ authorization: `Bearer ${secret}`, origin: "https://other.example" }))).toBe("origin");
  });
});
