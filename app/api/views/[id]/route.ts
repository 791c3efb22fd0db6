import { idSegment } from "@/lib/http/params";
import { route } from "@/lib/http/route";
import { recordView } from "@/lib/views/buffer";
import { isBot } from "@/lib/views/bots";
import { countsAsView } from "@/lib/views/dedupe";
import { clientAddress } from "@/lib/http/client";

export const dynamic = "force-dynamic";

// 1×1 transparent GIF: the beacon is a plain <img>, so it counts readers with or
// without JavaScript and adds no script to the page.
const PIXEL = Buffer.from("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7", "base64");

// A bad id still gets the pixel (a broken image helps nobody); it just counts nothing.
const params = (raw: Record<string, unknown>) => ({ id: idSegment(raw.id) });

function count(req: Request, id: number | null) {
  const h = req.headers;
  const prefetch = /prefetch|prerender/i.test(`${h.get("sec-purpose") ?? ""} ${h.get("purpose") ?? ""}`);
  // Bots and prefetches never count; a reader counts once per piece per half hour, on
  // whichever instance the beacon lands. The pixel does not wait for the decision.
  if (!id || prefetch || isBot(h.get("user-agent"))) return;
  void countsAsView(clientAddress(h), id).then(
    (yes) => yes && recordView(id),
    (e) => console.warn("[views] not counted:", (e as Error).message),
  );
}

export const GET = route({
  params,
  handler: (req, { params: { id } }) => {
    count(req, id);
    return new Response(new Uint8Array(PIXEL), {
      headers: { "content-type": "image/gif", "cache-control": "no-store, private", "x-robots-tag": "noindex" },
    });
  },
});

/** For navigator.sendBeacon callers (apps, widgets). */
export const POST = route({
  params,
  handler: (req, { params: { id } }) => {
    count(req, id);
    return new Response(null, { status: 204, headers: { "cache-control": "no-store" } });
  },
});
