// Reader pages: each table of a body sits in its own scrolling box, so a wide table scrolls
// sideways on a phone while the page never does. The box is a named, focusable region so
// keyboard users can scroll it too (axe: scrollable-region-focusable).
// The stored body is sanitized (lib/articles/sanitize.ts), so its tables carry no attributes.

export function withScrollableTables(bodyHtml: string): string {
  const total = bodyHtml.split("<table>").length - 1;
  if (!total) return bodyHtml;
  let n = 0;
  return bodyHtml
    .replace(/<table>/g, () => {
      n += 1;
      const label = total === 1 ? "جدول" : `جدول ${n} من ${total}`;
      return `<div class="table-scroll" role="region" tabindex="0" aria-label="${label}"><table>`;
    })
    .replace(/<\/table>/g, "</table></div>");
}
