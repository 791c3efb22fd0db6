import "server-only";
import { db } from "@/lib/db";
import { runSearch, type SearchResults } from "./engine";

export { SEARCH_PAGE_SIZE, type SearchResults } from "./engine";

/** Published pieces matching the reader's query (null when there is nothing to search). */
export function searchArticles(input: string, page = 1): Promise<SearchResults | null> {
  return runSearch(db, input, page);
}
