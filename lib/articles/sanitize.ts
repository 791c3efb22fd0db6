import sanitizeHtml from "sanitize-html";
import { keepOnlyEmbedMarkup } from "@/lib/embeds/markup";

// The allowlist for body HTML that reaches readers (docs/decisions/021-body-html.md).
// Whatever the client sent, only these tags and attributes survive.
const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: ["p", "br", "h2", "h3", "h4", "strong", "b", "em", "i", "a", "blockquote", "ul", "ol", "li", "figure", "figcaption", "img", "hr", "table", "thead", "tbody", "tr", "th", "td"],
  allowedAttributes: {
    a: ["href", "title"],
    img: ["src", "alt", "title", "width", "height"],
    th: ["colspan", "rowspan"],
    td: ["colspan", "rowspan"],
    // An embed's own attributes (lib/embeds/markup.ts checks and rewrites them after this pass).
    figure: ["data-embed", "data-url", "data-title"],
  },
  // A caption's text would float loose inside the table: the editor has no captions.
  nonTextTags: ["script", "style", "textarea", "option", "noscript", "caption"],
  allowedSchemes: ["http", "https", "mailto"],
  allowedSchemesByTag: { img: ["http", "https"] },
  allowProtocolRelative: false,
  transformTags: {
    h1: "h2",
    b: "strong",
    i: "em",
    th: cellSpans,
    td: cellSpans,
    a: (tagName, attribs) => ({
      tagName,
      attribs: { ...attribs, ...(attribs.href && /^https?:/i.test(attribs.href) ? { rel: "noopener noreferrer" } : {}) },
    }),
  },
  exclusiveFilter: (frame) => frame.tag === "p" && !frame.text.trim() && !frame.mediaChildren?.length,
};
OPTIONS.allowedAttributes = { ...OPTIONS.allowedAttributes, a: ["href", "title", "rel"] };

/** Only whole spans of 2–99 cells survive; 1 is the default and anything else is noise. */
function cellSpans(tagName: string, attribs: sanitizeHtml.Attributes): sanitizeHtml.Tag {
  const spans: sanitizeHtml.Attributes = {};
  for (const name of ["colspan", "rowspan"]) {
    const v = attribs[name];
    if (v && /^([2-9]|[1-9]\d)$/.test(v)) spans[name] = v;
  }
  return { tagName, attribs: spans };
}

export function sanitizeBody(html: string): string {
  // Relative image sources (our own /media/…) are allowed as well.
  // Embeds: only <figure data-embed data-url [data-title]></figure> of an accepted URL survives.
  return keepOnlyEmbedMarkup(sanitizeHtml(html, OPTIONS)).trim();
}

/** Plain text of sanitized HTML: paragraphs separated by blank lines, entities decoded. */
export function htmlToText(html: string): string {
  const blocks = tablesToText(html)
    .replace(/<\/(p|h2|h3|h4|li|blockquote|figcaption)>/g, "\n\n")
    .replace(/<br\s*\/?>/g, "\n");
  const text = sanitizeHtml(blocks, { allowedTags: [], allowedAttributes: {} });
  return decodeEntities(text)
    .replace(/[ \t]+/g, " ")
    .replace(/\n\s*\n\s*/g, "\n\n")
    .trim();
}

/** A table as text: one line per row, cells separated by « | », the table a block of its own. */
function tablesToText(html: string): string {
  return html.replace(/<table>([\s\S]*?)<\/table>/g, (_, table: string) => {
    const rows = [...table.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map(([, row]) =>
      [...(row ?? "").matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map(([, cell]) => (cell ?? "").replace(/<\/p>\s*<p>|<br\s*\/?>/g, " ").replace(/<[^>]*>/g, "").trim()).join(" | "),
    );
    return `<p>${rows.join("<br>")}</p>`;
  });
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
