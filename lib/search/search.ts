import "server-only";
import { db } from "@/lib/db";
import { getSections } from "@/lib/sections/queries";
import { runSearch, type SearchResults } from "./engine";
import { dayRange, type SearchParams } from "./schema";

export { SEARCH_PAGE_SIZE, type SearchHit, type SearchResults } from "./engine";

/**
 * Published pieces matching the reader's query with their filters (null when there is
 * nothing to search). A section slug that names no section is searched as "every section"
 * and reported (`unknownSection`).
 */
export async function searchArticles(p: SearchParams): Promise<{ results: SearchResults | null; unknownSection: boolean }> {
  const sectionId = p.section ? ((await getSections()).find((s) => s.slug === p.section)?.id ?? null) : null;
  const unknownSection = Boolean(p.section) && sectionId === null;
  const results = p.q ? await runSearch(db, p.q, { page: p.page, sort: p.sort, sectionId, ...dayRange(p.from, p.to) }) : null;
  return { results, unknownSection };
}
