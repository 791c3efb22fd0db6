// Small DOM helpers shared by the clipboard clean-up steps (browser DOM or happy-dom in tests).

/** Replaces an element by its children. */
export function unwrap(el: Element): void {
  const parent = el.parentNode;
  if (!parent) return;
  while (el.firstChild) parent.insertBefore(el.firstChild, el);
  parent.removeChild(el);
}

/** Renames an element, keeping its children (attributes are dropped). */
export function rename(el: Element, tagName: string): Element {
  const next = el.ownerDocument.createElement(tagName);
  while (el.firstChild) next.appendChild(el.firstChild);
  el.replaceWith(next);
  return next;
}

/** One declaration of an inline style attribute, lower-cased, or "" (Word writes them across lines). */
export function styleValue(el: Element, property: string): string {
  const style = (el.getAttribute("style") ?? "").replace(/\s+/g, " ");
  for (const decl of style.split(";")) {
    const i = decl.indexOf(":");
    if (i > 0 && decl.slice(0, i).trim().toLowerCase() === property) return decl.slice(i + 1).trim().toLowerCase();
  }
  return "";
}

/** The elements of `root` matching `selector`, as a static list safe to change while walking. */
export function all(root: ParentNode, selector: string): Element[] {
  return Array.from(root.querySelectorAll(selector));
}

/** Text with non-breaking and ordinary spaces removed: what a reader would see as "nothing". */
export function visibleText(node: Node): string {
  return (node.textContent ?? "").replace(/[\s\u00a0\u200b-\u200f]+/g, "");
}
