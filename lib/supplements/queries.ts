import "server-only";
import { unstable_cache } from "next/cache";
import { db } from "@/lib/db";
import { tags } from "@/lib/cache/tags";

export const getSupplementBySlug = (slug: string) =>
  unstable_cache(
    async () =>
      db.supplement.findUnique({
        where: { slug },
        select: { id: true, slug: true, name: true, description: true, cover: { select: { path: true, width: true, height: true, focalX: true, focalY: true } } },
      }),
    ["supplement", slug],
    { tags: [tags.supplement(slug)], revalidate: 86400 },
  )();

/** Supplements linked from the site chrome. */
export const getSupplements = unstable_cache(
  async () => db.supplement.findMany({ orderBy: { createdAt: "desc" }, take: 3, select: { slug: true, name: true } }),
  ["supplements"],
  { tags: [tags.sections], revalidate: 86400 },
);
