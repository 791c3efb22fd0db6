import { all, styleValue, unwrap } from "./dom";

// What Word and Google Docs put on the clipboard besides the text: document settings, style
// sheets, conditional comments, Word comments (the balloons) and their anchors, VML shapes,
// and images that point at the writer's own disk. None of it may reach the editor.

const DROP = "head, meta, link, style, script, title, xml, object, iframe, svg, template";

export function removeOfficeJunk(body: HTMLElement): void {
  removeComments(body);
  for (const el of all(body, DROP)) el.remove();
  // Word comments: the list of balloons at the end and the «[م.ع1]» markers in the text.
  for (const el of all(body, "div, span, a, hr, p")) {
    const element = styleValue(el, "mso-element");
    if (element === "comment-list" || element === "comment") el.remove();
    else if (/(^|\s)(msocomanchor|msocomoff|msocomtxt|MsoCommentReference|MsoCommentText)(\s|$)/.test(el.getAttribute("class") ?? "")) el.remove();
    else if (styleValue(el, "mso-special-character") === "comment") el.remove();
  }
  for (const el of all(body, "*")) {
    const name = el.tagName.toLowerCase();
    if (!name.includes(":")) continue;
    // o:p holds only Word's paragraph mark; v:/w:/m: are shapes, settings and equations.
    // Other prefixes (st1: smart tags) wrap real words.
    if (/^(o|v|w|m):/.test(name)) el.remove();
    else unwrap(el);
  }
  for (const img of all(body, "img")) {
    const src = img.getAttribute("src") ?? "";
    if (!/^(https?:\/\/|\/media\/)/i.test(src)) img.remove();
  }
}

function removeComments(root: Node): void {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, 128 /* NodeFilter.SHOW_COMMENT */);
  const found: Node[] = [];
  while (walker.nextNode()) found.push(walker.currentNode);
  for (const c of found) c.parentNode?.removeChild(c);
}
