// npm run cluster: a whole Midad cluster on loopback for trying it (decision 101):
// PostgreSQL, Redis, two app instances and Varnish in front. Ctrl-C stops what it started.
//
//   npm run cluster                       the machine's PostgreSQL (started if needed)
//   DATABASE_URL=postgresql://… npm run cluster     a given server (the database is created)
//   npm run cluster -- --port 8080        Varnish's port (default 8080; instances 3101, 3102)
//
// The e2e cluster suite and the cluster benchmark start the same cluster through
// startCluster() below.
import { spawn, spawnSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { baseEnv, buildIfStale, clearRenderCaches, prepareDatabase, root } from "./lib.mjs";

const LOCAL_PG = "postgresql://midad:midad@127.0.0.1:5432/midad_cluster";

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function waitForPort(port, ms = 60_000) {
  const until = Date.now() + ms;
  return new Promise((resolve, reject) => {
    const tryOnce = () => {
      const s = net.connect(port, "127.0.0.1");
      s.once("connect", () => {
        s.destroy();
        resolve();
      });
      s.once("error", () => {
        s.destroy();
        if (Date.now() > until) reject(new Error(`nothing listens on ${port} after ${ms / 1000} s`));
        else setTimeout(tryOnce, 200);
      });
    };
    tryOnce();
  });
}

async function waitForHttp(url, ms = 120_000) {
  const until = Date.now() + ms;
  for (;;) {
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(5000) });
      if (res.ok) return;
    } catch {
      // not yet
    }
    if (Date.now() > until) throw new Error(`${url} did not answer in ${ms / 1000} s`);
    await sleep(300);
  }
}

/** The machine's PostgreSQL 15 (Debian), started when it is not running, with a `midad` role. */
function ensureLocalPostgres(log) {
  if (spawnSync("pg_isready", ["-h", "127.0.0.1", "-q"]).status !== 0) {
    log("• Starting the machine's PostgreSQL…");
    const r = spawnSync("pg_ctlcluster", ["--skip-systemctl-redirect", "15", "main", "start"], { stdio: "inherit" });
    if (r.status !== 0) throw new Error("could not start PostgreSQL (pg_ctlcluster 15 main); set DATABASE_URL to a server");
  }
  const probe = spawnSync("psql", [LOCAL_PG.replace("/midad_cluster", "/postgres"), "-Atc", "SELECT 1"], { encoding: "utf8" });
  if (probe.status !== 0 && process.getuid?.() === 0) {
    // A fresh machine: the role this script uses (local trials only; set DATABASE_URL otherwise).
    spawnSync("runuser", ["-u", "postgres", "--", "psql", "-qc", "CREATE ROLE midad LOGIN PASSWORD 'midad' CREATEDB"], { stdio: "inherit" });
  }
}

/**
 * backends.vcl for scripts/cluster/midad.vcl: one backend per instance with a health probe,
 * the round-robin director `app`, and midad_pick_untried (a retry goes to a healthy instance
 * the request has not tried). backends.example.vcl is this for two production hosts.
 */
export function backendsVcl(hosts) {
  const name = (i) => `app${i + 1}`;
  // The probe's timeout is generous: an instance slow under load is still alive, and marking
  // it sick while another is down would leave readers with no instance at all.
  const defs = hosts
    .map(
      ({ host, port }, i) => `backend ${name(i)} {
  .host = "${host}";
  .port = "${port}";
  .connect_timeout = 1s;
  .first_byte_timeout = 30s;
  .probe = { .url = "/api/health"; .interval = 1s; .timeout = 3s; .window = 5; .threshold = 3; }
}`,
    )
    .join("\n");
  const init = `sub vcl_init {\n  new app = directors.round_robin();\n${hosts.map((_, i) => `  app.add_backend(${name(i)});`).join("\n")}\n}`;
  const pick = `sub midad_pick_untried {\n${hosts
    .map((_, i) => `  ${i === 0 ? "if" : "} elsif"} (bereq.http.x-midad-tried !~ "(^| )${name(i)}( |$)" && std.healthy(${name(i)})) {\n    set bereq.backend = ${name(i)};`)
    .join("\n")}\n  }\n}`;
  return `${defs}\n${init}\n${pick}\n`;
}

function varnishConfig(dir, ports) {
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, "backends.vcl"), backendsVcl(ports.map((port) => ({ host: "127.0.0.1", port }))));
  fs.copyFileSync(path.join(root, "scripts/cluster/midad.vcl"), path.join(dir, "midad.vcl"));
  return path.join(dir, "midad.vcl");
}

/**
 * Starts PostgreSQL (when local), Redis, `instances` app instances and Varnish. Returns the
 * URLs and a stop(); kill(i)/restart(i) act on one instance (for the failover tests).
 */
