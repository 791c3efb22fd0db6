import { embedFromAttrs } from "./markup";
import { embedFor, PROVIDER_INFO, type Provider } from "./providers";

// What readers get for an embed (decision 190): a placeholder that names the provider and the
// title when the editor gave one, and links to the content. Nothing in it comes from the
// provider (no thumbnail, no script), so the page asks the provider for nothing. /reader.js
// adds the «شغّل» / «اعرض المحتوى» button that replaces the placeholder with the player's frame;
// without JavaScript the link is the way to the content.

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

export function placeholderHtml(e: { provider: Provider; url: string; title: string | null }): string {
  const embed = embedFor(e.provider, e.url);
  if (!embed) return "";
  const info = PROVIDER_INFO[e.provider];
  const label = e.title ? `${info.name}: ${e.title}` : `محتوى من ${info.name}`;
  return (
    `<figure class="embed embed-${e.provider}" data-embed="${e.provider}" data-frame="${esc(embed.frameSrc)}" data-action="${info.action}" data-label="${esc(label)}">` +
    `<div class="embed-card">` +
    `<p class="embed-provider">${esc(info.name)}</p>` +
    (e.title ? `<p class="embed-title">${esc(e.title)}</p>` : "") +
    `<p class="embed-note">يُحمَّل هذا المحتوى من ${esc(info.name)} عند طلبه فقط.</p>` +
    `<a class="embed-link" href="${esc(embed.url)}" rel="noopener noreferrer" target="_blank">افتح المحتوى على ${esc(info.name)}<span class="visually-hidden"> (في نافذة جديدة)</span></a>` +
    `</div></figure>`
  );
}

/** Stored HTML with every embed figure replaced by its reader placeholder. */
export function withEmbedPlaceholders(html: string): string {
  if (!html.includes("data-embed")) return html;
  return html.replace(/<figure\b([^>]*\sdata-embed="[^"]*"[^>]*)><\/figure>/gi, (_, attrs: string) => {
    const e = embedFromAttrs(` ${attrs}`);
    return e ? placeholderHtml({ provider: e.provider as Provider, url: e.url, title: e.title }) : "";
  });
}
