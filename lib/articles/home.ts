import "server-only";
import { unstable_cache } from "next/cache";
import { tags } from "@/lib/cache/tags";
import { publishedSlots } from "@/lib/front/queries";
import { resolveHome } from "@/lib/front/resolve";

export type { HomeData } from "@/lib/front/assemble";

/**
 * The home page as readers see it: the published front-page arrangement (lib/front/, decision
 * 181) with its dropped or empty slots filled automatically; with no arrangement, automatic.
 */
export const getHomeData = unstable_cache(
  async () => resolveHome(await publishedSlots(), new Date()),
  ["home"],
  // Breaking news and the editors' bar expire by time, so the home data never lives longer
  // than a few minutes (the scheduler also expires it when the bar's time comes).
  { tags: [tags.home, tags.latest, tags.names], revalidate: 300 },
);
