import "server-only";
import { tags as cacheTags } from "@/lib/cache/tags";
import { getHomeData } from "@/lib/articles/home";
import { getLatest } from "@/lib/articles/queries";
import { getMostRead } from "@/lib/articles/most-read";
import { isoWithBaghdadOffset } from "@/lib/dates/format";
import { idSegment, slugSegment } from "@/lib/http/params";
import { sectionPath, supplementPath, tagPath } from "@/lib/articles/urls";
import { decodeCursor, encodeCursor } from "./cursor";
import { ALL_KEY, ApiError, apiRoute, notFound, type ApiResult } from "./http";
import { absolute, featuredImage } from "./media";
import { articleListQuery, articleQuery, DEFAULT_LIMIT, noQuery, pageQuery, shortListQuery } from "./params";
import { articlesByIds, listArticles, listAuthors, listSections, listSupplements, listTags, readArticle, readAuthor, slugExists, type ApiArticleSource } from "./queries";
import { articleJson, articleModified, authorJson, pick } from "./serialize";

// The handlers of /api/v1/… (one export per route file under app/api/v1). Lists answer
// { data: [...], next_cursor }, single items { data: {...} } (decision 177).

const newest = (items: ApiArticleSource[]) => (items.length ? new Date(Math.max(...items.map((a) => articleModified(a).getTime()))) : null);
const list = (items: ApiArticleSource[], fields: string[] | undefined) => items.map((a) => pick(articleJson(a, false), fields));

export const articles = apiRoute({
  query: articleListQuery,
  handler: async (_req, { query }): Promise<ApiResult> => {
    if (query.q !== undefined) {
      const other = (["tag", "author", "supplement", "updated_since"] as const).find((k) => query[k] !== undefined);
      if (other) throw new ApiError(400, "invalid_parameter", `المعامل «${other}» لا يجتمع مع «q» (يجتمع معه «section» وحده).`, `Parameter "${other}" cannot be combined with "q" (only "section" can).`, { [other]: "not with q" });
    }
    if (query.cursor && query.q !== undefined && decodeCursor(query.cursor)?.p === undefined) throw new ApiError(400, "invalid_parameter", "المعامل «cursor» لا يخص هذا البحث.", 'Parameter "cursor" does not belong to this search.', { cursor: "not a search cursor" });
    if (query.cursor && query.q === undefined && decodeCursor(query.cursor)?.t === undefined) throw new ApiError(400, "invalid_parameter", "المعامل «cursor» لا يخص هذه القائمة.", 'Parameter "cursor" does not belong to this list.', { cursor: "not a list cursor" });
    for (const kind of ["tag", "author", "supplement"] as const) {
      const slug = query[kind];
      if (slug !== undefined && !(await slugExists(kind, slug))) throw new ApiError(400, "invalid_parameter", `المعامل «${kind}» لا يسمّي شيئاً موجوداً.`, `Parameter "${kind}" names nothing that exists.`, { [kind]: "unknown" });
    }
    const r = await listArticles(query);
    if ("unknown" in r) throw new ApiError(400, "invalid_parameter", `المعامل «${r.unknown}» لا يسمّي شيئاً موجوداً.`, `Parameter "${r.unknown}" names nothing that exists.`, { [r.unknown]: "unknown" });
    return { body: { data: list(r.items, query.fields), next_cursor: r.nextCursor }, lastModified: newest(r.items), keys: [ALL_KEY, ...pieceKeys(r.items)] };
  },
});

export const article = apiRoute({
  query: articleQuery,
  params: (raw) => idSegment(raw.id),
  handler: async (_req, { query, params: id }) => {
    const a = await readArticle(id);
    if (!a) throw notFound();
    return { body: { data: pick(articleJson(a, true), query.fields) }, lastModified: articleModified(a), keys: [ALL_KEY, cacheTags.article(id)] };
  },
});

export const sections = apiRoute({
  query: noQuery,
  handler: async () => {
    const rows = await listSections();
    return { body: { data: rows.map((s) => ({ id: s.id, slug: s.slug, name: s.name, description: s.description, url: absolute(sectionPath(s.slug)) })) }, keys: [ALL_KEY, cacheTags.sections] };
  },
});

const afterId = (cursor: string | undefined) => {
  if (!cursor) return 0;
  const c = decodeCursor(cursor);
  if (!c || c.t !== undefined || c.p !== undefined) throw new ApiError(400, "invalid_parameter", "المعامل «cursor» لا يخص هذه القائمة.", 'Parameter "cursor" does not belong to this list.', { cursor: "not a list cursor" });
  return c.id;
};

