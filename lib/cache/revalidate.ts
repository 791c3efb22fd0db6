import "server-only";
import { revalidateTag } from "next/cache";
import { articlePath, sectionPath } from "@/lib/articles/urls";
import { expireAgainLater } from "./expire-again";
import { tags } from "./tags";

/** Expire at once: the next reader gets fresh content, never a stale copy. */
const NOW = { expire: 0 };

/** The byte cache in front of Next (scripts/page-cache.mjs), when the server runs one. */
const PAGE_CACHE = Symbol.for("midad.pageCache");
/** The other instances and Varnish (scripts/cluster-bus.mjs), when serve.mjs runs. */
const CLUSTER = Symbol.for("midad.cluster");
type Cluster = { expired(tags: string[], opts: { broadcast: boolean }): void };

/**
 * `paths`: pages readers will probably ask for next (the piece, its section); the page
 * cache renders them again in the background along with the busiest pages.
 */
function expire(tagList: Iterable<string>, paths: string[] = [], again = true, broadcast = true) {
  // Any change forgets every page held in front of Next; Next re-serves them from its cache.
  (globalThis as { [PAGE_CACHE]?: { purge(paths?: string[]): void } | null })[PAGE_CACHE]?.purge(paths);
  const list = [...new Set(tagList)];
  for (const t of list) {
    try {
      revalidateTag(t, NOW);
    } catch (e) {
      // Outside a request (scripts, tests) there is no cache to expire.
      if (process.env.NODE_ENV !== "test") console.warn(`[cache] could not expire ${t}:`, (e as Error).message);
    }
  }
  // Tell the other instances (a change made here) and purge Varnish (after every expiry,
  // the repeat included: Varnish may have fetched the page from an instance in between).
  (globalThis as { [CLUSTER]?: Cluster })[CLUSTER]?.expired(list, { broadcast });
  if (again) expireAgainLater(list);
}

export type ArticleCacheKeys = {
  id: number;
  /** The piece's current slug, when it has one: its page is rendered again right away. */
  slug?: string;
  sectionSlugs: string[];
  authorSlugs: string[];
  tagSlugs: string[];
  supplementSlugs: string[];
  /** Status, breaking flag, picture and publication time as one value (lib/articles/after-change.ts). */
  listing?: string;
};

/**
 * After a piece changes what readers see: its page and every list that shows it (old and new).
 * `membership: "unchanged"` when the change moved the piece in or out of no list (an edit of
 * its text): Next's cached lists still expire (they hold its title), but the HTTP caches purge
 * only the pages that link to it.
 */
export function revalidateArticle(keys: ArticleCacheKeys, membership: "changed" | "unchanged" = "changed") {
  expire([
    ...(membership === "unchanged" ? [tags.scope.pieces] : []),
    tags.article(keys.id),
    tags.home,
    tags.latest,
    tags.feeds,
    tags.mostRead,
    ...keys.sectionSlugs.map(tags.section),
    ...keys.authorSlugs.map(tags.author),
    ...keys.tagSlugs.map(tags.tag),
    ...keys.supplementSlugs.map(tags.supplement),
  ], [...(keys.slug ? [articlePath({ id: keys.id, slug: keys.slug })] : []), ...keys.sectionSlugs.map((s) => sectionPath(s))]);
}

/**
 * A new front-page arrangement went live (lib/front/, decision 182): only the home page (and
 * the content API's home) shows it. The HTTP caches purge the `home` key alone.
 */
export function revalidateFront() {
  expire([tags.home], ["/"]);
}

export function revalidateComments(articleId: number) {
  // Comments show on the piece's own pages only; no list shows them.
  expire([tags.scope.ownPage, tags.comments(articleId), tags.article(articleId)]);
}

export function revalidateTags(...list: string[]) {
  expire(list);
}

/** The repeat of an earlier expiry (lib/cache/expire-again.ts): not repeated again. */
export function expireAgain(list: string[]) {
  expire(list, [], false, false);
}

/** An expiry another instance made (over Redis): applied here, repeated here, not re-sent. */
export function expireFromPeer(list: string[]) {
  expire(list, [], true, false);
}
