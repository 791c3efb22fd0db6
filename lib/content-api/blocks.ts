import { htmlToText } from "@/lib/articles/sanitize";
import { embedFromAttrs } from "@/lib/embeds/markup";
import { parseEmbedUrl, type Provider } from "@/lib/embeds/providers";
import { renditions, type Rendition } from "./media";

// The body as structured blocks (issue 16), read from the stored body — HTML that passed the
// allowlist of lib/articles/sanitize.ts at every save, so its top level holds only p, h2–h4,
// blockquote, ul/ol, figure, img, hr and table, well nested. Each block keeps its sanitized
// inner HTML (links, emphasis) beside its plain text. An embed is the editor's embed figure
// (<figure data-embed data-url>, decision 190), or a paragraph whose only content is a link
// to a URL one of the embed providers accepts (older pieces, imports); other lone links stay
// paragraphs (decision 176).

export type Block =
  | { type: "paragraph"; html: string; text: string }
  | { type: "heading"; level: 2 | 3 | 4; text: string }
  | { type: "quote"; html: string; text: string }
  | { type: "list"; ordered: boolean; items: { html: string; text: string }[] }
  | { type: "image"; src: string; alt: string; width: number | null; height: number | null; caption: string | null; credit: string | null; renditions: Rendition[] }
  | { type: "embed"; provider: Provider; url: string; title?: string }
  | { type: "table"; html: string; rows: string[][] }
  | { type: "divider" };

type Element = { tag: string; attrs: string; inner: string };

const VOID = new Set(["br", "hr", "img"]);
const TAG = /<(\/?)([a-z][a-z0-9]*)\b([^>]*)>/gi;

/** The top-level elements of well-nested HTML; loose text becomes a paragraph. */
export function topLevel(html: string): Element[] {
  const out: Element[] = [];
  let depth = 0;
  let open: { tag: string; attrs: string; start: number } | null = null;
  let last = 0;
  for (const m of html.matchAll(TAG)) {
    const [whole, slash, rawTag, attrs = ""] = m;
    const tag = rawTag!.toLowerCase();
    const at = m.index!;
    if (depth === 0 && !slash) {
      const loose = html.slice(last, at).trim();
      if (loose) out.push({ tag: "p", attrs: "", inner: loose });
      if (VOID.has(tag)) {
        out.push({ tag, attrs, inner: "" });
        last = at + whole.length;
        continue;
      }
      open = { tag, attrs, start: at + whole.length };
      depth = 1;
      continue;
    }
    if (VOID.has(tag)) continue;
    if (slash) {
      depth--;
      if (depth === 0 && open) {
        out.push({ tag: open.tag, attrs: open.attrs, inner: html.slice(open.start, at) });
        open = null;
        last = at + whole.length;
      }
    } else depth++;
  }
  const rest = depth === 0 ? html.slice(last).trim() : "";
  if (rest) out.push({ tag: "p", attrs: "", inner: rest });
  return out;
}

const attr = (attrs: string, name: string): string | null => {
  const m = new RegExp(`\\b${name}="([^"]*)"`, "i").exec(attrs);
  return m ? htmlToText(m[1]!) : null;
};
const int = (v: string | null) => (v && /^\d{1,6}$/.test(v) ? Number(v) : null);

function image(imgAttrs: string, caption: string | null): Block {
  const src = attr(imgAttrs, "src") ?? "";
  // A caption ending in «(تصوير: …)» or «— تصوير …» carries the credit; else there is none.
  const credit = caption ? (/(?:\(|—\s*)(?:تصوير|صورة|الصورة)[:：]?\s*([^()]+?)\)?\s*$/.exec(caption)?.[1]?.trim() ?? null) : null;
  return { type: "image", src, alt: attr(imgAttrs, "alt") ?? "", width: int(attr(imgAttrs, "width")), height: int(attr(imgAttrs, "height")), caption, credit, renditions: renditions(src) };
}

export function toBlocks(html: string): Block[] {
  const blocks: Block[] = [];
  for (const e of topLevel(html)) {
    const text = htmlToText(`<p>${e.inner}</p>`);
    switch (e.tag) {
      case "h2":
      case "h3":
      case "h4":
        blocks.push({ type: "heading", level: Number(e.tag[1]) as 2 | 3 | 4, text });
        break;
      case "blockquote":
        blocks.push({ type: "quote", html: e.inner.trim(), text });
        break;
      case "ul":
      case "ol":
        blocks.push({
          type: "list",
          ordered: e.tag === "ol",
          items: topLevel(e.inner)
            .filter((li) => li.tag === "li")
            .map((li) => ({ html: li.inner.trim(), text: htmlToText(`<p>${li.inner}</p>`) })),
        });
        break;
      case "figure": {
        const embed = embedFromAttrs(` ${e.attrs}`);
        if (embed) {
          blocks.push({ type: "embed", provider: embed.provider as Provider, url: embed.url, ...(embed.title ? { title: embed.title } : {}) });
          break;
        }
        const img = /<img\b([^>]*)>/i.exec(e.inner);
        const cap = /<figcaption>([\s\S]*?)<\/figcaption>/i.exec(e.inner);
        if (img) blocks.push(image(img[1]!, cap ? htmlToText(`<p>${cap[1]}</p>`) || null : null));
        break;
      }
      case "img":
        blocks.push(image(e.attrs, null));
        break;
      case "hr":
        blocks.push({ type: "divider" });
        break;
      case "table":
        blocks.push({
          type: "table",
          html: `<table>${e.inner}</table>`,
          rows: [...e.inner.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map(([, row]) => [...(row ?? "").matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map(([, c]) => htmlToText(`<p>${c ?? ""}</p>`))),
        });
        break;
      default: {
        // A paragraph that is one link to a provider's content and nothing else is an embed.
        const link = /^\s*<a\b([^>]*)>([\s\S]*?)<\/a>\s*$/i.exec(e.inner);
        const href = link ? attr(link[1]!, "href") : null;
        const embed = href ? parseEmbedUrl(href) : null;
        if (embed) blocks.push({ type: "embed", provider: embed.provider, url: embed.url, ...(text && text !== href ? { title: text } : {}) });
        else if (text) blocks.push({ type: "paragraph", html: e.inner.trim(), text });
      }
    }
  }
  return blocks;
}