export const tags = apiRoute({
  query: pageQuery,
  handler: async (_req, { query }) => {
    const limit = query.limit ?? DEFAULT_LIMIT;
    const r = await listTags(afterId(query.cursor), limit);
    const last = r.rows[r.rows.length - 1];
    return {
      body: { data: r.rows.map((t) => ({ id: t.id, slug: t.slug, name: t.name, url: absolute(tagPath(t.slug)), article_count: t._count.articles })), next_cursor: r.more && last ? encodeCursor({ id: last.id }) : null },
      keys: [ALL_KEY],
    };
  },
});

export const authors = apiRoute({
  query: pageQuery,
  handler: async (_req, { query }) => {
    const limit = query.limit ?? DEFAULT_LIMIT;
    const r = await listAuthors(afterId(query.cursor), limit);
    const last = r.rows[r.rows.length - 1];
    return { body: { data: r.rows.map(authorJson), next_cursor: r.more && last ? encodeCursor({ id: last.id }) : null }, keys: [ALL_KEY] };
  },
});

/** An author with their pieces (the first page; the rest through /articles?author=…). */
export const author = apiRoute({
  query: pageQuery,
  params: (raw) => slugSegment(raw.slug),
  handler: async (_req, { query, params: slug }) => {
    const a = await readAuthor(slug);
    if (!a) throw notFound();
    const r = await listArticles({ author: slug, limit: query.limit, cursor: query.cursor });
    if ("unknown" in r) throw notFound();
    return {
      body: { data: { ...authorJson(a), articles: list(r.items, undefined) }, next_cursor: r.nextCursor },
      lastModified: newest(r.items),
      keys: [ALL_KEY, cacheTags.author(slug)],
    };
  },
});

export const supplements = apiRoute({
  query: noQuery,
  handler: async () => {
    const rows = await listSupplements();
    return {
      body: { data: rows.map((s) => ({ id: s.id, slug: s.slug, name: s.name, description: s.description, url: absolute(supplementPath(s.slug)), cover: featuredImage(s.cover ? { ...s.cover, alt: s.name } : null) })) },
      keys: [ALL_KEY],
    };
  },
});

/** An edit of a piece purges every answer that lists it (scripts/cluster-bus.mjs purgeKeysFor). */
const pieceKeys = (items: { id: number }[]) => items.map((a) => cacheTags.article(a.id));

export const latest = apiRoute({
  query: shortListQuery,
  handler: async (_req, { query }) => {
    const items = await articlesByIds((await getLatest(query.limit ?? 10)).map((c) => c.id));
    return { body: { data: list(items, query.fields) }, lastModified: newest(items), keys: [ALL_KEY, cacheTags.latest, ...pieceKeys(items)] };
  },
});

export const mostRead = apiRoute({
  query: shortListQuery,
  handler: async (_req, { query }) => {
    const items = await articlesByIds((await getMostRead(query.limit ?? 10)).map((c) => c.id));
    return { body: { data: list(items, query.fields) }, keys: [ALL_KEY, cacheTags.mostRead, ...pieceKeys(items)] };
  },
});

/** The home page's arrangement, as the home page shows it (lib/articles/home.ts). */
export const home = apiRoute({
  query: noQuery,
  handler: async () => {
    const h = await getHomeData();
    const ids = [h.lead, ...h.top, ...h.breaking, ...h.blocks.flatMap((b) => b.items)].flatMap((c) => (c ? [c.id] : []));
    const byId = new Map((await articlesByIds([...new Set(ids)])).map((a) => [a.id, articleJson(a, false)]));
    const one = (id: number | undefined) => (id === undefined ? null : (byId.get(id) ?? null));
    const many = (cards: { id: number }[]) => cards.flatMap((c) => byId.get(c.id) ?? []);
    return {
      body: {
        data: {
          lead: one(h.lead?.id),
          top: many(h.top),
          breaking: many(h.breaking),
          breaking_note: h.breakingNote ? { text: h.breakingNote.text, url: absolute(h.breakingNote.url), expires_at: isoWithBaghdadOffset(new Date(h.breakingNote.expiresAt)) } : null,
          sections: h.blocks.map((b) => ({ section: { slug: b.section.slug, name: b.section.name, url: absolute(sectionPath(b.section.slug)) }, articles: many(b.items) })),
        },
      },
      keys: [ALL_KEY, cacheTags.home, ...pieceKeys([...byId.keys()].map((id) => ({ id })))],
    };
  },
});
