import fs from "node:fs/promises";
import path from "node:path";
import { env } from "@/lib/env";
import { pathSegments } from "@/lib/http/params";
import { route } from "@/lib/http/route";
import { CONTENT_TYPES, pickFormat, rendition } from "@/lib/media/renditions";
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
    // ?w=<width>: a resized copy (next/image's srcset, lib/media/image-loader.ts), from the disk cache.
    const w = new URL(req.url).searchParams.get("w");
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

async function resized(req: Request, file: string, w: string) {
  const width = Number(w);
  if (!/^\d{1,4}$/.test(w) || !RENDITION_WIDTHS.includes(width)) {
    return new Response(`عرض غير مدعوم. الأعراض المتاحة: ${RENDITION_WIDTHS.join("، ")}.`, { status: 400, headers: { "content-type": "text/plain; charset=utf-8" } });
  }
  const format = pickFormat(req.headers.get("accept"), path.extname(file).toLowerCase());
  try {
    const { body, hit } = await rendition(file, width, format);
    return new Response(new Uint8Array(body), {
      headers: {
        "content-type": CONTENT_TYPES[format],
        "cache-control": "public, max-age=31536000, immutable",
        vary: "Accept",
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
