import "server-only";
import { unstable_cache } from "next/cache";
import { tags } from "@/lib/cache/tags";
import { baghdadDay } from "./format";
import { dateline, type Dateline } from "./dateline";

/**
 * Today's date line as cached pages print it. Every reader page carries the `today` tag
 * through this read, so expiring that tag at Baghdad's midnight (the scheduler, through
 * /api/internal/revalidate) renders every page again with the new day. The hour-long
 * lifetime is a backstop only.
 */
export const getDateline = unstable_cache(async (): Promise<Dateline> => dateline(new Date()), ["dateline"], {
  tags: [tags.today],
  revalidate: 3600,
});

/** True when the cached date line names a day other than today (Baghdad). */
export async function datelineIsStale(now = new Date()): Promise<boolean> {
  return (await getDateline()).day !== baghdadDay(now);
}
