import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { revalidateFront } from "@/lib/cache/revalidate";

/** How an arrangement went live: a button in /admin/front, the scheduler, or a restoration. */
export type FrontPublication = { arrangementId: number; trigger: "publish" | "schedule" | "restore"; actorId: string | null };

/**
 * Inside the transaction that made an arrangement the published one, on every path (publish,
 * restore, the scheduler). The place for the `front.changed` webhook event (issue 16's
 * webhooks enqueue their deliveries in the caller's transaction): add it here, nowhere else.
 */
export async function afterFrontPublished(tx: Prisma.TransactionClient, publication: FrontPublication): Promise<void> {
  void tx;
  void publication;
}

/** After the commit, in a request: readers get the new home page at once. */
export function purgeFront(): void {
  revalidateFront();
}
