import { all, rename, unwrap, visibleText } from "./dom";

// Tables from Word (MsoTableGrid) and Docs arrive with widths, borders and <colgroup>s; the
// editor needs only rows and cells. Neither program marks a header row, so a first row whose
// every filled cell is bold throughout becomes <th> cells: that is how newsrooms type headers.

export function tidyTables(body: HTMLElement): void {
  for (const el of all(body, "colgroup, col, caption")) el.remove();
  for (const el of all(body, "thead, tfoot")) rename(el, "tbody");
  for (const table of all(body, "table")) {
    const rows = all(table, "tr").filter((tr) => tr.closest("table") === table);
    const first = rows[0];
    if (!first || rows.length < 2) continue;
    const cells = all(first, "td, th").filter((c) => c.parentElement === first);
    const filled = cells.filter((c) => visibleText(c));
    if (!filled.length || !filled.every(isAllBold)) continue;
    for (const cell of cells) {
      for (const b of all(cell, "b, strong")) unwrap(b);
      const th = cell.ownerDocument.createElement("th");
      for (const name of ["colspan", "rowspan"]) {
        const v = cell.getAttribute(name);
        if (v) th.setAttribute(name, v);
      }
      while (cell.firstChild) th.appendChild(cell.firstChild);
      cell.replaceWith(th);
    }
  }
}

function isAllBold(cell: Element): boolean {
  const bold = all(cell, "b, strong")
    .filter((b) => !b.parentElement?.closest("b, strong") || !cell.contains(b.parentElement.closest("b, strong")))
    .map(visibleText)
    .join("");
  return bold === visibleText(cell);
}
