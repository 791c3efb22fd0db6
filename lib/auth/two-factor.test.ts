import fs from "node:fs";
import * as OTPAuth from "otpauth";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTempDatabase } from "@/lib/testing/temp-db";
import { deviceLabel } from "./device";
import { roleNeedsTwoFactor } from "./two-factor-policy";

// Two-factor sign-in (decision 132): codes, replay, recovery codes, the challenge and its limits.
const tmp = createTempDatabase();
let totp: typeof import("./totp");
let recovery: typeof import("./recovery-codes");
let challenge: typeof import("./sign-in-challenge");
let sessions: typeof import("./sessions");
const SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
const at = (d: Date) => d.toISOString().replace("Z", "+00:00");
const code = (secret: string, t: number) => new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(secret) }).generate({ timestamp: t });

function user(id: string, enrolled: boolean) {
  const now = at(new Date());
  tmp.raw
    .prepare(`INSERT INTO User (id, email, name, passwordHash, role, totpSecret, totpEnabledAt, createdAt, updatedAt) VALUES (?, ?, ?, '!', 'editor', ?, ?, ?, ?)`)
    .run(id, `${id}@x.local`, id, enrolled ? totp.sealTotpSecret(SECRET) : null, enrolled ? now : null, now, now);
}

beforeAll(async () => {
  totp = await import("./totp");
  recovery = await import("./recovery-codes");
  challenge = await import("./sign-in-challenge");
  sessions = await import("./sessions");
  user("t1", true);
  user("t2", true);
  user("t3", true);
  user("s1", false);
  user("s2", false);
});
afterAll(() => {
  tmp.raw.close();
  fs.rmSync(tmp.dir, { recursive: true, force: true });
});

