import "server-only";
import { db } from "@/lib/db";
import { audit } from "@/lib/audit/log";
import type { CurrentUser } from "@/lib/auth/guard";
import { tags as cacheTags } from "@/lib/cache/tags";
import { revalidateTags } from "@/lib/cache/revalidate";
import { slugify } from "@/lib/articles/slug";
import type { z } from "zod";
import { recordSlugChange } from "./redirects";
import type { authorSchema, sectionSchema, supplementSchema, tagSchema } from "./schema";

// Sections, tags, supplements and bylines. A save expires the lists under the old and new
// slugs and every page that shows names (breadcrumbs, bylines, tag links: tags.names); a
// changed slug leaves a permanent redirect from the old address (lib/taxonomy/redirects.ts).

export class DuplicateError extends Error {
  constructor(public field: "name" | "slug") {
    super(field === "slug" ? "الرابط المختصر مستخدم من قبل." : "الاسم مستخدم من قبل.");
  }
}

/**
 * The columns a unique violation names. Through the driver adapters (both engines) Prisma
 * puts them under meta.driverAdapterError.cause.constraint.fields, not meta.target.
 */
function violatedFields(e: unknown): string[] {
  const meta = (e as { meta?: { target?: unknown; driverAdapterError?: { cause?: { constraint?: { fields?: unknown } } } } }).meta;
  const fields = meta?.driverAdapterError?.cause?.constraint?.fields ?? meta?.target;
  return Array.isArray(fields) ? fields.map(String) : typeof fields === "string" ? [fields] : [];
}

async function unique<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    if ((e as { code?: string }).code === "P2002") throw new DuplicateError(violatedFields(e).includes("name") ? "name" : "slug");
    throw e;
  }
}

export async function saveSection(input: z.infer<typeof sectionSchema>, actor: CurrentUser) {
  const old = input.id ? await db.section.findUnique({ where: { id: input.id }, select: { slug: true, name: true } }) : null;
  const data = { name: input.name, slug: input.slug, position: input.position, description: input.description };
  await unique(() =>
    db.$transaction(async (tx) => {
      const row = input.id ? await tx.section.update({ where: { id: input.id }, data }) : await tx.section.create({ data });
      await recordSlugChange(tx, "section", row.id, old?.slug ?? null, row.slug);
      await audit({ actorId: actor.id, action: old ? "section.update" : "section.create", entityType: "section", entityId: row.id, detail: { name: row.name, slug: row.slug, ...(old ? { nameFrom: old.name, slugFrom: old.slug } : {}) } }, tx);
    }),
  );
  revalidateTags(cacheTags.sections, cacheTags.home, cacheTags.feeds, cacheTags.names, cacheTags.section(input.slug), ...(old ? [cacheTags.section(old.slug)] : []));
}

export async function saveTag(input: z.infer<typeof tagSchema>, actor: CurrentUser) {
  const slug = input.slug || slugify(input.name);
  const old = input.id ? await db.tag.findUnique({ where: { id: input.id }, select: { slug: true, name: true } }) : null;
  await unique(() =>
    db.$transaction(async (tx) => {
      const data = { name: input.name, slug };
      const row = input.id ? await tx.tag.update({ where: { id: input.id }, data }) : await tx.tag.create({ data });
      await recordSlugChange(tx, "tag", row.id, old?.slug ?? null, row.slug);
      await audit({ actorId: actor.id, action: old ? "tag.update" : "tag.create", entityType: "tag", entityId: row.id, detail: { name: row.name, slug: row.slug, ...(old ? { nameFrom: old.name, slugFrom: old.slug } : {}) } }, tx);
    }),
  );
  revalidateTags(cacheTags.names, cacheTags.tag(slug), ...(old ? [cacheTags.tag(old.slug)] : []));
}

export async function saveSupplement(input: z.infer<typeof supplementSchema>, actor: CurrentUser) {
  const old = input.id ? await db.supplement.findUnique({ where: { id: input.id }, select: { slug: true, name: true } }) : null;
  const data = { name: input.name, slug: input.slug, description: input.description };
  await unique(() =>
    db.$transaction(async (tx) => {
      const row = input.id ? await tx.supplement.update({ where: { id: input.id }, data }) : await tx.supplement.create({ data });
      await recordSlugChange(tx, "supplement", row.id, old?.slug ?? null, row.slug);
      await audit({ actorId: actor.id, action: old ? "supplement.update" : "supplement.create", entityType: "supplement", entityId: row.id, detail: { name: row.name, slug: row.slug, ...(old ? { nameFrom: old.name, slugFrom: old.slug } : {}) } }, tx);
    }),
  );
  revalidateTags(cacheTags.home, cacheTags.names, cacheTags.supplement(input.slug), ...(old ? [cacheTags.supplement(old.slug)] : []));
}

export async function saveAuthor(input: z.infer<typeof authorSchema>, actor: CurrentUser) {
  const old = input.id ? await db.author.findUnique({ where: { id: input.id }, select: { slug: true, name: true } }) : null;
  const data = { name: input.name, slug: input.slug, bio: input.bio, columnName: input.columnName, photoId: input.photoId ?? null };
  await unique(() =>
    db.$transaction(async (tx) => {
      const row = input.id ? await tx.author.update({ where: { id: input.id }, data }) : await tx.author.create({ data });
      await recordSlugChange(tx, "author", row.id, old?.slug ?? null, row.slug);
      await audit({ actorId: actor.id, action: old ? "author.update" : "author.create", entityType: "author", entityId: row.id, detail: { name: row.name, slug: row.slug, ...(old ? { nameFrom: old.name, slugFrom: old.slug } : {}) } }, tx);
    }),
  );
  revalidateTags(cacheTags.home, cacheTags.latest, cacheTags.names, cacheTags.author(input.slug), ...(old ? [cacheTags.author(old.slug)] : []));
}
