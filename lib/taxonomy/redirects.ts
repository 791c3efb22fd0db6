import "server-only";
import { unstable_cache } from "next/cache";
import { permanentRedirect } from "next/navigation";
import { authorPath, sectionPath, supplementPath, tagPath } from "@/lib/articles/urls";
import { db } from "@/lib/db";
import { tags } from "@/lib/cache/tags";
import type { Prisma } from "@/lib/generated/prisma/client";

// Old addresses of renamed sections, tags, authors and supplements (issue 9): the old
// address answers a permanent redirect to the current one, like an article's old slug.

export type TaxonomyKind = "section" | "tag" | "author" | "supplement";

/** After a save: remember the old slug (if it changed) and free the new one of any redirect. */
export async function recordSlugChange(tx: Prisma.TransactionClient, kind: TaxonomyKind, targetId: number, oldSlug: string | null, newSlug: string) {
  await tx.slugRedirect.deleteMany({ where: { kind, slug: newSlug } });
  if (oldSlug && oldSlug !== newSlug) {
    await tx.slugRedirect.upsert({ where: { kind_slug: { kind, slug: oldSlug } }, create: { kind, slug: oldSlug, targetId }, update: { targetId } });
  }
}

async function currentSlug(kind: TaxonomyKind, id: number): Promise<string | null> {
  const where = { where: { id }, select: { slug: true } };
  const row =
    kind === "section"
      ? await db.section.findUnique(where)
      : kind === "tag"
        ? await db.tag.findUnique(where)
        : kind === "author"
          ? await db.author.findUnique(where)
          : await db.supplement.findUnique(where);
  return row?.slug ?? null;
}

/** The current slug an old one moved to, or null. Cached with the old slug's own tag. */
export const movedTo = (kind: TaxonomyKind, slug: string) =>
  unstable_cache(
    async (): Promise<string | null> => {
      const r = await db.slugRedirect.findUnique({ where: { kind_slug: { kind, slug } }, select: { targetId: true } });
      if (!r) return null;
      const to = await currentSlug(kind, r.targetId);
      return to && to !== slug ? to : null;
    },
    ["slug-redirect", kind, slug],
    { tags: [tags[kind](slug), tags.names], revalidate: 86400 },
  )();

const PATHS: Record<TaxonomyKind, (slug: string) => string> = { section: sectionPath, tag: tagPath, author: authorPath, supplement: supplementPath };

/** For a page or feed that found nothing under `slug`: 308 to the new address if it moved. */
export async function redirectIfMoved(kind: TaxonomyKind, slug: string, rest: string[] | string = []): Promise<void> {
  const to = await movedTo(kind, slug);
  if (!to) return;
  const tail = typeof rest === "string" ? rest : rest.map(encodeURIComponent).join("/");
  permanentRedirect(`${PATHS[kind](to)}${tail && !tail.startsWith("/") ? `/${tail}` : tail}`);
}
