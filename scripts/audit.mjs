// Dependency audit of the lock file (CI runs it before the tests).
// 1. `npm audit` (GitHub's advisory database through the registry), when the registry's
//    audit endpoint answers. On these machines it does not (the registry mirror allows GET
//    only: "405 Method Not Allowed" for the bulk advisory POST), so:
// 2. every locked package version is looked up in the registry itself (GET, which works)
//    and any version its maintainers deprecated is listed; a deprecation that names a
//    security problem (security, vulnerab, CVE, GHSA, malicious) fails the audit.
// Decision 093 says why and what this does not cover.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const audit = spawnSync("npm", ["audit", "--audit-level=high", "--json"], { cwd: root, encoding: "utf8", timeout: 120_000 });
let report = null;
try {
  report = JSON.parse(audit.stdout);
} catch {
  report = null;
}
if (report && report.metadata?.vulnerabilities) {
  const v = report.metadata.vulnerabilities;
  console.log(`npm audit: ${v.critical ?? 0} critical, ${v.high ?? 0} high, ${v.moderate ?? 0} moderate, ${v.low ?? 0} low`);
  process.exit((v.critical ?? 0) + (v.high ?? 0) > 0 ? 1 : 0);
}
console.log(`npm audit: the registry's advisory endpoint is unavailable here (${(report?.message ?? audit.stderr ?? "").split("\n")[0].slice(0, 120)}); checking deprecations instead.`);

// A canary: request@2.88.2 is deprecated on the public registry. A mirror that does not say
// so strips deprecations, and then this check could prove nothing.
const canary = await fetch(`${(process.env.npm_config_registry || "https://registry.npmjs.org/").replace(/\/?$/, "/")}request/2.88.2`, { signal: AbortSignal.timeout(15_000) })
  .then((r) => r.json())
  .catch(() => null);
if (!canary?.deprecated) {
  console.log("audit: NOT DONE: this registry serves no advisories and strips deprecation notices; no offline advisory source is installable here (decision 093).");
  process.exit(0);
}

const lock = JSON.parse(fs.readFileSync(path.join(root, "package-lock.json"), "utf8"));
const wanted = new Map();
for (const [where, meta] of Object.entries(lock.packages ?? {})) {
  if (!where || !meta.version || meta.link) continue;
  const name = meta.name ?? where.slice(where.lastIndexOf("node_modules/") + "node_modules/".length);
  wanted.set(`${name}@${meta.version}`, { name, version: meta.version });
}
const registry = (process.env.npm_config_registry || "https://registry.npmjs.org/").replace(/\/?$/, "/");
const SECURITY = /secur|vulnerab|CVE-|GHSA-|malicious|compromis/i;
const deprecated = [];
let failedLookups = 0;
const queue = [...wanted.values()];
async function worker() {
  for (let next = queue.shift(); next; next = queue.shift()) {
    try {
      const res = await fetch(`${registry}${next.name.replace("/", "%2f")}/${next.version}`, { signal: AbortSignal.timeout(15_000) });
      if (!res.ok) throw new Error(String(res.status));
      const doc = await res.json();
      if (doc.deprecated) deprecated.push({ ...next, message: String(doc.deprecated) });
    } catch {
      failedLookups++;
    }
  }
}
await Promise.all(Array.from({ length: 16 }, worker));
const security = deprecated.filter((d) => SECURITY.test(d.message));
for (const d of deprecated) console.log(`${SECURITY.test(d.message) ? "SECURITY" : "deprecated"}: ${d.name}@${d.version}: ${d.message}`);
console.log(`audit: ${wanted.size} locked packages, ${deprecated.length} deprecated, ${security.length} for security reasons, ${failedLookups} not looked up`);
process.exit(security.length > 0 ? 1 : 0);
