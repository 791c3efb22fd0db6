import "server-only";
import { unstable_cache } from "next/cache";
import { db } from "@/lib/db";
import { tags } from "@/lib/cache/tags";

export type AuthorProfile = {
  id: number;
  slug: string;
  name: string;
  bio: string | null;
  columnName: string | null;
  photo: { path: string; width: number; height: number; focalX: number; focalY: number } | null;
};

export const getAuthorBySlug = (slug: string) =>
  unstable_cache(
    async (): Promise<AuthorProfile | null> =>
      db.author.findUnique({
        where: { slug },
        select: { id: true, slug: true, name: true, bio: true, columnName: true, photo: { select: { path: true, width: true, height: true, focalX: true, focalY: true } } },
      }),
    ["author", slug],
    { tags: [tags.author(slug)], revalidate: 86400 },
  )();
