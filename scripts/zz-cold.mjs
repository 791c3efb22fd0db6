import Database from "better-sqlite3";
const BASE = "http://127.0.0.1:3300";
const db = new Database("data/bench/midad.db", { readonly: true });
const off = Number(process.argv[2] ?? 200), n = Number(process.argv[3] ?? 100);
const rows = db.prepare("SELECT id, slug FROM Article WHERE status='published' ORDER BY publishedAt DESC LIMIT ? OFFSET ?").all(n, off);
const t = [];
for (const { id, slug } of rows) {
  const s = performance.now(); const r = await fetch(`${BASE}/${id}/${encodeURIComponent(slug)}`); await r.arrayBuffer(); t.push(performance.now() - s);
  if (r.headers.get("x-nextjs-cache") !== "MISS") console.log("not a miss", r.status, r.headers.get("x-nextjs-cache"));
}
t.sort((a, b) => a - b);
console.log(`cold n=${t.length} p50=${t[Math.floor(t.length/2)].toFixed(1)} p95=${t[Math.floor(t.length*0.95)].toFixed(1)} min=${t[0].toFixed(1)}`);
