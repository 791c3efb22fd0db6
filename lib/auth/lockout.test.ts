import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTempDatabase } from "@/lib/testing/temp-db";
import { LIMITS, pairDelayMs, waitFor } from "./limits";

const tmp = createTempDatabase();
let lockout: typeof import("./lockout");

beforeAll(async () => {
  lockout = await import("./lockout");
});
afterAll(() => {
  tmp.raw.close();
  fs.rmSync(tmp.dir, { recursive: true, force: true });
});

const at = (base: number, offsetMs: number) => new Date(base + offsetMs);

describe("progressive delays per (account, client) pair", () => {
  it("lets five failures pass, then doubles the wait up to a cap", () => {
    expect([0, 1, 4].map(pairDelayMs)).toEqual([0, 0, 0]);
    expect(pairDelayMs(5)).toBe(30_000);
    expect(pairDelayMs(6)).toBe(60_000);
    expect(pairDelayMs(7)).toBe(120_000);
    expect(pairDelayMs(40)).toBe(LIMITS.pairMaxMs);
  });

  it("counts failures only since the pair's last success", () => {
    const t = Date.now();
    const fail = (s: number) => ({ createdAt: at(t, -s * 1000), success: false });
    const pair = [fail(1), fail(2), fail(3), fail(4), fail(5)];
    expect(waitFor(pair, [], new Date(t))).toBe(29);
    expect(waitFor([fail(1), fail(2), { createdAt: at(t, -3000), success: true }, fail(4), fail(5)], [], new Date(t))).toBe(0);
  });
});

describe("sign-in lockout in the database", () => {
  it("an attacker hammering an account cannot lock out its owner's own client", async () => {
    for (let i = 0; i < 30; i++) await lockout.recordAttempt("Admin@x.local", "attacker", false);
    expect(await lockout.lockedFor("admin@x.local", "attacker")).toBeGreaterThan(0);
    expect(await lockout.lockedFor("admin@x.local", "owner")).toBe(0);
  });

  it("slows a client down after five failures on one account, and longer after more", async () => {
    const now = Date.now();
    for (let i = 0; i < 4; i++) await lockout.recordAttempt("b@x.local", "c1", false, at(now, i));
    expect(await lockout.lockedFor("b@x.local", "c1", at(now, 10))).toBe(0);
    await lockout.recordAttempt("b@x.local", "c1", false, at(now, 10));
    expect(await lockout.lockedFor("b@x.local", "c1", at(now, 10))).toBe(30);
    expect(await lockout.lockedFor("b@x.local", "c1", at(now, 31_000))).toBe(0);
    await lockout.recordAttempt("b@x.local", "c1", false, at(now, 31_000));
    expect(await lockout.lockedFor("b@x.local", "c1", at(now, 31_000))).toBe(60);
    // a success from that client starts its count again
    await lockout.recordAttempt("b@x.local", "c1", true, at(now, 92_000));
    expect(await lockout.lockedFor("b@x.local", "c1", at(now, 92_000))).toBe(0);
  });

  it("refuses a client that sprays passwords across many accounts", async () => {
    const now = Date.now();
    for (let i = 0; i < LIMITS.clientFailures - 1; i++) await lockout.recordAttempt(`u${i}@x.local`, "sprayer", false, at(now, i));
    expect(await lockout.lockedFor("fresh@x.local", "sprayer", at(now, 100))).toBe(0);
    await lockout.recordAttempt("last@x.local", "sprayer", false, at(now, 100));
    const wait = await lockout.lockedFor("fresh@x.local", "sprayer", at(now, 100));
    expect(wait).toBeGreaterThan(14 * 60);
    expect(wait).toBeLessThanOrEqual(15 * 60);
    expect(await lockout.lockedFor("fresh@x.local", "someone-else", at(now, 100))).toBe(0);
    expect(await lockout.lockedFor("fresh@x.local", "sprayer", at(now, LIMITS.clientWindowMs + 1000))).toBe(0);
  });

  it("prunes attempts older than a day", async () => {
    const old = new Date(Date.now() - LIMITS.keepMs - 60_000);
    tmp.raw.prepare(`INSERT INTO LoginAttempt (email, clientHash, success, createdAt) VALUES ('old@x.local', 'c', 0, ?)`).run(old.toISOString().replace("Z", "+00:00"));
    const before = (tmp.raw.prepare(`SELECT COUNT(*) AS n FROM LoginAttempt WHERE email = 'old@x.local'`).get() as { n: number }).n;
    expect(before).toBe(1);
    expect(await lockout.pruneAttempts()).toBeGreaterThanOrEqual(1);
    expect((tmp.raw.prepare(`SELECT COUNT(*) AS n FROM LoginAttempt WHERE email = 'old@x.local'`).get() as { n: number }).n).toBe(0);
  });
});
