import fs from "node:fs/promises";
import path from "node:path";
import { env } from "@/lib/env";
import { pathSegments } from "@/lib/http/params";
import { route } from "@/lib/http/route";
import { isCropKind, focusToken } from "@/lib/media/focal";
import { focusOfPath } from "@/lib/media/queries";
import { CONTENT_TYPES, OG_WIDTH, pickFormat, rendition, type RenditionFormat } from "@/lib/media/renditions";
import { cropUrl } from "@/lib/media/url";
import { RENDITION_WIDTHS } from "@/lib/media/widths";

const TYPES: Record<string, string> = {
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".png": "image/png",
  ".webp": "image/webp",
  ".avif": "image/avif",
};

function notFound() {
  return new Response("الملف غير موجود", { status: 404, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" } });
}

// Stored media are immutable (new uploads get new names), so they cache for a year.
// Next has decoded the path once already: "/media/%25.jpg" names the file "%.jpg".
export const GET = route({
  params: (raw) => pathSegments(raw.path),
  notFound,
  handler: async (req, { params: parts }) => {
    const root = path.resolve(env.MEDIA_DIR);
    const file = path.resolve(root, ...parts);
    const type = TYPES[path.extname(file).toLowerCase()];
    if (!file.startsWith(root + path.sep) || !type) return notFound();
    // ?w=<width>: a resized copy (next/image's srcset, lib/media/image-loader.ts), from the disk cache;
    // ?crop=<kind>&fp=<x>-<y>: a crop around the image's focal point (decision 185).
    const q = new URL(req.url).searchParams;
    const crop = q.get("crop");
    if (crop !== null) return cropped(req, file, parts.join("/"), crop, q.get("fp"), q.get("w"));
    const w = q.get("w");
    if (w !== null) return resized(req, file, w);
    try {
      const body = await fs.readFile(file);
      return new Response(new Uint8Array(body), {
        headers: { "content-type": type, "cache-control": "public, max-age=31536000, immutable", "x-content-type-options": "nosniff" },
      });
    } catch {
      return notFound();
    }
  },
});

const badWidth = () =>
  new Response(`عرض غير مدعوم. الأعراض المتاحة: ${RENDITION_WIDTHS.join("، ")}.`, { status: 400, headers: { "content-type": "text/plain; charset=utf-8" } });
const widthOf = (w: string) => (/^\d{1,4}$/.test(w) && RENDITION_WIDTHS.includes(Number(w)) ? Number(w) : null);

/**
 * Only the image's current focal point is ever cut: an address with another one (a page
 * rendered before the point moved) is sent to the current address, uncached, so a client
 * cannot make us encode a crop per point it invents.
 */
async function cropped(req: Request, file: string, stored: string, kind: string, fp: string | null, w: string | null) {
  if (!isCropKind(kind)) return new Response("قصّ غير معروف. المتاح: 16x9 و1x1 وog.", { status: 400, headers: { "content-type": "text/plain; charset=utf-8" } });
  const width = kind === "og" ? OG_WIDTH : w === null ? null : widthOf(w);
  if (width === null) return badWidth();
  const focus = await focusOfPath(stored);
  if (!focus) return notFound();
  if (fp !== focusToken(focus)) {
    const to = new URL(cropUrl(stored, kind, focus) + (kind === "og" ? "" : `&w=${width}`), req.url);
    return new Response(null, { status: 307, headers: { location: to.pathname + to.search, "cache-control": "no-store" } });
  }
  // Crawlers reading og:image do not all take AVIF or WebP: the share picture is always JPEG.
  const format = kind === "og" ? "jpeg" : pickFormat(req.headers.get("accept"), path.extname(file).toLowerCase());
  return send(() => rendition(file, width, format, { kind, focus }), format, kind !== "og");
}

async function resized(req: Request, file: string, w: string) {
  const width = widthOf(w);
  if (width === null) return badWidth();
  const format = pickFormat(req.headers.get("accept"), path.extname(file).toLowerCase());
  return send(() => rendition(file, width, format), format, true);
}

async function send(make: () => Promise<{ body: Buffer; hit: boolean }>, format: RenditionFormat, negotiated: boolean) {
  try {
    const { body, hit } = await make();
    return new Response(new Uint8Array(body), {
      headers: {
        "content-type": CONTENT_TYPES[format],
        "cache-control": "public, max-age=31536000, immutable",
        ...(negotiated ? { vary: "Accept" } : {}),
        "x-content-type-options": "nosniff",
        // Whether the copy came from the disk cache (e2e/images.spec.ts, npm run bench:images).
        "x-midad-image": hit ? "HIT" : "MISS",
      },
    });
  } catch {
    // A missing original, or one sharp cannot read.
    return notFound();
  }
}
