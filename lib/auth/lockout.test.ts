import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTempDatabase } from "@/lib/testing/temp-db";

const tmp = createTempDatabase();
let lockout: typeof import("./lockout");

beforeAll(async () => {
  lockout = await import("./lockout");
});
afterAll(() => {
  tmp.raw.close();
  fs.rmSync(tmp.dir, { recursive: true, force: true });
});

describe("sign-in lockout", () => {
  it("locks an account after 5 failures in 15 minutes, for 15 minutes", async () => {
    for (let i = 0; i < 4; i++) await lockout.recordAttempt("A@x.local", `client-${i}`, false);
    expect(await lockout.lockedFor("a@x.local", "other")).toBe(0);
    await lockout.recordAttempt("a@x.local", "client-9", false);
    const secs = await lockout.lockedFor("a@x.local", "other");
    expect(secs).toBeGreaterThan(14 * 60);
    expect(secs).toBeLessThanOrEqual(15 * 60);
    expect(await lockout.lockedFor("a@x.local", "other", new Date(Date.now() + 16 * 60_000))).toBe(0);
  });

  it("locks a client after 20 failures across accounts", async () => {
    for (let i = 0; i < 19; i++) await lockout.recordAttempt(`u${i}@x.local`, "noisy", false);
    expect(await lockout.lockedFor("fresh@x.local", "noisy")).toBe(0);
    await lockout.recordAttempt("u19@x.local", "noisy", false);
    expect(await lockout.lockedFor("fresh@x.local", "noisy")).toBeGreaterThan(0);
  });
});