export async function startCluster({
  varnishPort = 8080,
  redisPort = 6390,
  basePort = 3101,
  instances = 2,
  databaseUrl = process.env.DATABASE_URL?.startsWith("postgres") ? process.env.DATABASE_URL : "",
  dataDir = path.join(root, "data/cluster"),
  seedArgs = ["--demo-content"],
  extraEnv = {},
  log = (m) => console.log(m),
} = {}) {
  const children = [];
  const stop = async () => {
    for (const c of children.reverse()) if (c.exitCode === null && c.signalCode === null) c.kill("SIGTERM");
    await sleep(500);
    for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill("SIGKILL");
  };
  try {
    if (!databaseUrl) {
      ensureLocalPostgres(log);
      databaseUrl = LOCAL_PG;
    }
    dataDir = path.resolve(root, dataDir);
    fs.mkdirSync(dataDir, { recursive: true });
    const secretFile = path.join(dataDir, "auth-secret");
    if (!fs.existsSync(secretFile)) fs.writeFileSync(secretFile, crypto.randomBytes(32).toString("base64url"), { mode: 0o600 });
    const siteUrl = `http://127.0.0.1:${varnishPort}`;
    const redisUrl = `redis://127.0.0.1:${redisPort}`;
    const env = baseEnv({
      DATABASE_URL: databaseUrl,
      AUTH_SECRET: fs.readFileSync(secretFile, "utf8").trim(),
      SITE_URL: siteUrl,
      REDIS_URL: redisUrl,
      VARNISH_URLS: siteUrl,
      // Shared by every instance (a shared volume in production).
      MEDIA_DIR: path.join(dataDir, "media"),
      // Varnish on loopback names the reader in X-Forwarded-For.
      TRUST_PROXY: "loopback",
      ...extraEnv,
    });

    log("• Redis…");
    const redis = spawn("redis-server", ["--port", String(redisPort), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"], { stdio: "ignore" });
    children.push(redis);
    await waitForPort(redisPort);

    log(`• Database ${databaseUrl.replace(/\/\/[^@]*@/, "//…@")}…`);
    prepareDatabase(env, seedArgs);
    buildIfStale({ ...env, NODE_ENV: "production" });
    clearRenderCaches(env);

    const ports = Array.from({ length: instances }, (_, i) => basePort + i);
    const procs = [];
    const startInstance = (i) => {
      const p = spawn(process.execPath, ["scripts/serve.mjs", "-p", String(ports[i]), "-H", "127.0.0.1"], {
        cwd: root,
        env: { ...env, NODE_ENV: "production", PORT: String(ports[i]), INSTANCE_NAME: `app${i + 1}` },
        stdio: ["ignore", "inherit", "inherit"],
      });
      children.push(p);
      procs[i] = p;
      return p;
    };
    ports.forEach((_, i) => startInstance(i));
    await Promise.all(ports.map((p) => waitForHttp(`http://127.0.0.1:${p}/api/health`)));

    log("• Varnish…");
    const vdir = path.join(dataDir, "varnish");
    const vcl = varnishConfig(vdir, ports);
    const varnish = spawn(
      "varnishd",
      ["-F", "-j", "none", "-n", path.join(vdir, "work"), "-a", `127.0.0.1:${varnishPort}`, "-f", vcl, "-s", "malloc,256m", "-p", "vcl_path=" + vdir],
      { stdio: ["ignore", "ignore", "inherit"] },
    );
    children.push(varnish);
    await waitForHttp(`${siteUrl}/api/health`, 30_000);
    // Every answer of 500 or more Varnish gives, with its backend attempts, for diagnosis.
    const errorLog = path.join(vdir, "5xx.log");
    const vlog = spawn("varnishlog", ["-n", path.join(vdir, "work"), "-g", "request", "-q", "RespStatus >= 500", "-w", errorLog, "-A"], { stdio: "ignore" });
    children.push(vlog);

    return {
      siteUrl,
      redisUrl,
      databaseUrl,
      authSecret: env.AUTH_SECRET,
      instanceUrls: ports.map((p) => `http://127.0.0.1:${p}`),
      errorLog,
      /** kill -9 one instance. */
      kill: (i) => procs[i].kill("SIGKILL"),
      /** Start it again and wait until it answers. */
      restart: async (i) => {
        startInstance(i);
        await waitForHttp(`http://127.0.0.1:${ports[i]}/api/health`);
      },
      stop,
    };
  } catch (e) {
    await stop();
    throw e;
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const i = process.argv.indexOf("--port");
  const varnishPort = i > 0 ? Number(process.argv[i + 1]) : 8080;
  const cluster = await startCluster({ varnishPort });
  console.log(`
• Cluster ready:
    readers (Varnish):  ${cluster.siteUrl}   dashboard: ${cluster.siteUrl}/admin
    instances:          ${cluster.instanceUrls.join("  ")}
    Redis:              ${cluster.redisUrl}
    PostgreSQL:         ${cluster.databaseUrl.replace(/\/\/[^@]*@/, "//…@")}
  Ctrl-C stops them.`);
  for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => cluster.stop().then(() => process.exit(0)));
}
