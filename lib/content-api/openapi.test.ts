import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { toBlocks } from "./blocks";
import { decodeCursor, encodeCursor } from "./cursor";
import { openApiDocument } from "./openapi";
import { articleListQuery } from "./params";

// The OpenAPI document is generated from the parameter schemas: every parameter the API
// validates is documented, every schema in it compiles as JSON Schema 2020-12 (the dialect
// of OpenAPI 3.1), and the pure pieces (cursors, blocks) behave.

const doc = openApiDocument("https://www.example.iq");
type Op = { parameters: { name: string; in: string; schema: object }[]; responses: Record<string, { content?: { "application/json": { schema: object } } }> };
const op = (path: string) => (doc.paths[path] as { get: Op }).get;

describe("OpenAPI document", () => {
  it("is OpenAPI 3.1 with the server on SITE_URL and both key schemes", () => {
    expect(doc.openapi).toBe("3.1.0");
    expect(doc.servers[0]!.url).toBe("https://www.example.iq/api/v1");
    expect(Object.keys(doc.components.securitySchemes)).toEqual(["bearer", "apiKey"]);
  });
  it("documents exactly the parameters the article list validates", () => {
    expect(op("/articles").parameters.map((p) => p.name).sort()).toEqual(Object.keys(articleListQuery.shape).sort());
    expect(op("/articles/{id}").parameters.find((p) => p.name === "id")?.in).toBe("path");
  });
  it("every schema compiles as JSON Schema 2020-12", () => {
    const ajv = new Ajv2020({ strict: false, validateFormats: false });
    ajv.addSchema({ $id: "doc", components: doc.components });
    for (const [path, item] of Object.entries(doc.paths)) {
      const o = (item as { get: Op }).get;
      for (const p of o.parameters) expect(() => ajv.compile(p.schema), `${path} ${p.name}`).not.toThrow();
      const ok = o.responses["200"]!.content!["application/json"].schema;
      expect(() => ajv.compile(ok), path).not.toThrow();
    }
  });
  it("a response that breaks the contract fails validation (the contract tests can fail)", () => {
    const ajv = new Ajv2020({ strict: false, validateFormats: false });
    const validate = ajv.compile(op("/articles").responses["200"]!.content!["application/json"].schema);
    expect(validate({ data: [{ id: 1, title: "عنوان" }], next_cursor: null })).toBe(true);
    expect(validate({ data: [{ id: "1" }], next_cursor: null })).toBe(false);
    expect(validate({ data: [{ id: 1, secret: "x" }], next_cursor: null })).toBe(false);
  });
});

describe("cursors", () => {
  it("round-trip and refuse anything else", () => {
    const c = { t: "2026-12-01T09:00:00.000Z", id: 42 };
    expect(decodeCursor(encodeCursor(c))).toEqual(c);
    for (const bad of ["", "!!", encodeCursor({ id: -1 }), Buffer.from("[1]").toString("base64url"), Buffer.from('{"t":"x","id":1}').toString("base64url"), "a".repeat(201)]) {
      expect(decodeCursor(bad), bad).toBeNull();
    }
  });
});

describe("blocks", () => {
  it("turn the sanitized body into typed blocks", () => {
    const blocks = toBlocks(`<p>أ <strong>ب</strong></p><h3>ج</h3><blockquote><p>«د»</p></blockquote><ol><li>هـ</li></ol><hr><p><a href="https://youtu.be/dQw4w9WgXcQ">فيديو</a></p><p><a href="https://example.com/x">رابط</a></p><figure data-embed="x" data-url="https://x.com/midad/status/123" data-title="منشور"></figure><table><tbody><tr><td>1</td><td>2</td></tr></tbody></table>`);
    expect(blocks).toEqual([
      { type: "paragraph", html: "أ <strong>ب</strong>", text: "أ ب" },
      { type: "heading", level: 3, text: "ج" },
      { type: "quote", html: "<p>«د»</p>", text: "«د»" },
      { type: "list", ordered: true, items: [{ html: "هـ", text: "هـ" }] },
      { type: "divider" },
      { type: "embed", provider: "youtube", url: "https://www.youtube.com/watch?v=dQw4w9WgXcQ", title: "فيديو" },
      { type: "paragraph", html: '<a href="https://example.com/x">رابط</a>', text: "رابط" },
      { type: "embed", provider: "x", url: "https://x.com/midad/status/123", title: "منشور" },
      { type: "table", html: "<table><tbody><tr><td>1</td><td>2</td></tr></tbody></table>", rows: [["1", "2"]] },
    ]);
  });
});
