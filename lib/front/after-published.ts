import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { revalidateFront } from "@/lib/cache/revalidate";
import { absolute } from "@/lib/content-api/media";
import { enqueueEvent } from "@/lib/webhooks/events";

/** How an arrangement went live: a button in /admin/front, the scheduler, or a restoration. */
export type FrontPublication = { arrangementId: number; trigger: "publish" | "schedule" | "restore"; actorId: string | null };

/**
 * Inside the transaction that made an arrangement the published one, on every path (publish,
 * restore, the scheduler): the `front.changed` webhook event is queued with it (decision 179),
 * so a receiver hears of every arrangement readers get, once. It says which arrangement and
 * how it went live; the home page as readers see it is at `api_url` (/api/v1/home).
 */
export async function afterFrontPublished(tx: Prisma.TransactionClient, publication: FrontPublication): Promise<void> {
  await enqueueEvent(
    "front.changed",
    { arrangement_id: publication.arrangementId, trigger: publication.trigger, url: absolute("/"), api_url: absolute("/api/v1/home") },
    tx,
  );
}

/** After the commit, in a request: readers get the new home page at once. */
export function purgeFront(): void {
  revalidateFront();
}
