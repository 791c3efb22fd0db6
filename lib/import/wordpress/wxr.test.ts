import path from "node:path";
import { describe, expect, it } from "vitest";
import { toItem } from "./records";
import { readWxr, WxrError, type WxrNode } from "./wxr";

const fixture = (name: string) => path.join(import.meta.dirname, "__fixtures__", name);

async function collect(file: string, chunk?: number) {
  const nodes: WxrNode[] = [];
  await readWxr(file, (n) => void nodes.push(n), chunk);
  return nodes;
}

describe("readWxr", { timeout: 30_000 }, () => {
  it("reads every channel child of a WordPress 6 export, in order", async () => {
    const nodes = await collect(fixture("export.xml"));
    const names = nodes.map((n) => n.name);
    expect(names.filter((n) => n === "wp:author")).toHaveLength(2);
    expect(names.filter((n) => n === "wp:category")).toHaveLength(3);
    expect(names.filter((n) => n === "wp:tag")).toHaveLength(2);
    expect(names.filter((n) => n === "item")).toHaveLength(12);
    expect(nodes.find((n) => n.name === "wp:base_site_url")?.text).toBe("https://rafidain.example");
  });

  it("joins CDATA sections split around ']]>' and keeps the text whatever the chunk size", async () => {
    for (const chunk of [7, 64 * 1024]) {
      const items = (await collect(fixture("export.xml"), chunk)).filter((n) => n.name === "item").map(toItem);
      const post = items.find((i) => i.id === 900101)!;
      expect(post.content).toContain("a]]>b");
      expect(post.comments.map((c) => c.id)).toEqual([71, 72, 73, 74, 75, 76, 77]);
      expect(post.terms).toContainEqual({ domain: "category", slug: "economy", name: "اقتصاد" });
      expect(post.meta._thumbnail_id).toBe("501");
    }
  });

  it("names the line where a truncated file ends", async () => {
    const err = await collect(fixture("truncated.xml")).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(WxrError);
    expect((err as WxrError).line).toBe(156);
    expect((err as WxrError).message).toMatch(/السطر 156/);
    expect((err as WxrError).message).toMatch(/مبتور/);
  });

  it("names the line of a mismatched tag", async () => {
    const err = await collect(fixture("malformed.xml")).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(WxrError);
    expect((err as WxrError).line).toBe(302);
  });

  it("refuses a file that is not a WordPress export", async () => {
    const err = await collect(path.join(import.meta.dirname, "../../../package.json")).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(WxrError);
  });
});
