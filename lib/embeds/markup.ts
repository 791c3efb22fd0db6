import { embedFor, isProvider } from "./providers";

// The one stored form of an embed in sanitized HTML (decision 190):
//   <figure data-embed="youtube" data-url="https://www.youtube.com/watch?v=…" data-title="…"></figure>
// and nothing inside. The body sanitizer lets figure's data-embed/data-url/data-title through,
// then keepOnlyEmbedMarkup() rewrites every figure: a valid embed gets exactly this form (its
// URL canonical, its provider the one the URL belongs to), a figure claiming to be an embed
// that is not one is dropped with whatever it held, and any other figure loses data-*.

export type StoredEmbed = { provider: string; url: string; title: string | null };

const TAG = /<(\/?)([a-z][a-z0-9]*)\b([^>]*)>/gi;
const MAX_TITLE = 200;

const escapeAttr = (s: string) => s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const decodeAttr = (s: string) =>
  s.replace(/&quot;/g, '"').replace(/&#39;|&#x27;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&nbsp;/g, " ").replace(/&amp;/g, "&");

/** An attribute's decoded value in a tag's attribute text (sanitize-html writes name="value"). */
export function attrValue(attrs: string, name: string): string | null {
  const m = new RegExp(`(?:^|\\s)${name}="([^"]*)"`, "i").exec(attrs);
  return m ? decodeAttr(m[1]!) : null;
}

export function embedMarkup(e: StoredEmbed): string {
  const title = e.title ? ` data-title="${escapeAttr(e.title)}"` : "";
  return `<figure data-embed="${escapeAttr(e.provider)}" data-url="${escapeAttr(e.url)}"${title}></figure>`;
}

/** The embed a figure's attributes describe, canonical; null when it is not a valid one. */
export function embedFromAttrs(attrs: string): StoredEmbed | null {
  const provider = attrValue(attrs, "data-embed");
  const url = attrValue(attrs, "data-url");
  if (!provider || !url || !isProvider(provider)) return null;
  const e = embedFor(provider, url);
  if (!e) return null;
  const title = (attrValue(attrs, "data-title") ?? "").replace(/\s+/g, " ").trim().slice(0, MAX_TITLE);
  return { provider: e.provider, url: e.url, title: title || null };
}

/** See the file comment. `html` is sanitize-html's output: well nested, attributes quoted. */
export function keepOnlyEmbedMarkup(html: string): string {
  if (!html.includes("<figure")) return html;
  let out = "";
  let last = 0;
  /** While inside an embed figure: the figure depth at which it closes, and what replaces it. */
  let skip: { depth: number; replacement: string } | null = null;
  let figureDepth = 0;
  for (const m of html.matchAll(TAG)) {
    const [whole, slash, rawTag, attrs = ""] = m;
    if (rawTag!.toLowerCase() !== "figure") continue;
    const at = m.index!;
    if (!slash) {
      figureDepth++;
      if (skip) continue;
      out += html.slice(last, at);
      last = at + whole.length;
      if (/\sdata-(embed|url|title)=/i.test(attrs)) {
        const e = /\sdata-embed=/i.test(attrs) ? embedFromAttrs(attrs) : null;
        skip = { depth: figureDepth, replacement: e ? embedMarkup(e) : "" };
        if (!e && !/\sdata-embed=/i.test(attrs)) {
          // A plain figure (an image) carrying stray data-*: keep it, without them.
          skip = null;
          out += "<figure>";
        }
      } else out += whole;
    } else {
      if (skip && figureDepth === skip.depth) {
        out += skip.replacement;
        last = at + whole.length;
        skip = null;
      }
      figureDepth--;
    }
  }
  return skip ? out : out + html.slice(last);
}

/** Every embed in stored HTML, in order. */
export function embedsIn(html: string): StoredEmbed[] {
  const out: StoredEmbed[] = [];
  for (const m of html.matchAll(/<figure\b([^>]*\sdata-embed="[^"]*"[^>]*)>/gi)) {
    const e = embedFromAttrs(` ${m[1]!}`);
    if (e) out.push(e);
  }
  return out;
}
