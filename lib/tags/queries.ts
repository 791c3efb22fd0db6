import "server-only";
import { unstable_cache } from "next/cache";
import { db } from "@/lib/db";
import { tags } from "@/lib/cache/tags";

export const getTagBySlug = (slug: string) =>
  unstable_cache(
    async () => db.tag.findUnique({ where: { slug }, select: { id: true, slug: true, name: true } }),
    ["tag", slug],
    { tags: [tags.tag(slug)], revalidate: 86400 },
  )();
