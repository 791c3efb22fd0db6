import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTempDatabase } from "@/lib/testing/temp-db";

const tmp = createTempDatabase();
let sessions: typeof import("./sessions");
const now = new Date().toISOString().replace("Z", "+00:00");
for (const id of ["u1", "u2"]) {
  tmp.raw.prepare(`INSERT INTO User (id, email, name, passwordHash, role, createdAt, updatedAt) VALUES (?, ?, ?, '!', 'editor', ?, ?)`).run(id, `${id}@x.local`, id, now, now);
}

beforeAll(async () => {
  sessions = await import("./sessions");
});
afterAll(() => {
  tmp.raw.close();
  fs.rmSync(tmp.dir, { recursive: true, force: true });
});

describe("server-side sessions", () => {
  it("a session is live for its own user only, until revoked", async () => {
    const sid = await sessions.createSession("u1", { userAgent: "x".repeat(500), clientHash: "c" });
    expect(await sessions.sessionIsLive(sid, "u1")).toBe(true);
    expect(await sessions.sessionIsLive(sid, "u2")).toBe(false);
    expect(await sessions.sessionIsLive("no-such-session", "u1")).toBe(false);
    await sessions.revokeSession(sid);
    expect(await sessions.sessionIsLive(sid, "u1")).toBe(false);
  });

  it("expires 12 hours after sign-in however active", async () => {
    const sid = await sessions.createSession("u1");
    expect(await sessions.sessionIsLive(sid, "u1", new Date(Date.now() + 11 * 3600_000))).toBe(true);
    expect(await sessions.sessionIsLive(sid, "u1", new Date(Date.now() + 12 * 3600_000 + 1000))).toBe(false);
  });

  it("ends every session of an account but the one in use, and leaves other accounts alone", async () => {
    await sessions.revokeUserSessions("u1"); // from the tests above
    const mine = await sessions.createSession("u1");
    const other = await sessions.createSession("u1");
    const someoneElse = await sessions.createSession("u2");
    expect(await sessions.revokeUserSessions("u1", mine)).toBe(1);
    expect(await sessions.sessionIsLive(mine, "u1")).toBe(true);
    expect(await sessions.sessionIsLive(other, "u1")).toBe(false);
    expect(await sessions.sessionIsLive(someoneElse, "u2")).toBe(true);
    await sessions.revokeUserSessions("u1");
    expect(await sessions.sessionIsLive(mine, "u1")).toBe(false);
    const live = await sessions.liveSessionsByUser();
    expect(live.has("u1")).toBe(false);
    expect(live.get("u2")?.map((s) => s.id)).toEqual([someoneElse]);
  });
});
