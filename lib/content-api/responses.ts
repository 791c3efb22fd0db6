import { PROVIDERS } from "@/lib/embeds/providers";
import { z } from "@/lib/validation/zod";

// The shapes the content API answers with, as zod schemas. They are the response half of
// the OpenAPI document (lib/content-api/openapi.ts); the contract tests validate real
// answers against that document (e2e/content-api.spec.ts).

const url = z.string().meta({ format: "uri" });
const time = z.string().meta({ format: "date-time", description: "ISO 8601 with the Baghdad offset, e.g. 2026-12-01T12:00:00+03:00." });
const link = z.object({ slug: z.string(), name: z.string(), url });
const rendition = z.object({ width: z.number().int(), url });
export const imageSchema = z
  .object({
    url,
    width: z.number().int(),
    height: z.number().int(),
    alt: z.string(),
    caption: z.string().nullable(),
    credit: z.string().nullable().meta({ description: "The photographer or agency, as the paper's media library holds it." }),
    credit_text: z.string().nullable().meta({ description: "The credit line readers see under the picture: «تصوير: …», or the credit as given when it names an agency or a source." }),
    renditions: z.array(rendition),
  })
  .meta({ id: "Image" });

export const blockSchema = z
  .discriminatedUnion("type", [
    z.object({ type: z.literal("paragraph"), html: z.string(), text: z.string() }),
    z.object({ type: z.literal("heading"), level: z.union([z.literal(2), z.literal(3), z.literal(4)]), text: z.string() }),
    z.object({ type: z.literal("quote"), html: z.string(), text: z.string() }),
    z.object({ type: z.literal("list"), ordered: z.boolean(), items: z.array(z.object({ html: z.string(), text: z.string() })) }),
    z.object({
      type: z.literal("image"),
      src: z.string(),
      alt: z.string(),
      width: z.number().int().nullable(),
      height: z.number().int().nullable(),
      caption: z.string().nullable(),
      credit: z.string().nullable(),
      renditions: z.array(rendition),
    }),
    z.object({ type: z.literal("embed"), provider: z.enum(PROVIDERS), url, title: z.string().optional() }),
    z.object({ type: z.literal("table"), html: z.string(), rows: z.array(z.array(z.string())) }),
    z.object({ type: z.literal("divider") }),
  ])
  .meta({ id: "Block" });

/** Every field is optional on the wire: `fields=` may leave any out (id always comes). */
const articleFields = {
  id: z.number().int(),
  url: url.optional(),
  title: z.string().optional(),
  kicker: z.string().nullable().optional(),
  excerpt: z.string().nullable().optional(),
  dateline: z.string().nullable().optional(),
  breaking: z.boolean().optional(),
  bylines: z.array(z.object({ slug: z.string(), name: z.string(), column_name: z.string().nullable(), url })).optional(),
  section: link.optional(),
  tags: z.array(link).optional(),
  supplement: link.nullable().optional(),
  published_at: time.optional(),
  updated_at: time.optional(),
  featured_image: imageSchema.nullable().optional(),
  comment_count: z.number().int().optional(),
  lang: z.literal("ar").optional(),
  dir: z.literal("rtl").optional(),
};
export const articleSummarySchema = z.strictObject(articleFields).meta({ id: "ArticleSummary" });
export const articleSchema = z
  .strictObject({ ...articleFields, body_html: z.string().optional().meta({ description: "Sanitized HTML." }), blocks: z.array(blockSchema).optional() })
  .meta({ id: "Article" });

const cursor = z.string().nullable().meta({ description: "Pass as `cursor` for the next page; null on the last page." });

export const authorSchema = z
  .strictObject({ id: z.number().int(), slug: z.string(), name: z.string(), bio: z.string().nullable(), column_name: z.string().nullable(), url, photo: imageSchema.nullable() })
  .meta({ id: "Author" });

export const errorSchema = z
  .strictObject({ ok: z.literal(false), code: z.string(), message: z.string().meta({ description: "Arabic." }), message_en: z.string(), fields: z.record(z.string(), z.string()) })
  .meta({ id: "Error" });

export const responses = {
  articleList: z.strictObject({ data: z.array(articleSummarySchema), next_cursor: cursor }),
  article: z.strictObject({ data: articleSchema }),
  sections: z.strictObject({ data: z.array(z.strictObject({ id: z.number().int(), slug: z.string(), name: z.string(), description: z.string().nullable(), url })) }),
  tags: z.strictObject({ data: z.array(z.strictObject({ id: z.number().int(), slug: z.string(), name: z.string(), url, article_count: z.number().int() })), next_cursor: cursor }),
  authors: z.strictObject({ data: z.array(authorSchema), next_cursor: cursor }),
  author: z.strictObject({ data: z.strictObject({ ...authorSchema.shape, articles: z.array(articleSummarySchema) }), next_cursor: cursor }),
  supplements: z.strictObject({
    data: z.array(z.strictObject({ id: z.number().int(), slug: z.string(), name: z.string(), description: z.string().nullable(), url, cover: imageSchema.nullable() })),
  }),
  shortList: z.strictObject({ data: z.array(articleSummarySchema) }),
  home: z.strictObject({
    data: z.strictObject({
      lead: articleSummarySchema.nullable(),
      top: z.array(articleSummarySchema),
      breaking: z.array(articleSummarySchema),
      /** The editors' breaking bar until it expires (decision 184); shown instead of `breaking` when set. */
      breaking_note: z.strictObject({ text: z.string(), url, expires_at: time }).nullable(),
      sections: z.array(z.strictObject({ section: link, articles: z.array(articleSummarySchema) })),
    }),
  }),
};
