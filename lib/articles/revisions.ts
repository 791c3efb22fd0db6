import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import type { RevisionNames } from "./revision-changes";
import type { ArticleInput } from "./schema";

/** Autosaves by the same person within this window update one revision instead of adding one. */
export const AUTOSAVE_COALESCE_MS = 5 * 60_000;

export type Snapshot = Omit<ArticleInput, "bodyHtml"> & { bodyText: string };

export async function recordRevision(
  tx: Prisma.TransactionClient,
  r: { articleId: number; version: number; kind: "save" | "autosave" | "restore" | "create"; userId: string; input: ArticleInput & { bodyText: string } },
) {
  const { bodyHtml, ...rest } = r.input;
  const data = { version: r.version, kind: r.kind, title: r.input.title, bodyHtml, snapshot: JSON.stringify(rest), userId: r.userId };
  if (r.kind === "autosave") {
    const last = await tx.articleRevision.findFirst({ where: { articleId: r.articleId }, orderBy: { id: "desc" }, select: { id: true, kind: true, userId: true, createdAt: true } });
    if (last && last.kind === "autosave" && last.userId === r.userId && Date.now() - last.createdAt.getTime() < AUTOSAVE_COALESCE_MS) {
      await tx.articleRevision.update({ where: { id: last.id }, data });
      return;
    }
  }
  await tx.articleRevision.create({ data: { articleId: r.articleId, ...data } });
}

export async function listRevisions(articleId: number) {
  return db.articleRevision.findMany({
    where: { articleId },
    orderBy: { id: "desc" },
    select: { id: true, version: true, kind: true, title: true, createdAt: true, user: { select: { name: true } } },
  });
}

export async function getRevision(articleId: number, id: number) {
  const r = await db.articleRevision.findFirst({ where: { id, articleId }, select: { id: true, version: true, title: true, bodyHtml: true, snapshot: true, createdAt: true, user: { select: { name: true } } } });
  if (!r) return null;
  return { ...r, snapshot: JSON.parse(r.snapshot) as Snapshot };
}

/** Names of what two snapshots refer to by id, for the field-by-field comparison. */
export async function revisionNames(snapshots: Snapshot[]): Promise<RevisionNames> {
  const ids = (pick: (s: Snapshot) => (number | null | undefined)[]) => [...new Set(snapshots.flatMap(pick).filter((x): x is number => typeof x === "number"))];
  const [sections, supplements, authors, images] = await Promise.all([
    db.section.findMany({ where: { id: { in: ids((s) => [s.sectionId]) } }, select: { id: true, name: true } }),
    db.supplement.findMany({ where: { id: { in: ids((s) => [s.supplementId]) } }, select: { id: true, name: true } }),
    db.author.findMany({ where: { id: { in: ids((s) => s.authorIds ?? []) } }, select: { id: true, name: true } }),
    db.media.findMany({ where: { id: { in: ids((s) => [s.imageId]) } }, select: { id: true, path: true, alt: true } }),
  ]);
  return {
    sections: new Map(sections.map((x) => [x.id, x.name])),
    supplements: new Map(supplements.map((x) => [x.id, x.name])),
    authors: new Map(authors.map((x) => [x.id, x.name])),
    images: new Map(images.map((x) => [x.id, x.alt ? `${x.alt} (${x.path.split("/").at(-1)})` : (x.path.split("/").at(-1) ?? String(x.id))])),
  };
}
