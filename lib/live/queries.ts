import "server-only";
import { cache } from "react";
import { unstable_cache } from "next/cache";
import { tags } from "@/lib/cache/tags";
import { db } from "@/lib/db";
import { publicWhere } from "@/lib/articles/visibility";
import { keyEventLabel, type PublicLiveUpdate } from "./render";
import { liveStatusOf, type LiveStatus } from "./rules";

export type PublicLiveCoverage = {
  status: Exclude<LiveStatus, null>;
  startedAt: string | null;
  endedAt: string | null;
  /** Newest first. */
  updates: (PublicLiveUpdate & { keyLabel: string; text: string })[];
  /** The highest update id the piece ever had, deleted ones included (0 for none). */
  known: number;
};

const updateSelect = {
  id: true,
  bodyHtml: true,
  bodyText: true,
  keyEvent: true,
  createdAt: true,
  updatedAt: true,
  embedUrl: true,
  imageAlt: true,
  author: { select: { name: true } },
  image: { select: { path: true, width: true, height: true, alt: true } },
} as const;

async function readCoverage(articleId: number): Promise<PublicLiveCoverage | null> {
  const a = await db.article.findFirst({ where: { id: articleId, ...publicWhere() }, select: { liveStatus: true, liveStartedAt: true, liveEndedAt: true } });
  const status = liveStatusOf(a?.liveStatus);
  if (!a || !status) return null;
  const rows = await db.liveUpdate.findMany({ where: { articleId, deletedAt: null }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: 500, select: updateSelect });
  const known = (await db.liveUpdate.aggregate({ where: { articleId }, _max: { id: true } }))._max.id ?? 0;
  return {
    status,
    known,
    startedAt: a.liveStartedAt?.toISOString() ?? null,
    endedAt: a.liveEndedAt?.toISOString() ?? null,
    updates: rows.map((r) => ({
      id: r.id,
      bodyHtml: r.bodyHtml,
      keyEvent: r.keyEvent,
      keyLabel: keyEventLabel(r.bodyText),
      text: r.bodyText,
      createdAt: r.createdAt.toISOString(),
      updatedAt: r.updatedAt.toISOString(),
      authorName: r.author?.name ?? null,
      image: r.image ? { path: r.image.path, width: r.image.width, height: r.image.height, alt: r.imageAlt ?? r.image.alt ?? "" } : null,
      embedUrl: r.embedUrl,
    })),
  };
}

/**
 * A public piece's live coverage (null when it has none), cached under the piece's own tag:
 * every change to an update expires `article:<id>`, so the page and the polling endpoint
 * are fresh at once (decision 192).
 */
export const getLiveCoverage = cache((articleId: number) =>
  unstable_cache(() => readCoverage(articleId), ["live", String(articleId)], { tags: [tags.article(articleId)], revalidate: 3600 })(),
);

export type AdminLiveUpdate = {
  id: number;
  bodyHtml: string;
  bodyText: string;
  keyEvent: boolean;
  createdAt: Date;
  updatedAt: Date;
  embedUrl: string | null;
  imageId: number | null;
  imageAlt: string | null;
  authorName: string | null;
};

/** The dashboard's view of a piece's coverage (any status; deleted updates left out). */
export async function getLiveAdmin(articleId: number) {
  const a = await db.article.findUnique({
    where: { id: articleId },
    select: { id: true, title: true, slug: true, status: true, liveStatus: true, liveStartedAt: true, liveEndedAt: true },
  });
  if (!a) return null;
  const updates = await db.liveUpdate.findMany({
    where: { articleId, deletedAt: null },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { id: true, bodyHtml: true, bodyText: true, keyEvent: true, createdAt: true, updatedAt: true, embedUrl: true, imageId: true, imageAlt: true, author: { select: { name: true } } },
  });
  return { article: a, updates: updates.map(({ author, ...u }): AdminLiveUpdate => ({ ...u, authorName: author?.name ?? null })) };
}
