import { all, rename, unwrap, visibleText } from "./dom";

// The last pass: only the elements and attributes the editor understands are left, so what
// the editor shows is what will be saved (the server sanitizes again: lib/articles/sanitize.ts).

const KEEP = new Set(["p", "br", "h2", "h3", "h4", "strong", "em", "a", "blockquote", "ul", "ol", "li", "table", "tbody", "tr", "th", "td", "img", "figure", "figcaption", "hr"]);
const RENAME: Record<string, string> = { b: "strong", i: "em" };
const ATTRIBUTES: Record<string, string[]> = { a: ["href", "title"], img: ["src", "alt"], td: ["colspan", "rowspan"], th: ["colspan", "rowspan"] };

export function tidy(body: HTMLElement): void {
  nestListsInItems(body);
  for (const a of all(body, "a")) {
    const href = a.getAttribute("href") ?? "";
    // Bookmarks (<a name="_Toc…">), links inside the Word document and file:/javascript: links
    // are not links for readers; their text stays.
    if (!/^(https?:\/\/|mailto:|\/(?!\/))/i.test(href.trim())) unwrap(a);
  }
  for (const el of all(body, "*")) {
    const name = el.tagName.toLowerCase();
    const renamed = RENAME[name];
    const target = renamed ? rename(el, renamed) : KEEP.has(name) ? el : null;
    if (!target) {
      unwrap(el);
      continue;
    }
    if (!renamed) keepAttributes(el, ATTRIBUTES[name] ?? []);
  }
  for (const p of all(body, "p")) {
    // Word's empty paragraphs (<o:p>&nbsp;</o:p>) are spacing, not content; a table cell keeps its own.
    if (!visibleText(p) && !p.querySelector("img, br") && !p.closest("td, th")) p.remove();
  }
  for (const br of all(body, "br")) {
    // Docs puts <br> between blocks; only a break inside text is a line break.
    if (br.parentElement === body) br.remove();
  }
}

/** Google Docs nests a list as a sibling of the item it belongs to (<ul><li/><ul>…</ul></ul>). */
function nestListsInItems(body: HTMLElement): void {
  for (const list of all(body, "ul > ul, ul > ol, ol > ul, ol > ol")) {
    const before = list.previousElementSibling;
    if (before?.tagName.toLowerCase() === "li") before.appendChild(list);
    else {
      const li = list.ownerDocument.createElement("li");
      list.replaceWith(li);
      li.appendChild(list);
    }
  }
}

function keepAttributes(el: Element, keep: string[]): void {
  for (const attr of Array.from(el.attributes)) {
    const ok = keep.includes(attr.name) && (attr.name !== "colspan" && attr.name !== "rowspan" ? true : /^[2-9]$|^[1-9]\d$/.test(attr.value));
    if (!ok) el.removeAttribute(attr.name);
  }
}
