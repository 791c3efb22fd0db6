import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "./support/test";
import { loginAs } from "./support/auth";
import { dashboardScreens } from "./support/dashboard-screens";

// Issue 12: zero serious or critical axe violations on every dashboard screen, on a phone and
// on a desktop (the phone layout folds the menu and turns tables into lists: both are checked).

for (const size of [
  { name: "390 px", viewport: { width: 390, height: 844 }, isMobile: true },
  { name: "1366 px", viewport: { width: 1366, height: 900 }, isMobile: false },
]) {
  test.describe(`at ${size.name}`, () => {
    test.use({ viewport: size.viewport, isMobile: size.isMobile, hasTouch: size.isMobile });

    test("no dashboard screen has a serious or critical accessibility violation", async ({ page }) => {
      test.slow();
      await loginAs(page, "admin");
      const found: string[] = [];
      for (const path of dashboardScreens()) {
        const res = await page.goto(path);
        expect(res?.status(), path).toBe(200);
        const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
        for (const v of violations.filter((v) => v.impact === "serious" || v.impact === "critical")) {
          found.push(`${path} — ${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).slice(0, 4).join(", ")}`);
        }
      }
      expect(found).toEqual([]);
    });
  });
}
