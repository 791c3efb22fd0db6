import "server-only";
import fs from "node:fs/promises";
import path from "node:path";
import { articleCacheKeys } from "@/lib/articles/after-change";
import { audit } from "@/lib/audit/log";
import type { CurrentUser } from "@/lib/auth/guard";
import { revalidateArticle, revalidateTags } from "@/lib/cache/revalidate";
import { tags as cacheTags } from "@/lib/cache/tags";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { HttpError } from "@/lib/http/errors";
import { percent, type Focus } from "./focal";
import { forgetRenditions } from "./renditions";
import type { MediaFocusInput, MediaMetaInput } from "./schema";
import { mediaSearchText } from "./search-text";
import { describeUses, whereUsed, type MediaUse } from "./where-used";

// Editing and deleting library images (issue 15). Every change is audited; a change readers
// can see (caption, credit, alt, focal point) expires the pages of every place the image is
// used (lib/media/where-used.ts), so the next reader gets the new picture or words at once.

const GONE = "الصورة غير موجودة، ربما حُذفت.";
const SELECT = { id: true, path: true, alt: true, caption: true, credit: true, originalName: true, focalX: true, focalY: true } as const;

async function load(id: number) {
  const m = await db.media.findUnique({ where: { id }, select: SELECT });
  if (!m) throw new HttpError(404, "not_found", GONE);
  return m;
}

const fileOf = (stored: string) => path.join(path.resolve(env.MEDIA_DIR), ...stored.split("/"));

/** Expire what readers see of each use: the pieces wherever they are linked, the author's and supplement's pages. */
export async function purgeUses(uses: MediaUse[]) {
  const pieces = [...new Set(uses.flatMap((u) => ("title" in u ? [u.id] : [])))];
  for (const id of pieces) revalidateArticle(await articleCacheKeys(db, id), "unchanged");
  const others = uses.flatMap((u) => (u.kind === "author-photo" ? [cacheTags.author(u.slug)] : u.kind === "supplement-cover" ? [cacheTags.supplement(u.slug), cacheTags.home] : []));
  if (others.length) revalidateTags(cacheTags.names, ...others);
}

export async function updateMediaMeta(input: MediaMetaInput, actor: CurrentUser): Promise<{ changed: string[] }> {
  const before = await load(input.id);
  const next = { alt: input.alt, caption: input.caption, credit: input.credit };
  const changed = (Object.keys(next) as (keyof typeof next)[]).filter((k) => (before[k] ?? null) !== next[k]);
  if (changed.length === 0) return { changed };
  await db.$transaction(async (tx) => {
    await tx.media.update({ where: { id: before.id }, data: { ...next, searchText: mediaSearchText({ ...before, ...next }) }, select: { id: true } });
    await audit(
      { actorId: actor.id, action: "media.edit", entityType: "media", entityId: before.id, detail: { path: before.path, changed, before: Object.fromEntries(changed.map((k) => [k, before[k]])), after: Object.fromEntries(changed.map((k) => [k, next[k]])) } },
      tx,
    );
  });
  await purgeUses(await whereUsed(before));
  return { changed };
}

export async function setMediaFocus(input: MediaFocusInput, actor: CurrentUser): Promise<Focus & { moved: boolean }> {
  const before = await load(input.id);
  const focus: Focus = { focalX: Math.round(input.x) / 100, focalY: Math.round(input.y) / 100 };
  const moved = percent(before.focalX) !== percent(focus.focalX) || percent(before.focalY) !== percent(focus.focalY);
  if (!moved) return { ...focus, moved };
  await db.$transaction(async (tx) => {
    await tx.media.update({ where: { id: before.id }, data: focus, select: { id: true } });
    await audit({ actorId: actor.id, action: "media.focus", entityType: "media", entityId: before.id, detail: { path: before.path, from: [percent(before.focalX), percent(before.focalY)], to: [percent(focus.focalX), percent(focus.focalY)] } }, tx);
  });
  // The old frames are never asked for again (their address names the old point): free their disk now.
  await forgetRenditions(fileOf(before.path), before, true);
  await purgeUses(await whereUsed(before));
  return { ...focus, moved };
}

/** Delete an image no one uses, with its original and every resized copy. */
export async function deleteMedia(input: { id: number }, actor: CurrentUser): Promise<{ name: string }> {
  const m = await load(input.id);
  const uses = await whereUsed(m);
  if (uses.length > 0) throw new HttpError(409, "state", `لا تُحذف صورة مستعملة. هي الآن: ${describeUses(uses)}. أزلها من هناك أولاً.`);
  const name = m.originalName ?? m.path.split("/").at(-1) ?? String(m.id);
  await db.$transaction(async (tx) => {
    // Set-null relations would silently unlink a use added since the check: the delete only
    // goes ahead while none exists (the body check cannot be a foreign key; it was just read).
    const gone = await tx.media.deleteMany({ where: { id: m.id, articles: { none: {} }, authors: { none: {} }, supplements: { none: {} }, liveUpdates: { none: { deletedAt: null } } } });
    if (gone.count === 0) throw new HttpError(409, "state", "استُعملت الصورة للتو في مكان آخر، فلم تُحذف.");
    await audit({ actorId: actor.id, action: "media.delete", entityType: "media", entityId: m.id, detail: { path: m.path, name, caption: m.caption } }, tx);
  });
  const file = fileOf(m.path);
  await forgetRenditions(file, m);
  await fs.unlink(file).catch(() => {});
  // HTTP caches in front keep pictures for a year: the deleted file leaves them too.
  revalidateTags(cacheTags.media(m.path));
  return { name };
}
