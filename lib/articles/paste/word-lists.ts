import { all, styleValue } from "./dom";

// Word does not put lists on the clipboard as lists: each item is a paragraph
// (class MsoListParagraph…, style "mso-list:l0 level2 lfo1") whose bullet or number is text in
// a span styled "mso-list:Ignore". Left alone the editor shows «· بند». Here consecutive list
// paragraphs become one <ul>/<ol>, deeper levels nested inside the item before them.

type Item = { p: Element; level: number; list: string; ordered: boolean };

export function wordListsToLists(body: HTMLElement): void {
  const items = all(body, "p").map(readItem).filter((x): x is Item => x !== null);
  let group: Item[] = [];
  for (const item of items) {
    const last = group.at(-1);
    if (last && nextElement(last.p) !== item.p) {
      build(group);
      group = [];
    }
    group.push(item);
  }
  if (group.length) build(group);
}

function readItem(p: Element): Item | null {
  const mso = styleValue(p, "mso-list");
  const m = /^(l\d+)\s+level(\d+)/.exec(mso);
  const marker = all(p, "span").find((s) => styleValue(s, "mso-list") === "ignore");
  const isListClass = /(^|\s)MsoListParagraph/i.test(p.getAttribute("class") ?? "");
  if (!m && !(isListClass && marker)) return null;
  const ordered = marker ? isNumber(marker) : false;
  marker?.remove();
  return { p, level: m ? Number(m[2]) : 1, list: m?.[1] ?? "l?", ordered };
}

/** "1." "iv." "(a)" "٣-" "أ." are numbers; "·", "o", "§", "" (Symbol/Wingdings glyphs) are bullets. */
function isNumber(marker: Element): boolean {
  const text = (marker.textContent ?? "").replace(/[\s\u00a0]+/g, "");
  return /^\(?([0-9]+|[٠-٩]+|[۰-۹]+|[a-z]{1,4}|[A-Z]{1,4}|[\u0621-\u064a]{1,2})[.)\-–]$/.test(text);
}

function nextElement(el: Element): Element | null {
  let n = el.nextSibling;
  while (n && n.nodeType !== 1) {
    if (n.nodeType === 3 && (n.textContent ?? "").trim()) return null;
    n = n.nextSibling;
  }
  return n as Element | null;
}

function build(group: Item[]): void {
  const first = group[0];
  if (!first) return;
  const doc = first.p.ownerDocument;
  // The open lists, outermost first, each with the item new deeper lists go into.
  const stack: { level: number; list: Element; ordered: boolean; id: string; li: Element | null }[] = [];
  let anchor: Element = first.p;
  for (const item of group) {
    while (stack.length && stack.at(-1)!.level > item.level) stack.pop();
    let top = stack.at(-1);
    if (top && top.level === item.level && (top.ordered !== item.ordered || top.id !== item.list)) {
      // Same depth, another list (a numbered list right after a bulleted one): a sibling list.
      stack.pop();
      const list = doc.createElement(item.ordered ? "ol" : "ul");
      top.list.after(list);
      if (!stack.length) anchor = list;
      top = { level: item.level, list, ordered: item.ordered, id: item.list, li: null };
      stack.push(top);
    } else if (!top || top.level < item.level) {
      const list = doc.createElement(item.ordered ? "ol" : "ul");
      if (top) {
        if (!top.li) {
          top.li = doc.createElement("li");
          top.list.appendChild(top.li);
        }
        top.li.appendChild(list);
      } else {
        anchor.before(list);
        anchor = list;
      }
      top = { level: item.level, list, ordered: item.ordered, id: item.list, li: null };
      stack.push(top);
    }
    const li = doc.createElement("li");
    const p = doc.createElement("p");
    while (item.p.firstChild) p.appendChild(item.p.firstChild);
    li.appendChild(p);
    top.list.appendChild(li);
    top.li = li;
    item.p.remove();
  }
}
