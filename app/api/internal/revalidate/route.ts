import crypto from "node:crypto";
import { expireAgain, expireFromPeer, revalidateArticle, revalidateFront, revalidateTags } from "@/lib/cache/revalidate";
import { tags } from "@/lib/cache/tags";
import { datelineIsStale } from "@/lib/dates/today";
import { HttpError } from "@/lib/http/errors";
import { route } from "@/lib/http/route";
import { INTERNAL_HEADER, internalToken } from "@/lib/scheduler/internal";
import { z } from "@/lib/validation/zod";

export const dynamic = "force-dynamic";

const keysSchema = z.object({
  id: z.number().int().positive(),
  slug: z.string().optional(),
  sectionSlugs: z.array(z.string()),
  authorSlugs: z.array(z.string()),
  tagSlugs: z.array(z.string()),
  supplementSlugs: z.array(z.string()),
});

/** A repeated expiry (lib/cache/expire-again.ts), or one another instance made (`peer`). */
const againSchema = z.object({ tags: z.array(z.string().max(300)).min(1).max(5000), peer: z.boolean().optional() });

/** The scheduler at a new Baghdad day (and at start): pages dated yesterday are rendered again. */
const todaySchema = z.object({ today: z.literal(true) });

/** The scheduler applied a front-page arrangement, or the breaking bar expired (decision 182). */
const frontSchema = z.object({ front: z.literal(true) });

const bodySchema = z.union([againSchema, todaySchema, frontSchema, keysSchema], { error: "طلب غير صالح." });

/** The scheduler's way to expire cached pages (revalidateTag needs a request). */
export const POST = route({
  handler: async (req) => {
    const given = Buffer.from(req.headers.get(INTERNAL_HEADER) ?? "");
    const expected = Buffer.from(internalToken());
    if (given.length !== expected.length || !crypto.timingSafeEqual(given, expected)) throw new HttpError(401, "unauthorized", "غير مسموح.");
    const body: unknown = await req.json().catch(() => null);
    const parsed = bodySchema.parse(body);
    if ("tags" in parsed) (parsed.peer ? expireFromPeer : expireAgain)(parsed.tags);
    else if ("front" in parsed) revalidateFront();
    else if ("today" in parsed) {
      const stale = await datelineIsStale();
      if (stale) revalidateTags(tags.today);
      return Response.json({ ok: true, expired: stale });
    } else revalidateArticle(parsed);
    return Response.json({ ok: true });
  },
});
