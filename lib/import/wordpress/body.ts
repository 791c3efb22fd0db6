import { sanitizeBody } from "@/lib/articles/sanitize";

// WordPress post content → Midad's sanitized body HTML (docs/decisions/021, 050).
// Order matters: embeds are read from block comments before the comments are removed,
// shortcodes become HTML before paragraphs are made, and the sanitizer runs last.

export type BodyWarning = { kind: "shortcode" | "missing-image" | "gallery"; detail: string };

export type BodyContext = {
  /** Media URL for a path under the old uploads folder ("2024/08/x-300x200.jpg"), or null. */
  uploadUrl: (relativePath: string) => string | null;
  /** Media URL and alt text of an attachment id (for [gallery ids=…]), or null. */
  attachment: (id: number) => { url: string; alt: string } | null;
  warn: (w: BodyWarning) => void;
  /** The old site's addresses ("https://old.example"): links to it become local paths, which redirect. */
  siteOrigins?: string[];
};

const BLOCK_START = /^<(?:p|h[1-6]|ul|ol|li|blockquote|figure|div|table|hr|pre|img|iframe)\b/i;
const EMBED_HOSTS = /^https?:\/\/(?:www\.|m\.)?(?:youtube\.com\/watch|youtu\.be\/|twitter\.com\/|x\.com\/|vimeo\.com\/|facebook\.com\/|instagram\.com\/)/i;

const escapeHtml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** Midad has no embeds yet: an embedded post or video becomes a link to it (issue 14). */
export function embedHtml(url: string): string {
  const u = escapeHtml(url.trim());
  return `<p><a href="${u}">${u}</a></p>`;
}

function attr(attrs: string, name: string): string | undefined {
  const m = new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s\\]]+))`, "i").exec(attrs);
  return m ? (m[1] ?? m[2] ?? m[3]) : undefined;
}

/** Gutenberg: embeds come from their block's "url"; every other block keeps its inner HTML. */
function convertBlocks(html: string): string {
  return html
    .replace(/<!--\s*wp:(?:core-)?embed(?:\/[\w-]+)?\s+(\{[\s\S]*?\})\s*-->[\s\S]*?<!--\s*\/wp:(?:core-)?embed(?:\/[\w-]+)?\s*-->/g, (whole, json: string) => {
      try {
        const url = (JSON.parse(json) as { url?: unknown }).url;
        return typeof url === "string" ? `\n\n${embedHtml(url)}\n\n` : whole;
      } catch {
        return whole;
      }
    })
    .replace(/<!--\s*\/?wp:[\s\S]*?-->/g, "");
}

function convertShortcodes(html: string, ctx: BodyContext): string {
  let out = html.replace(/\[caption([^\]]*)\]([\s\S]*?)\[\/caption\]/gi, (_w, _attrs: string, inner: string) => {
    const img = /(?:<a\b[^>]*>\s*)?<img\b[^>]*>(?:\s*<\/a>)?/i.exec(inner);
    if (!img) return inner;
    const caption = inner.replace(img[0], "").trim();
    const imgTag = /<img\b[^>]*>/i.exec(img[0])![0];
    return `\n\n<figure>${imgTag}${caption ? `<figcaption>${caption}</figcaption>` : ""}</figure>\n\n`;
  });
  out = out.replace(/\[embed([^\]]*)\]([\s\S]*?)\[\/embed\]/gi, (_w, _a: string, url: string) => `\n\n${embedHtml(url)}\n\n`);
  out = out.replace(/\[gallery([^\]]*)\]/gi, (_w, attrs: string) => {
    const ids = (attr(attrs, "ids") ?? "").split(",").map((x) => Number(x.trim())).filter((n) => Number.isSafeInteger(n) && n > 0);
    if (!ids.length) {
      ctx.warn({ kind: "gallery", detail: `[gallery${attrs}] بلا أرقام صور (ids): حُذف` });
      return "";
    }
    const figures = ids.map((id) => {
      const a = ctx.attachment(id);
      if (!a) ctx.warn({ kind: "missing-image", detail: `صورة المعرض ${id} غير موجودة` });
      return a ? `<figure><img src="${escapeHtml(a.url)}" alt="${escapeHtml(a.alt)}"></figure>` : "";
    });
    return `\n\n${figures.join("\n\n")}\n\n`;
  });
  // Any other shortcode: its tags go, enclosed text stays (lower-case names only, so a
  // bracketed word in the text such as "[Reuters]" or Arabic in brackets is left alone).
  out = out.replace(/\[(\/?)([a-z_][a-z0-9_-]*)((?:\s[^\]]*)?)\/?\]/g, (whole: string) => {
    ctx.warn({ kind: "shortcode", detail: `رمز مختصر غير مدعوم حُذف: ${whole.slice(0, 80)}` });
    return "";
  });
  return out;
}

/** Bare YouTube/X/… URLs alone on a line are embeds in WordPress ("oEmbed"). */
function convertBareEmbeds(html: string): string {
  return html.replace(/^[ \t]*(https?:\/\/\S+)[ \t]*$/gm, (line, url: string) => (EMBED_HOSTS.test(url) ? `\n${embedHtml(url)}\n` : line));
}

/** WordPress's wpautop in short: blank lines make paragraphs, single newlines line breaks. */
export function autop(html: string): string {
  return html
    .replace(/\r\n?/g, "\n")
    .split(/\n\s*\n/)
    .map((chunk) => chunk.trim())
    .filter(Boolean)
    .map((chunk) => (BLOCK_START.test(chunk) ? chunk : `<p>${chunk.replace(/\n/g, "<br>\n")}</p>`))
    .join("\n");
}

/** Rewrite every src/href into the old uploads folder to the imported media; drop images that were not imported. */
function rewriteUploads(html: string, ctx: BodyContext): string {
  const uploads = /^(?:https?:)?(?:\/\/[^/]+)?\/wp-content\/uploads\/(.+)$/i;
  let out = html.replace(/<img\b[^>]*>/gi, (tag) => {
    const src = /\bsrc\s*=\s*("([^"]*)"|'([^']*)')/i.exec(tag);
    const url = src ? (src[2] ?? src[3] ?? "") : "";
    const m = uploads.exec(url);
    if (!m) return tag;
    const to = ctx.uploadUrl(m[1]!);
    if (!to) {
      ctx.warn({ kind: "missing-image", detail: `صورة غير مستوردة حُذفت من النص: ${url}` });
      return "";
    }
    return tag.replace(src![0], `src="${escapeHtml(to)}"`).replace(/\s(?:srcset|sizes)\s*=\s*("[^"]*"|'[^']*')/gi, "");
  });
  out = out.replace(/(<a\b[^>]*\bhref\s*=\s*)("([^"]*)"|'([^']*)')/gi, (whole, head: string, _q: string, d?: string, s?: string) => {
    const href = d ?? s ?? "";
    const m = uploads.exec(href);
    const to = m ? ctx.uploadUrl(m[1]!) : null;
    if (to) return `${head}"${escapeHtml(to)}"`;
    const origin = ctx.siteOrigins?.find((o) => href === o || href.startsWith(`${o}/`) || href.startsWith(`${o}?`));
    return origin ? `${head}"${href.slice(origin.length) || "/"}"` : whole;
  });
  return out;
}

export function convertBody(content: string, ctx: BodyContext): string {
  let html = convertBlocks(content);
  html = convertShortcodes(html, ctx);
  html = convertBareEmbeds(html);
  html = autop(html);
  html = rewriteUploads(html, ctx);
  return sanitizeBody(html);
}
