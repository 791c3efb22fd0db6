import { z } from "@/lib/validation/zod";
import { isWellFormed } from "@/lib/validation/unicode";
import { MAX_QUERY_CHARS } from "@/lib/search/query";
import { isCalendarDay } from "@/lib/search/schema";
import { decodeCursor } from "./cursor";

// The query parameters of the content API (issue 16), one zod schema per resource. The same
// schemas validate requests (lib/content-api/http.ts → 400 naming the field) and describe
// them in the OpenAPI document (lib/content-api/openapi.ts), so the two cannot drift.
// Messages are Arabic then English: the API's readers are developers (decision 176).

const msg = (ar: string, en: string) => `${ar} — ${en}`;

/** A string parameter: well-formed, at most `max` characters. */
const str = (max: number, name: string) =>
  z
    .string()
    .max(max, msg(`«${name}» أطول من المسموح.`, `${name} is too long.`))
    .refine(isWellFormed, msg(`«${name}» فيه نص غير صالح.`, `${name} holds malformed text.`));

const slug = (name: string) => str(200, name).min(1, msg(`«${name}» فارغ.`, `${name} is empty.`));

export const MAX_LIMIT = 50;
export const DEFAULT_LIMIT = 20;

const limit = z
  .string()
  .regex(/^\d{1,3}$/, msg(`«limit» عدد بين 1 و${MAX_LIMIT}.`, `limit must be a number from 1 to ${MAX_LIMIT}.`))
  .transform(Number)
  .refine((n) => n >= 1 && n <= MAX_LIMIT, msg(`«limit» عدد بين 1 و${MAX_LIMIT}.`, `limit must be a number from 1 to ${MAX_LIMIT}.`))
  .optional()
  .meta({ description: `Items per page, 1–${MAX_LIMIT} (default ${DEFAULT_LIMIT}).` });

const cursor = z
  .string()
  .max(200, msg("«cursor» غير صالح.", "cursor is not valid."))
  .refine((c) => decodeCursor(c) !== null, msg("«cursor» غير صالح: استعمل قيمة next_cursor كما جاءت.", "cursor is not valid: pass next_cursor back as it came."))
  .optional()
  .meta({ description: "The `next_cursor` of the previous page, unchanged." });

/** RFC 3339 / ISO 8601 with a time and an offset (or Z), e.g. 2026-12-01T09:00:00+03:00. */
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;
/** A real day and time ("2026-02-31" or "25:00" would otherwise roll over into another instant). */
const realInstant = (s: string) => {
  const [day, rest = ""] = s.split("T");
  const [h, m, sec = "0"] = rest.replace(/(Z|[+-]\d{2}:\d{2})$/, "").split(":");
  const off = /([+-])(\d{2}):(\d{2})$/.exec(s);
  return isCalendarDay(day!) && Number(h) < 24 && Number(m) < 60 && Number(sec) < 60 && (!off || (Number(off[2]) <= 14 && Number(off[3]) < 60));
};
const updatedSince = z
  .string()
  .regex(ISO_INSTANT, msg("«updated_since» وقت بصيغة ISO 8601 مع المنطقة الزمنية، مثل 2026-12-01T09:00:00+03:00.", "updated_since must be an ISO 8601 time with an offset, e.g. 2026-12-01T09:00:00+03:00."))
  .refine(realInstant, msg("«updated_since» ليس وقتاً صالحاً.", "updated_since is not a valid time."))
  .transform((s) => new Date(s))
  .refine((d) => Number.isFinite(d.getTime()) && d.getUTCFullYear() >= 1900 && d.getUTCFullYear() <= 2200, msg("«updated_since» ليس وقتاً صالحاً.", "updated_since is not a valid time."))
  .optional()
  .meta({ description: "Only pieces published or changed at or after this time (ISO 8601 with offset).", format: "date-time" });

/** Fields a list item may be reduced to; `fields=` names some of them (id always comes). */
export const ARTICLE_LIST_FIELDS = [
  "id", "url", "title", "kicker", "excerpt", "dateline", "breaking", "bylines", "section", "tags", "supplement",
  "published_at", "updated_at", "featured_image", "comment_count", "lang", "dir",
] as const;
export const ARTICLE_FIELDS = [...ARTICLE_LIST_FIELDS, "body_html", "blocks"] as const;

const fields = (allowed: readonly string[]) =>
  z
    .string()
    .max(500, msg("«fields» أطول من المسموح.", "fields is too long."))
    .transform((s, ctx) => {
      const names = [...new Set(s.split(",").map((x) => x.trim()).filter(Boolean))];
      const unknown = names.filter((n) => !allowed.includes(n));
      if (unknown.length || names.length === 0) {
        ctx.addIssue({ code: "custom", message: msg(`«fields» يذكر حقولاً غير معروفة: ${unknown.join("، ").slice(0, 80) || "(فارغ)"}.`, `fields names unknown fields: ${unknown.join(", ").slice(0, 80) || "(empty)"}.`) });
        return z.NEVER;
      }
      return names;
    })
    .optional()
    .meta({ description: `Comma-separated fields to return (id always comes). One of: ${allowed.join(", ")}.` });

export const articleListQuery = z.object({
  section: slug("section").optional().meta({ description: "Section slug." }),
  tag: slug("tag").optional().meta({ description: "Tag slug." }),
  author: slug("author").optional().meta({ description: "Author slug." }),
  supplement: slug("supplement").optional().meta({ description: "Supplement slug." }),
  updated_since: updatedSince,
  q: str(MAX_QUERY_CHARS, "q").optional().meta({ description: "Text search (Arabic-aware, as the site's search). Combines with `section` only; newest first." }),
  cursor,
  limit,
  fields: fields(ARTICLE_LIST_FIELDS),
});
export type ArticleListQuery = z.infer<typeof articleListQuery>;

export const articleQuery = z.object({ fields: fields(ARTICLE_FIELDS) });

export const pageQuery = z.object({ cursor, limit });

export const shortListQuery = z.object({
  limit: z
    .string()
    .regex(/^\d{1,2}$/, msg("«limit» عدد بين 1 و20.", "limit must be a number from 1 to 20."))
    .transform(Number)
    .refine((n) => n >= 1 && n <= 20, msg("«limit» عدد بين 1 و20.", "limit must be a number from 1 to 20."))
    .optional()
    .meta({ description: "How many, 1–20 (default 10)." }),
  fields: fields(ARTICLE_LIST_FIELDS),
});

export const noQuery = z.object({});
