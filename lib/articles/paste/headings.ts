import { all, rename } from "./dom";

// The piece's title is the page's only <h1>, so a pasted heading moves one level down:
// Heading 1 → h2, Heading 2 → h3, Heading 3 and deeper → h4 (the editor's levels are 2–4;
// docs/decisions/155-pasting-from-word-and-docs.md). Word's Title/Subtitle styles and
// paragraphs classed MsoHeadingN are headings too.

const DEEPEST = 4;

export function mapHeadings(body: HTMLElement): void {
  for (const el of all(body, "h1, h2, h3, h4, h5, h6")) {
    rename(el, `h${Math.min(Number(el.tagName[1]) + 1, DEEPEST)}`);
  }
  for (const p of all(body, "p[class]")) {
    const cls = p.getAttribute("class") ?? "";
    const level = /(^|\s)MsoTitle(\s|$)/i.test(cls) ? 1 : /(^|\s)MsoSubtitle(\s|$)/i.test(cls) ? 2 : Number(/(^|\s)MsoHeading(\d)(\s|$)/i.exec(cls)?.[2] ?? 0);
    if (level) rename(p, `h${Math.min(level + 1, DEEPEST)}`);
  }
}
