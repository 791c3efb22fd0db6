import { removeOfficeJunk } from "./office-junk";
import { wordListsToLists } from "./word-lists";
import { inlineStylesToMarks } from "./inline-marks";
import { mapHeadings } from "./headings";
import { tidyTables } from "./tables";
import { tidy } from "./tidy";

const HANDLER = /(<[a-z][^>]*?\s)on[a-z]+\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+)/gi;

/**
 * The markup without event-handler attributes (Word's comment anchors carry
 * onmouseover="msoCommentShow(…)"). Removed from the text, before parsing: Chromium (156)
 * checks such attributes against the page's CSP while it parses, even into an inert document,
 * and reports a violation although nothing would run. Text never holds a raw "<" in clipboard
 * HTML, so only tags match; the server's sanitizer drops anything left anyway.
 */
export function withoutEventHandlers(html: string): string {
  let out = html;
  // One attribute per tag per pass; Word writes two on its comment anchors.
  for (let i = 0; i < 20; i++) {
    const next = out.replace(HANDLER, "$1");
    if (next === out) break;
    out = next;
  }
  return out;
}

/**
 * Clipboard HTML from Word or Google Docs (or anywhere) → the plain structure the body
 * editor keeps: paragraphs, h2–h4, real lists, tables, bold/italic, links.
 * Runs in the browser at paste time (the editor's transformPastedHTML hook).
 */
export function cleanPastedHtml(html: string): string {
  // Copied from a ProseMirror editor (this one included): already structure, and its
  // data-pm-slice attribute tells the editor how to join the pasted piece; leave it whole.
  if (/<[^>]+\sdata-pm-slice=/.test(html)) return html;
  const doc = new DOMParser().parseFromString(withoutEventHandlers(html), "text/html");
  const body = doc.body;
  removeOfficeJunk(body);
  // Lists first: their markers sit in spans whose styles the later steps would discard.
  wordListsToLists(body);
  inlineStylesToMarks(body);
  mapHeadings(body);
  tidyTables(body);
  tidy(body);
  return body.innerHTML
    .replace(/\s*\n\s*/g, " ")
    .replace(/\s*(<\/?(?:p|h[2-4]|ul|ol|li|table|tbody|tr|th|td|blockquote|figure|figcaption|hr)\b[^>]*>)\s*/g, "$1")
    .trim();
}
