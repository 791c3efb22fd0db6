import { z } from "@/lib/validation/zod";
import { articleListQuery, articleQuery, noQuery, pageQuery, shortListQuery } from "./params";
import { errorSchema, responses } from "./responses";

// The OpenAPI 3.1 document of the content API, generated from the zod schemas that validate
// the parameters (lib/content-api/params.ts) and describe the answers (responses.ts), by
// zod's own JSON Schema output (draft 2020-12, the dialect of OpenAPI 3.1; decision 178).
// No second description to keep in step: a new parameter appears here by itself.

type Op = { path: string; summary: string; query: z.ZodObject; response: z.ZodType; pathParam?: { name: string; description: string; schema: object }; notFound?: boolean };

const OPS: Op[] = [
  { path: "/articles", summary: "Published articles, newest first (filters, text search, cursor pages).", query: articleListQuery, response: responses.articleList },
  { path: "/articles/{id}", summary: "One published article with its body.", query: articleQuery, response: responses.article, notFound: true, pathParam: { name: "id", description: "Article id.", schema: { type: "integer", minimum: 1, maximum: 2147483647 } } },
  { path: "/sections", summary: "Sections, in the site's order.", query: noQuery, response: responses.sections },
  { path: "/tags", summary: "Tags, with their count of published articles.", query: pageQuery, response: responses.tags },
  { path: "/authors", summary: "Authors (bylines).", query: pageQuery, response: responses.authors },
  { path: "/authors/{slug}", summary: "One author with their published articles (cursor pages).", query: pageQuery, response: responses.author, notFound: true, pathParam: { name: "slug", description: "Author slug.", schema: { type: "string" } } },
  { path: "/supplements", summary: "Supplements.", query: noQuery, response: responses.supplements },
  { path: "/latest", summary: "The latest published articles («يحدث الآن»).", query: shortListQuery, response: responses.shortList },
  { path: "/most-read", summary: "The most read articles of the last 7 days («الأكثر قراءة»).", query: shortListQuery, response: responses.shortList },
  { path: "/home", summary: "The home page's arrangement: lead, top stories, breaking news, section blocks.", query: noQuery, response: responses.home },
];

const json = (schema: z.ZodType, io: "input" | "output") => {
  const s = z.toJSONSchema(schema, { target: "draft-2020-12", io, unrepresentable: "any", reused: "inline" }) as Record<string, unknown>;
  delete s.$schema;
  return s;
};

const errorRef = { $ref: "#/components/schemas/Error" };
const error = (description: string) => ({ description, content: { "application/json": { schema: errorRef } } });
const rateHeaders = {
  "RateLimit-Limit": { description: "Requests this key may make per window.", schema: { type: "string" } },
  "RateLimit-Remaining": { description: "Requests left in the current window.", schema: { type: "string" } },
  "RateLimit-Reset": { description: "Seconds until the window frees a request.", schema: { type: "string" } },
};

export function openApiDocument(serverUrl: string) {
  const paths: Record<string, unknown> = {};
  for (const op of OPS) {
    const query = json(op.query, "input") as { properties?: Record<string, Record<string, unknown>>; required?: string[] };
    const parameters = [
      ...(op.pathParam ? [{ name: op.pathParam.name, in: "path", required: true, description: op.pathParam.description, schema: op.pathParam.schema }] : []),
      ...Object.entries(query.properties ?? {}).map(([name, schema]) => {
        const { description, ...rest } = schema;
        return { name, in: "query", required: query.required?.includes(name) ?? false, ...(description ? { description } : {}), schema: rest };
      }),
    ];
    paths[op.path] = {
      get: {
        summary: op.summary,
        operationId: op.path.replace(/[{}]/g, "").split("/").filter(Boolean).map((p, i) => (i ? p[0]!.toUpperCase() + p.slice(1) : p)).join("").replace(/-(\w)/g, (_, c: string) => c.toUpperCase()),
        parameters,
        responses: {
          "200": { description: "OK. Carries ETag (and Last-Modified where it applies).", headers: rateHeaders, content: { "application/json": { schema: json(op.response, "output") } } },
          "304": { description: "Not modified (If-None-Match / If-Modified-Since)." },
          "400": error("A parameter is invalid; `fields` names it."),
          "401": error("No key, or a wrong or revoked key."),
          "403": error("The key may not be used from this browser origin."),
          ...(op.notFound ? { "404": error("Unknown or unpublished.") } : {}),
          "429": error("The key's rate limit is exceeded; see Retry-After."),
        },
      },
    };
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "Midad content API",
      version: "1",
      description:
        "Read-only access to what the site publishes: exactly the pieces readers may see. Send a key from the dashboard (/admin/api-keys) as `Authorization: Bearer <key>` (or `X-Api-Key`). Lists are cursor-paged (`next_cursor`); `fields=` returns only the named fields. Errors carry an Arabic `message` and an English `message_en`.",
    },
    servers: [{ url: `${serverUrl}/api/v1` }],
    security: [{ bearer: [] }, { apiKey: [] }],
    paths,
    components: {
      securitySchemes: { bearer: { type: "http", scheme: "bearer" }, apiKey: { type: "apiKey", in: "header", name: "X-Api-Key" } },
      schemas: { Error: json(errorSchema, "output") },
    },
  };
}
