import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { revisionChanges, type RevisionContent } from "@/lib/articles/revision-changes";

// Saves and autosaves of a piece, as the log shows them (decision 140): one «عدّل مقالة»
// entry per person per piece per EDIT_WINDOW_MS, counting its saves and autosaves and naming
// every field that changed in that window. The revisions page keeps the full history; the log
// answers "who touched this piece, when, roughly what". Written in the save's transaction.

export const EDIT_WINDOW_MS = 10 * 60_000;

const NO_NAMES = { sections: new Map(), supplements: new Map(), authors: new Map(), images: new Map() };

function parse(raw: string | null | undefined): Record<string, unknown> {
  try {
    const v: unknown = raw ? JSON.parse(raw) : null;
    return v && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** Call before the save's revision is recorded: the latest revision is still the "before". */
export async function auditArticleEdit(tx: Prisma.TransactionClient, actorId: string, articleId: number, kind: "save" | "autosave", after: RevisionContent) {
  const last = await tx.articleRevision.findFirst({ where: { articleId }, orderBy: { id: "desc" }, select: { title: true, snapshot: true } });
  const before = last ? ({ ...parse(last.snapshot), title: last.title } as RevisionContent) : null;
  // A creation's snapshot keeps the slug as typed (often empty: made from the title); not a change.
  if (before && !before.slug) before.slug = after.slug;
  const fields = before ? revisionChanges(before, after, NO_NAMES).map((c) => c.label) : [];
  const since = new Date(Date.now() - EDIT_WINDOW_MS);
  const open = await tx.auditLog.findFirst({
    where: { action: "article.edit", entityType: "article", entityId: String(articleId), actorId, createdAt: { gte: since } },
    orderBy: { id: "desc" },
    select: { id: true, detail: true },
  });
  const d = parse(open?.detail);
  const detail = {
    title: after.title,
    saves: (typeof d.saves === "number" ? d.saves : 0) + (kind === "save" ? 1 : 0),
    autosaves: (typeof d.autosaves === "number" ? d.autosaves : 0) + (kind === "autosave" ? 1 : 0),
    fields: [...new Set([...(Array.isArray(d.fields) ? (d.fields as string[]) : []), ...fields])],
  };
  if (open) await tx.auditLog.update({ where: { id: open.id }, data: { detail: JSON.stringify(detail) } });
  else await tx.auditLog.create({ data: { actorId, action: "article.edit", entityType: "article", entityId: String(articleId), detail: JSON.stringify(detail) } });
}
