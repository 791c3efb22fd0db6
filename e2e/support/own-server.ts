import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { testDb } from "./db";
import { E2E_DATA_DIR, serverEnv } from "./env";

/**
 * A server of the test's own, served as `npm start` serves (scripts/serve.mjs), on a copy of
 * the suite's database as it is now. For tests that restart a server or need settings the
 * shared one does not have (no trusted proxy, a different SITE_URL…).
 */
export class OwnServer {
  readonly base: string;
  readonly dir: string;
  readonly dbFile: string;
  private child: ChildProcess | null = null;

  constructor(
    readonly port: number,
    private readonly extraEnv: Record<string, string | undefined> = {},
    /** Its own process group, so a test can kill -9 the whole server (e2e/durability.spec.ts). */
    private readonly opts: { detached?: boolean } = {},
  ) {
    this.base = `http://127.0.0.1:${port}`;
    this.dir = path.join(E2E_DATA_DIR, "..", `e2e-own-${port}`);
    this.dbFile = path.join(this.dir, "midad.db");
  }

  /** A fresh copy of the suite's database for this server. */
  async copyDatabase(): Promise<void> {
    fs.rmSync(this.dir, { recursive: true, force: true });
    fs.mkdirSync(this.dir, { recursive: true });
    await testDb().backup(this.dbFile);
  }

  /** Start the process without waiting (for tests that race its start-up). */
  spawn(): void {
    const env: Record<string, string> = {
      ...(process.env as Record<string, string>),
      ...serverEnv({ PORT: String(this.port), DATABASE_URL: `file:${this.dbFile}`, MEDIA_DIR: path.join(this.dir, "media"), SITE_URL: this.base }),
      NODE_ENV: "production",
    };
    for (const [k, v] of Object.entries(this.extraEnv)) {
      if (v === undefined) delete env[k];
      else env[k] = v;
    }
    this.child = spawn(process.execPath, ["scripts/serve.mjs", "-p", String(this.port), "-H", "127.0.0.1"], { env: env as NodeJS.ProcessEnv, stdio: "ignore", detached: this.opts.detached ?? false });
  }

  async start(): Promise<void> {
    this.spawn();
    for (let i = 0; i < 240; i++) {
      if (await fetch(`${this.base}/api/health`).then((r) => r.ok, () => false)) return;
      await new Promise((r) => setTimeout(r, 250));
    }
    this.stop();
    throw new Error(`test server on ${this.port} did not start`);
  }

  /** Stop and wait until the process has exited (its files are closed). */
  async stopAndWait(signal: NodeJS.Signals = "SIGTERM"): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return void (this.child = null);
    const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
    if (signal === "SIGKILL" && this.opts.detached && child.pid) process.kill(-child.pid, "SIGKILL");
    else child.kill(signal);
    this.child = null;
    await exited;
  }

  stop(signal: NodeJS.Signals = "SIGTERM"): void {
    this.child?.kill(signal);
    this.child = null;
  }
}
