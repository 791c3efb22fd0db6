import { describe, expect, it } from "vitest";
// @ts-expect-error plain ES module without types (it runs before any build step)
import { buildInputs } from "./lib.mjs";

// Issue 9: `npm start` decides whether to rebuild from these files; a file that is part of
// the build but missing here would be served from an old build after it changed.
describe("build inputs", () => {
  const inputs: string[] = buildInputs();
  it("include every root file that goes into the build", () => {
    for (const f of ["auth.ts", "proxy.ts", "instrumentation.ts", "next.config.ts", "tsconfig.json", "package.json", "package-lock.json", "prisma/schema.prisma", "public/logo.svg", "app/layout.tsx", "app/globals.css"]) {
      expect(inputs).toContain(f);
    }
    expect(inputs.some((f) => f.startsWith("lib/auth/"))).toBe(true);
    expect(inputs.some((f) => f.startsWith("components/"))).toBe(true);
  });
  it("leave out tests, docs, data and build output", () => {
    for (const f of inputs) {
      expect(f).not.toMatch(/^(e2e|docs|data|node_modules|\.next|scripts|\.git)\//);
      expect(f).not.toMatch(/\.test\.ts$/);
      expect(f).not.toMatch(/^lib\/generated\//);
    }
  });
});
