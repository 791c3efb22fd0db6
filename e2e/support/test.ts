import { test as base, expect, type ConsoleMessage } from "@playwright/test";

// Every browser page in the suite is watched for Content-Security-Policy violations (issue 9):
// a test fails if any page it opened reported one, whatever the test itself checked. Reader
// pages, the dashboard, the editor, moderation and sign-in are all visited by some test.
export const test = base.extend({
  context: async ({ context }, provide, testInfo) => {
    const violations: string[] = [];
    const watch = (msg: ConsoleMessage) => {
      const text = msg.text();
      if (/Content Security Policy|Content-Security-Policy/i.test(text)) violations.push(`${msg.page()?.url() ?? "?"}: ${text}`);
    };
    context.on("console", watch);
    // The browser reports violations as events too (e.g. for blocked inline handlers).
    await context.addInitScript(() => {
      document.addEventListener("securitypolicyviolation", (e) =>
        console.error(`Content Security Policy violation: ${e.violatedDirective} blocked ${e.blockedURI || "inline"} (${e.sourceFile}:${e.lineNumber})`),
      );
    });
    await provide(context);
    // A test that provokes a violation on purpose (an injected script) says so with an
    // annotation and checks the block itself.
    const expected = testInfo.annotations.some((a) => a.type === "csp-violation-expected");
    if (!expected && violations.length > 0 && testInfo.status === testInfo.expectedStatus) {
      throw new Error(`Content-Security-Policy violations:\n${violations.join("\n")}`);
    }
  },
});

export { expect };
