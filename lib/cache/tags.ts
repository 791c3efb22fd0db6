// Cache tags for public reads. Every mutation that changes what readers see
// revalidates exactly these (see lib/cache/revalidate.ts).
export const tags = {
  home: "home",
  /** Any list of recent pieces ("يحدث الآن", section blocks, feeds). */
  latest: "latest",
  feeds: "feeds",
  settings: "settings",
  sections: "sections",
  mostRead: "most-read",
  /** The masthead's date line: on every page, expired at Baghdad's midnight (lib/dates/today.ts). */
  today: "today",
  /** The public list of corrections (/corrections). */
  corrections: "corrections",
  article: (id: number) => `article:${id}`,
  section: (slug: string) => `section:${slug}`,
  author: (slug: string) => `author:${slug}`,
  tag: (slug: string) => `tag:${slug}`,
  supplement: (slug: string) => `supplement:${slug}`,
  comments: (articleId: number) => `comments:${articleId}`,
  /** A stored picture and all its sizes and crops (/media/<path>…), for the HTTP caches in front. */
  media: (path: string) => `media:${path}`,
  /**
   * Everything that shows a section's, tag's, author's or supplement's name or address
   * (breadcrumbs, bylines, tag links, cards). Expired when one is renamed: rare, and then
   * every such page must change (issue 9).
   */
  names: "names",
  /**
   * Markers, not cache entries: how far a change reaches in the HTTP caches in front
   * (scripts/cluster-bus.mjs purgeKeysFor, decision 101). `pieces`: an edit that changes no
   * list's membership, purged wherever the piece is linked; `ownPage`: only the piece's own pages.
   */
  scope: { pieces: "scope:pieces", ownPage: "scope:own-page" },
} as const;
