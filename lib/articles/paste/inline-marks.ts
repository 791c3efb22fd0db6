import { all, styleValue, unwrap } from "./dom";

// Emphasis that lives in inline styles becomes real <strong>/<em>, and tags that only look
// like emphasis lose it. Google Docs wraps the whole clipboard in
// <b id="docs-internal-guid-…" style="font-weight:normal"> and marks bold words with
// <span style="font-weight:700">; Word uses <b>/<i>, sometimes with styles saying the opposite.

export function inlineStylesToMarks(body: HTMLElement): void {
  for (const el of all(body, "b, strong")) {
    if (el.id.startsWith("docs-internal-guid") || isNormalWeight(styleValue(el, "font-weight"))) unwrap(el);
  }
  for (const el of all(body, "i, em")) {
    if (styleValue(el, "font-style") === "normal") unwrap(el);
  }
  for (const el of all(body, "span")) {
    if (isBold(styleValue(el, "font-weight"))) wrapChildren(el, "strong");
    if (styleValue(el, "font-style") === "italic") wrapChildren(el, "em");
  }
}

function isBold(weight: string): boolean {
  return weight === "bold" || weight === "bolder" || (/^\d+$/.test(weight) && Number(weight) >= 600);
}

function isNormalWeight(weight: string): boolean {
  return weight === "normal" || weight === "lighter" || (/^\d+$/.test(weight) && Number(weight) < 600);
}

function wrapChildren(el: Element, tagName: string): void {
  const mark = el.ownerDocument.createElement(tagName);
  while (el.firstChild) mark.appendChild(el.firstChild);
  el.appendChild(mark);
}
