import fs from "node:fs";
import path from "node:path";
import type { APIRequestContext } from "@playwright/test";
import { E2E_BASE_URL } from "./env";

/**
 * Server actions over plain HTTP, as a browser's React runtime calls them: POST to a page
 * that uses the action, the action's id in the Next-Action header, the arguments as a JSON
 * array. Ids come from the build's server-reference manifest (the same ids the dashboard's
 * HTML carries), each with a page path that serves it.
 */
export type ActionRef = { id: string; name: string; page: string };

export function serverActions(): ActionRef[] {
  const dist = path.resolve(process.env.NEXT_DIST_DIR ?? ".next");
  const manifest = JSON.parse(fs.readFileSync(path.join(dist, "server", "server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { exportedName?: string; workers: Record<string, unknown> }>;
  };
  const out: ActionRef[] = [];
  for (const [id, entry] of Object.entries(manifest.node)) {
    // A page that uses the action (plain paths first; a dynamic segment gets "1").
    const workers = Object.keys(entry.workers)
      .filter((w) => w.endsWith("/page"))
      .sort((a, b) => Number(a.includes("[")) - Number(b.includes("[")));
    if (!workers.length || !entry.exportedName) continue;
    const page = workers[0]!.replace(/^app/, "").replace(/\/\([^)]+\)/g, "").replace(/\/page$/, "").replace(/\[[^\]]+\]/g, "1") || "/";
    out.push({ id, name: entry.exportedName, page });
  }
  return out;
}

export function action(name: string): ActionRef {
  const a = serverActions().find((x) => x.name === name);
  if (!a) throw new Error(`server action ${name} not in the build`);
  return a;
}

/** Call an action with these arguments; the Origin is ours unless the test says otherwise. */
export function callAction(request: APIRequestContext, a: ActionRef, args: unknown[] | string, headers: Record<string, string> = {}) {
  return request.post(a.page, {
    headers: { "next-action": a.id, accept: "text/x-component", "content-type": "text/plain;charset=UTF-8", origin: E2E_BASE_URL, ...headers },
    data: typeof args === "string" ? args : JSON.stringify(args),
    maxRedirects: 0,
  });
}
