import { removeOfficeJunk } from "./office-junk";
import { wordListsToLists } from "./word-lists";
import { inlineStylesToMarks } from "./inline-marks";
import { mapHeadings } from "./headings";
import { tidyTables } from "./tables";
import { tidy } from "./tidy";

/**
 * Clipboard HTML from Word or Google Docs (or anywhere) → the plain structure the body
 * editor keeps: paragraphs, h2–h4, real lists, tables, bold/italic, links.
 * Runs in the browser at paste time (the editor's transformPastedHTML hook).
 */
export function cleanPastedHtml(html: string): string {
  // Copied from a ProseMirror editor (this one included): already structure, and its
  // data-pm-slice attribute tells the editor how to join the pasted piece; leave it whole.
  if (/<[^>]+\sdata-pm-slice=/.test(html)) return html;
  const doc = new DOMParser().parseFromString(html, "text/html");
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
