import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTempDatabase } from "@/lib/testing/temp-db";

const tmp = createTempDatabase();
let secret: typeof import("./secret");
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "midad-secret-"));

beforeAll(async () => {
  secret = await import("./secret");
});
afterAll(() => {
  tmp.raw.close();
  fs.rmSync(tmp.dir, { recursive: true, force: true });
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("the session secret kept beside the database", () => {
  it("is made when missing, readable by the owner only", () => {
    const file = path.join(dir, "missing", ".auth-secret");
    const s = secret.keptSecret(file);
    expect(s.length).toBeGreaterThanOrEqual(secret.MIN_SECRET_LENGTH);
    expect(fs.readFileSync(file, "utf8")).toBe(s);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
  });

  it("replaces an empty, blank or short one, never uses it", () => {
    for (const bad of ["", "   \n", "short", "x".repeat(secret.MIN_SECRET_LENGTH - 1)]) {
      const file = path.join(dir, ".auth-secret");
      fs.writeFileSync(file, bad, { mode: 0o644 });
      const s = secret.keptSecret(file);
      expect(s, JSON.stringify(bad)).not.toBe(bad.trim());
      expect(s.length).toBeGreaterThanOrEqual(secret.MIN_SECRET_LENGTH);
      expect(fs.readFileSync(file, "utf8").trim()).toBe(s);
      expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    }
  });

  it("keeps a good one (restarts keep everyone signed in)", () => {
    const file = path.join(dir, "good");
    const good = "g".repeat(43);
    fs.writeFileSync(file, `${good}\n`);
    expect(secret.keptSecret(file)).toBe(good);
    expect(secret.keptSecret(file)).toBe(good);
  });
});
