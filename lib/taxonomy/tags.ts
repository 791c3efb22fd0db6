import "server-only";
import { counted, PIECES } from "@/lib/arabic/plural";
import { normalizeArabic } from "@/lib/arabic/normalize";
import { StateError } from "@/lib/articles/errors";
import { audit } from "@/lib/audit/log";
import type { CurrentUser } from "@/lib/auth/guard";
import { revalidateTags } from "@/lib/cache/revalidate";
import { tags as cacheTags } from "@/lib/cache/tags";
import { db } from "@/lib/db";
import { HttpError } from "@/lib/http/errors";
import { indexArticle } from "@/lib/search/index";

// Merging and deleting tags (issue 12, 10; decision 146). A merge moves every piece of the
// merged tag to the kept one (a piece that had both keeps one link), deletes the merged tag
// and leaves its address — and every older address that pointed to it — redirecting (308) to
// the kept tag's, through the same SlugRedirect rows a rename leaves. Only a tag no piece
// carries can be deleted: the check and the delete are one statement.

const GONE = "الوسم غير موجود، ربما حُذف أو دُمج في وسم آخر.";
const CHUNK = 500;

function chunks<T>(list: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += CHUNK) out.push(list.slice(i, i + CHUNK));
  return out;
}

/** The tag a person typed: its exact name or slug, else the one tag whose name reads the same once normalised. */
async function findTarget(typed: string): Promise<{ id: number; name: string; slug: string } | null> {
  const select = { id: true, name: true, slug: true } as const;
  const exact = (await db.tag.findUnique({ where: { name: typed }, select })) ?? (await db.tag.findUnique({ where: { slug: typed }, select }));
  if (exact) return exact;
  const key = normalizeArabic(typed).replace(/\s+/g, " ");
  const all = await db.tag.findMany({ select });
  const same = all.filter((t) => normalizeArabic(t.name).replace(/\s+/g, " ") === key);
  return same.length === 1 ? same[0]! : null;
}

export async function mergeTag(input: { id: number; into: string }, actor: CurrentUser): Promise<{ from: string; into: string; moved: number }> {
  const from = await db.tag.findUnique({ where: { id: input.id }, select: { id: true, name: true, slug: true } });
  if (!from) throw new HttpError(404, "not_found", GONE);
  const target = await findTarget(input.into);
  if (!target) throw new HttpError(400, "invalid", "لا يوجد وسم بهذا الاسم.", { into: "لا يوجد وسم بهذا الاسم." });
  if (target.id === from.id) throw new HttpError(400, "invalid", "لا يُدمج الوسم في نفسه.", { into: "لا يُدمج الوسم في نفسه." });

  const { pieces, moved } = await db.$transaction(async (tx) => {
    const pieces = (await tx.articleTag.findMany({ where: { tagId: from.id }, select: { articleId: true } })).map((r) => r.articleId);
    const already = new Set<number>();
    for (const part of chunks(pieces)) {
      for (const r of await tx.articleTag.findMany({ where: { tagId: target.id, articleId: { in: part } }, select: { articleId: true } })) already.add(r.articleId);
    }
    const toMove = pieces.filter((id) => !already.has(id));
    for (const part of chunks(toMove)) await tx.articleTag.createMany({ data: part.map((articleId) => ({ articleId, tagId: target.id })) });
    // The merged tag's own links go with it (onDelete: Cascade).
    const gone = await tx.tag.deleteMany({ where: { id: from.id } });
    if (gone.count === 0) throw new HttpError(404, "not_found", GONE);
    // Its address and the older ones that led to it now lead to the kept tag.
    await tx.slugRedirect.updateMany({ where: { kind: "tag", targetId: from.id }, data: { targetId: target.id } });
    await tx.slugRedirect.upsert({ where: { kind_slug: { kind: "tag", slug: from.slug } }, create: { kind: "tag", slug: from.slug, targetId: target.id }, update: { targetId: target.id } });
    // A later WordPress import finds the kept tag where it knew the merged one.
    await tx.importRecord.updateMany({ where: { kind: "tag", targetId: from.id }, data: { targetId: target.id } });
    await audit(
      { actorId: actor.id, action: "tag.merge", entityType: "tag", entityId: from.id, detail: { name: from.name, slug: from.slug, into: target.id, intoName: target.name, moved: toMove.length, pieces: pieces.length } },
      tx,
    );
    return { pieces, moved: toMove.length };
  });

  // The pieces' searchable text names their tags. Re-indexed after the merge rather than in
  // its transaction: a tag on thousands of pieces would hold the database's write lock.
  for (const id of pieces) await indexArticle(db, id);
  revalidateTags(cacheTags.names, cacheTags.tag(from.slug), cacheTags.tag(target.slug), ...pieces.map(cacheTags.article));
  return { from: from.name, into: target.name, moved };
}

export async function deleteTag(input: { id: number }, actor: CurrentUser): Promise<{ name: string }> {
  const tag = await db.$transaction(async (tx) => {
    const t = await tx.tag.findUnique({ where: { id: input.id }, select: { id: true, name: true, slug: true, _count: { select: { articles: true } } } });
    if (!t) throw new HttpError(404, "not_found", GONE);
    // One statement: a piece tagged in the meantime keeps the tag alive.
    const deleted = await tx.tag.deleteMany({ where: { id: t.id, articles: { none: {} } } });
    if (deleted.count === 0) {
      const used = await tx.articleTag.count({ where: { tagId: t.id } });
      throw new StateError(`لا يُحذف وسم مستعمل في ${counted(Math.max(used, 1), PIECES)}: ادمجه في وسم آخر بدلاً من حذفه.`);
    }
    await tx.slugRedirect.deleteMany({ where: { kind: "tag", targetId: t.id } });
    await tx.importRecord.deleteMany({ where: { kind: "tag", targetId: t.id } });
    await audit({ actorId: actor.id, action: "tag.delete", entityType: "tag", entityId: t.id, detail: { name: t.name, slug: t.slug } }, tx);
    return t;
  });
  revalidateTags(cacheTags.names, cacheTags.tag(tag.slug));
  return { name: tag.name };
}
