import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { articlePath } from "@/lib/articles/urls";
import { articleSourceIn } from "@/lib/content-api/queries";
import { absolute } from "@/lib/content-api/media";
import { articleJson } from "@/lib/content-api/serialize";
import { enqueueEvent } from "./events";

// What an article's change tells the receivers, queued in the change's own transaction
// (decision 179): published and updated carry the piece as the content API lists it (no
// body: a receiver that wants it asks /api/v1/articles/<id>, where the key decides); taken
// down (unpublished, deleted) only says which piece and where it was.

type Tx = Prisma.TransactionClient;
export type ArticleEvent = "article.published" | "article.updated" | "article.unpublished" | "article.deleted";

async function articleData(tx: Tx, type: ArticleEvent, id: number): Promise<unknown> {
  const a = await articleSourceIn(tx, id);
  if (!a) return { id };
  const api = absolute(`/api/v1/articles/${id}`);
  if (type === "article.unpublished" || type === "article.deleted") return { id, url: absolute(articlePath(a)), api_url: api };
  return { ...articleJson(a, false), api_url: api };
}

/** Queue an article event for its subscribers; one small read when there are none. */
export async function enqueueArticleEvent(tx: Tx, type: ArticleEvent, id: number): Promise<void> {
  await enqueueEvent(
    type,
    () =>
      articleData(tx, type, id).catch((e: unknown) => {
        // Describing the piece must never cost the editor the save: the event then names it only.
        console.error("[webhooks] article event data:", (e as Error).message);
        return { id };
      }),
    tx,
  );
}
