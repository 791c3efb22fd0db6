import "server-only";
import { unstable_cache } from "next/cache";
import { db } from "@/lib/db";
import { tags } from "@/lib/cache/tags";

export type SectionLink = { id: number; slug: string; name: string; description: string | null };

export const getSections = unstable_cache(
  async (): Promise<SectionLink[]> =>
    db.section.findMany({ orderBy: { position: "asc" }, select: { id: true, slug: true, name: true, description: true } }),
  ["sections"],
  { tags: [tags.sections], revalidate: 86400 },
);

export async function getSectionBySlug(slug: string) {
  return (await getSections()).find((s) => s.slug === slug) ?? null;
}
