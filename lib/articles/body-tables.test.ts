import { describe, expect, it } from "vitest";
import { withScrollableTables } from "./body-tables";

describe("withScrollableTables", () => {
  it("puts each table in a named, focusable scrolling region", () => {
    expect(withScrollableTables("<p>أ</p><table><tbody><tr><td>ب</td></tr></tbody></table>")).toBe(
      '<p>أ</p><div class="table-scroll" role="region" tabindex="0" aria-label="جدول"><table><tbody><tr><td>ب</td></tr></tbody></table></div>',
    );
    const two = withScrollableTables("<table></table><table></table>");
    expect(two).toContain('aria-label="جدول 1 من 2"');
    expect(two).toContain('aria-label="جدول 2 من 2"');
  });
  it("leaves bodies without tables alone", () => {
    expect(withScrollableTables("<p>نص</p>")).toBe("<p>نص</p>");
  });
});
