import crypto from "node:crypto";
import { z } from "zod";
import { expireAgain, revalidateArticle } from "@/lib/cache/revalidate";
import { INTERNAL_HEADER, internalToken } from "@/lib/scheduler/internal";

export const dynamic = "force-dynamic";

const keysSchema = z.object({
  id: z.number().int().positive(),
  slug: z.string().optional(),
  sectionSlugs: z.array(z.string()),
  authorSlugs: z.array(z.string()),
  tagSlugs: z.array(z.string()),
  supplementSlugs: z.array(z.string()),
});

/** A repeated expiry (lib/cache/expire-again.ts). */
const againSchema = z.object({ tags: z.array(z.string().max(300)).min(1).max(5000) });

/** The scheduler's way to expire cached pages (revalidateTag needs a request). */
export async function POST(req: Request) {
  const given = Buffer.from(req.headers.get(INTERNAL_HEADER) ?? "");
  const expected = Buffer.from(internalToken());
  if (given.length !== expected.length || !crypto.timingSafeEqual(given, expected)) {
    return Response.json({ ok: false, code: "unauthorized", message: "غير مسموح." }, { status: 401 });
  }
  const body: unknown = await req.json().catch(() => null);
  const again = againSchema.safeParse(body);
  if (again.success) {
    expireAgain(again.data.tags);
    return Response.json({ ok: true });
  }
  const parsed = keysSchema.safeParse(body);
  if (!parsed.success) return Response.json({ ok: false, code: "invalid", message: "طلب غير صالح." }, { status: 400 });
  revalidateArticle(parsed.data);
  return Response.json({ ok: true });
}
