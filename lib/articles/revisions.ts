import "server-only";
import { diffWords } from "diff";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
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
  const r = await db.articleRevision.findFirst({ where: { id, articleId }, select: { id: true, title: true, bodyHtml: true, snapshot: true, createdAt: true, user: { select: { name: true } } } });
  if (!r) return null;
  return { ...r, snapshot: parseSnapshot(r.snapshot) };
}

/** A damaged snapshot reads as empty: restoring it is then refused by the schema (400), not a 500. */
function parseSnapshot(raw: string): Snapshot {
  try {
    const v: unknown = JSON.parse(raw);
    return (v && typeof v === "object" && !Array.isArray(v) ? v : {}) as Snapshot;
  } catch {
    return {} as Snapshot;
  }
}

export type DiffPart = { value: string; added?: boolean; removed?: boolean };

/** Word-level difference of two texts (title and body), Arabic-safe. */
export function wordDiff(a: string, b: string): DiffPart[] {
  return diffWords(a, b).map((p) => ({ value: p.value, added: p.added || undefined, removed: p.removed || undefined }));
}
