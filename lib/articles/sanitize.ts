import sanitizeHtml from "sanitize-html";

// The allowlist for body HTML that reaches readers (docs/decisions/021-body-html.md).
// Whatever the client sent, only these tags and attributes survive.
const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: ["p", "br", "h2", "h3", "h4", "strong", "b", "em", "i", "a", "blockquote", "ul", "ol", "li", "figure", "figcaption", "img", "hr"],
  allowedAttributes: {
    a: ["href", "title"],
    img: ["src", "alt", "title", "width", "height"],
  },
  allowedSchemes: ["http", "https", "mailto"],
  allowedSchemesByTag: { img: ["http", "https"] },
  allowProtocolRelative: false,
  transformTags: {
    h1: "h2",
    b: "strong",
    i: "em",
    a: (tagName, attribs) => ({
      tagName,
      attribs: { ...attribs, ...(attribs.href && /^https?:/i.test(attribs.href) ? { rel: "noopener noreferrer" } : {}) },
    }),
  },
  exclusiveFilter: (frame) => frame.tag === "p" && !frame.text.trim() && !frame.mediaChildren?.length,
};
OPTIONS.allowedAttributes = { ...OPTIONS.allowedAttributes, a: ["href", "title", "rel"] };

export function sanitizeBody(html: string): string {
  // Relative image sources (our own /media/…) are allowed as well.
  return sanitizeHtml(html, OPTIONS).trim();
}

/** Plain text of sanitized HTML: paragraphs separated by blank lines, entities decoded. */
export function htmlToText(html: string): string {
  const blocks = html
    .replace(/<\/(p|h2|h3|h4|li|blockquote|figcaption)>/g, "\n\n")
    .replace(/<br\s*\/?>/g, "\n");
  const text = sanitizeHtml(blocks, { allowedTags: [], allowedAttributes: {} });
  return decodeEntities(text)
    .replace(/[ \t]+/g, " ")
    .replace(/\n\s*\n\s*/g, "\n\n")
    .trim();
}

function decodeEntities(s: string): string {
  return s
    .replace(/&nbsp;/g, " ")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&amp;/g, "&");
}
