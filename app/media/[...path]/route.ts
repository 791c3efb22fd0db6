import fs from "node:fs/promises";
import path from "node:path";
import { env } from "@/lib/env";
import { pathSegments } from "@/lib/http/params";
import { route } from "@/lib/http/route";

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
  handler: async (_req, { params: parts }) => {
    const root = path.resolve(env.MEDIA_DIR);
    const file = path.resolve(root, ...parts);
    const type = TYPES[path.extname(file).toLowerCase()];
    if (!file.startsWith(root + path.sep) || !type) return notFound();
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
