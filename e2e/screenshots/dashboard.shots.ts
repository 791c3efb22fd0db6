import { expect, test } from "../support/test";
import { loginAs } from "../support/auth";
import { dashboardScreens } from "../support/dashboard-screens";

// docs/screenshots/dashboard/*.png: every dashboard screen (the list the phone-width and axe
// checks walk) at a phone width and a desktop width, signed in as an admin.

const OUT = "docs/screenshots/dashboard";

test("every dashboard screen", async ({ page }) => {
  test.setTimeout(240_000);
  await loginAs(page, "admin");
  for (const path of dashboardScreens()) {
    // "/admin/tags?act=merge&id=12" → "admin-tags-act-merge"; a search → "admin-tags-q".
    const [route = "", query = ""] = path.split("?");
    const params = [...new URLSearchParams(query)].filter(([k]) => k !== "id").map(([k, v]) => (k === "q" ? k : `${k}-${v}`));
    const name = [route.replace(/^\//, "").replace(/\/\d+/g, "/id").replace(/\//g, "-") || "admin", ...params].join("-");
    for (const width of [360, 1366]) {
      await page.setViewportSize({ width, height: width === 360 ? 780 : 900 });
      await page.goto(path);
      expect.soft(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), `${path} at ${width}`).toBeLessThanOrEqual(0);
      await page.screenshot({ path: `${OUT}/${name}-${width}.png`, fullPage: true });
    }
  }
});
