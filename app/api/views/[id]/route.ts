import { parseArticleId } from "@/lib/articles/urls";
import { recordView } from "@/lib/views/buffer";
import { isBot } from "@/lib/views/bots";
import { firstViewInWindow } from "@/lib/views/dedupe";
import { clientAddress } from "@/lib/http/client";

export const dynamic = "force-dynamic";

// 1×1 transparent GIF: the beacon is a plain <img>, so it counts readers with or
// without JavaScript and adds no script to the page.
const PIXEL = Buffer.from("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7", "base64");

function count(req: Request, rawId: string) {
  const id = parseArticleId(rawId);
  const h = req.headers;
  const prefetch = /prefetch|prerender/i.test(`${h.get("sec-purpose") ?? ""} ${h.get("purpose") ?? ""}`);
  // Bots and prefetches never count; a reader counts once per piece per half hour.
  if (id && !prefetch && !isBot(h.get("user-agent")) && firstViewInWindow(clientAddress(h), id)) recordView(id);
}

export async function GET(req: Request, ctx: { params: Promise<{ id: string }> }) {
  count(req, (await ctx.params).id);
  return new Response(new Uint8Array(PIXEL), {
    headers: { "content-type": "image/gif", "cache-control": "no-store, private", "x-robots-tag": "noindex" },
  });
}

/** For navigator.sendBeacon callers (apps, widgets). */
export async function POST(req: Request, ctx: { params: Promise<{ id: string }> }) {
  count(req, (await ctx.params).id);
  return new Response(null, { status: 204, headers: { "cache-control": "no-store" } });
}