describe("codes from the app", () => {
  const t0 = Date.UTC(2026, 11, 2, 12, 0, 10);
  it("accepts the current period and one either side, not two", () => {
    expect(totp.verifyTotp(SECRET, code(SECRET, t0), null, t0)).not.toBeNull();
    expect(totp.verifyTotp(SECRET, code(SECRET, t0 - 30_000), null, t0)).not.toBeNull();
    expect(totp.verifyTotp(SECRET, code(SECRET, t0 + 30_000), null, t0)).not.toBeNull();
    expect(totp.verifyTotp(SECRET, code(SECRET, t0 + 60_000), null, t0)).toBeNull();
    expect(totp.verifyTotp(SECRET, code(SECRET, t0 - 60_000), null, t0)).toBeNull();
    expect(totp.verifyTotp(SECRET, "12345", null, t0)).toBeNull();
    expect(totp.verifyTotp(SECRET, "abcdef", null, t0)).toBeNull();
  });
  it("refuses a code of a period already used (no replay), accepts a later one; spaces are ignored", () => {
    const step = totp.verifyTotp(SECRET, code(SECRET, t0), null, t0)!;
    expect(totp.verifyTotp(SECRET, code(SECRET, t0), step, t0)).toBeNull();
    expect(totp.verifyTotp(SECRET, code(SECRET, t0 - 30_000), step, t0)).toBeNull();
    const next = code(SECRET, t0 + 30_000);
    expect(totp.verifyTotp(SECRET, `${next.slice(0, 3)} ${next.slice(3)}`, step, t0)).toBe(step + 1);
  });
  it("the secret is stored sealed: opens with this AUTH_SECRET, not when tampered with", () => {
    const sealed = totp.sealTotpSecret(SECRET);
    expect(sealed).not.toContain(SECRET);
    expect(totp.sealTotpSecret(SECRET)).not.toBe(sealed); // a new IV each time
    expect(totp.openTotpSecret(sealed)).toBe(SECRET);
    const [v, iv, tag, data] = sealed.split(".");
    const flipped = data!.slice(0, -2) + (data!.endsWith("A") ? "BA" : "AA");
    expect(totp.openTotpSecret([v, iv, tag, flipped].join("."))).toBeNull();
    expect(totp.openTotpSecret("garbage")).toBeNull();
    expect(totp.openTotpSecret(null)).toBeNull();
  });
  it("the enrolment address names the site and the person, for the app's list", () => {
    const uri = totp.totpUri(SECRET, "المدى", "editor@x.local");
    expect(uri).toMatch(/^otpauth:\/\/totp\//);
    expect(decodeURIComponent(uri)).toContain("المدى");
    expect(decodeURIComponent(uri)).toContain("editor@x.local");
    expect(uri).toContain(`secret=${SECRET}`);
  });
});

describe("recovery codes", () => {
  it("ten different codes, each good once, typed in any case with or without the dash", async () => {
    const codes = await recovery.newRecoveryCodes("s1");
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    for (const c of codes) expect(c).toMatch(/^[a-hj-km-np-z2-9]{5}-[a-hj-km-np-z2-9]{5}$/);
    expect(await recovery.consumeRecoveryCode("s1", codes[0]!.replace("-", "").toUpperCase())).toBe(true);
    expect(await recovery.consumeRecoveryCode("s1", codes[0]!)).toBe(false);
    expect(await recovery.consumeRecoveryCode("s2", codes[1]!)).toBe(false); // another person's
    expect(await recovery.unusedRecoveryCodes("s1")).toBe(9);
    // Only hashes are stored.
    const stored = tmp.raw.prepare(`SELECT codeHash FROM RecoveryCode WHERE userId = 's1'`).all() as { codeHash: string }[];
    expect(stored.some((r) => codes.some((c) => r.codeHash.includes(c.replace("-", ""))))).toBe(false);
  });
  it("the same code used twice at the same instant passes once", async () => {
    const [c] = await recovery.newRecoveryCodes("s2");
    const results = await Promise.all(Array.from({ length: 5 }, () => recovery.consumeRecoveryCode("s2", c!)));
    expect(results.filter(Boolean)).toHaveLength(1);
  });
  it("new codes replace all the old ones", async () => {
    const old = await recovery.newRecoveryCodes("s1");
    await recovery.newRecoveryCodes("s1");
    expect(await recovery.consumeRecoveryCode("s1", old[2]!)).toBe(false);
  });
});

describe("the code step of a sign-in", () => {
  it("a right code signs in once; the challenge is then spent", async () => {
    const token = await challenge.openChallenge("t1", "client-a");
    const ok = await challenge.answerChallenge(token, code(SECRET, Date.now()), "client-a");
    expect(ok).toMatchObject({ ok: true, method: "totp", user: { id: "t1" } });
    expect(await challenge.answerChallenge(token, code(SECRET, Date.now() + 30_000), "client-a")).toEqual({ ok: false, reason: "expired" });
  });
  it("a challenge is bound to the client that gave the password, and to its five minutes", async () => {
    const token = await challenge.openChallenge("t2", "client-a");
    expect(await challenge.answerChallenge(token, code(SECRET, Date.now()), "client-b")).toEqual({ ok: false, reason: "expired" });
    expect(await challenge.answerChallenge(token, code(SECRET, Date.now()), "client-a", new Date(Date.now() + 5 * 60_000 + 1000))).toEqual({ ok: false, reason: "expired" });
    expect(await challenge.answerChallenge("not-a-token", "123456", "client-a")).toEqual({ ok: false, reason: "expired" });
  });
  it("wrong codes count against the sign-in limits: the sixth try waits, even with the right code", async () => {
    const token = await challenge.openChallenge("t3", "client-c");
    for (let i = 0; i < 5; i++) expect(await challenge.answerChallenge(token, String(100000 + i), "client-c")).toEqual({ ok: false, reason: "invalid" });
    const r = await challenge.answerChallenge(token, code(SECRET, Date.now()), "client-c");
    expect(r).toMatchObject({ ok: false, reason: "locked" });
    const failures = tmp.raw.prepare(`SELECT count(*) AS n FROM AuditLog WHERE action = 'auth.two_factor_failed' AND entityId = 't3'`).get() as { n: number };
    expect(failures.n).toBe(5);
  });
});

describe("the site's rule", () => {
  it("covers exactly the roles it names", () => {
    const table = (policy: string) => (["admin", "editor", "writer", "moderator"] as const).filter((r) => roleNeedsTwoFactor(r, policy));
    expect(table("none")).toEqual([]);
    expect(table("admins")).toEqual(["admin"]);
    expect(table("editors")).toEqual(["admin", "editor"]);
    expect(table("everyone")).toEqual(["admin", "editor", "writer", "moderator"]);
    expect(table("something else")).toEqual([]);
  });
});

describe("the sessions page", () => {
  it("names devices in words", () => {
    expect(deviceLabel("Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1")).toBe("Safari على iOS (هاتف)");
    expect(deviceLabel("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36")).toBe("Chrome على Windows (حاسوب)");
    expect(deviceLabel(null)).toBe("جهاز غير معروف");
  });
  it("a person ends their own sessions by handle, never someone else's or the one in use", async () => {
    const mine = await sessions.createSession("s1", { clientAddress: "203.0.113.9" });
    const other = await sessions.createSession("s1");
    const theirs = await sessions.createSession("s2");
    const me = { id: "s1", sessionId: mine };
    const list = await sessions.ownLiveSessions("s1", mine);
    expect(list[0]).toMatchObject({ current: true, clientAddress: "203.0.113.9" });
    expect(JSON.stringify(list)).not.toContain(mine);
    expect(await sessions.endOwnSession(me, sessions.sessionHandle(theirs))).toBe(false);
    expect(await sessions.endOwnSession(me, sessions.sessionHandle(mine))).toBe(false);
    expect(await sessions.endOwnSession(me, sessions.sessionHandle(other))).toBe(true);
    expect(await sessions.sessionIsLive(other, "s1")).toBe(false);
    expect(await sessions.sessionIsLive(theirs, "s2")).toBe(true);
    expect(await sessions.sessionIsLive(mine, "s1")).toBe(true);
  });
});
