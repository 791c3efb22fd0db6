import { formatArabicDateTime, isoWithBaghdadOffset } from "@/lib/dates/format";
import { embedFor, parseEmbedUrl } from "@/lib/embeds/providers";
import { placeholderHtml, withEmbedPlaceholders } from "@/lib/embeds/placeholder";
import { mediaUrl } from "@/lib/media/url";
import { updateAnchor } from "./rules";

// One live update as readers' HTML, built in one place for the article page (server-rendered)
// and for the polling endpoint that /reader.js inserts from (decision 192): what a reload
// shows and what appears without one cannot differ. The body passed the article sanitizer at
// save; every other value is escaped here.

export type PublicLiveUpdate = {
  id: number;
  bodyHtml: string;
  keyEvent: boolean;
  createdAt: string;
  updatedAt: string;
  authorName: string | null;
  image: { path: string; width: number; height: number; alt: string } | null;
  embedUrl: string | null;
};

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** A short plain-text headline for the key events list: the update's first line. */
export function keyEventLabel(bodyText: string): string {
  const line = bodyText.split(/\n/).find((l) => l.trim())?.trim() ?? "تحديث";
  return line.length > 120 ? `${line.slice(0, 119)}…` : line;
}

/**
 * An update's version as readers' pages carry it (`data-stamp`): its last edit time. The
 * polling endpoint lists every update's stamp, so an open page finds edited and deleted ones.
 */
export const updateStamp = (u: Pick<PublicLiveUpdate, "updatedAt">) => Date.parse(u.updatedAt);

export function liveUpdateHtml(u: PublicLiveUpdate): string {
  const at = new Date(u.createdAt);
  const embed = u.embedUrl ? parseEmbedUrl(u.embedUrl) : null;
  const edited = u.updatedAt !== u.createdAt && new Date(u.updatedAt).getTime() - at.getTime() > 60_000;
  return (
    `<article class="live-update${u.keyEvent ? " key-event" : ""}" id="${updateAnchor(u.id)}" data-update-id="${u.id}" data-stamp="${updateStamp(u)}" aria-labelledby="${updateAnchor(u.id)}-time">` +
    `<header class="live-update-head">` +
    `<time id="${updateAnchor(u.id)}-time" datetime="${isoWithBaghdadOffset(at)}">${esc(formatArabicDateTime(at))}</time>` +
    (u.keyEvent ? `<span class="key-event-badge">حدث رئيسي</span>` : "") +
    (u.authorName ? `<span class="live-update-author">${esc(u.authorName)}</span>` : "") +
    `</header>` +
    `<div class="live-update-body">${withEmbedPlaceholders(u.bodyHtml)}</div>` +
    (u.image
      ? `<figure class="live-update-image"><img src="${esc(mediaUrl(u.image.path))}" alt="${esc(u.image.alt)}" width="${u.image.width}" height="${u.image.height}" loading="lazy" decoding="async"></figure>`
      : "") +
    (embed && embedFor(embed.provider, embed.url) ? placeholderHtml({ provider: embed.provider, url: embed.url, title: null }) : "") +
    (edited ? `<p class="live-update-edited">عُدّل ${esc(formatArabicDateTime(new Date(u.updatedAt)))}</p>` : "") +
    `</article>`
  );
}
