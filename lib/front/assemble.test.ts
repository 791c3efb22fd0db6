import { describe, expect, it } from "vitest";
import type { ArticleCard } from "@/lib/articles/select";
import { assembleHome, type HomeInputs } from "./assemble";
import { applyMove } from "./form";
import { duplicates, EMPTY_SLOTS, frontFormSchema, parseSlots, type FrontSlots } from "./schema";

// The front page's rules (decision 181) on plain data: what readers get from an arrangement.

const card = (id: number, section = "politics"): ArticleCard => ({
  id,
  slug: `s-${id}`,
  title: `قطعة ${id}`,
  kicker: null,
  excerpt: null,
  dateline: null,
  breaking: false,
  publishedAt: new Date(Date.UTC(2026, 11, 1, 0, 100 - id)).toISOString(),
  section: { slug: section, name: section },
  authors: [],
  image: null,
});
const now = new Date("2026-12-03T10:00:00Z");
const input = (slots: FrontSlots | null, visibleIds: number[], over: Partial<HomeInputs> = {}): HomeInputs => ({
  slots,
  visible: new Map(visibleIds.map((id) => [id, card(id, id >= 50 ? "economy" : "politics")])),
  // The automatic candidates (newest with a picture): 1, 2, 3, …
  leading: [1, 2, 3, 4, 5, 6, 7, 8].map((id) => card(id)),
  breaking: [card(90)],
  sections: [
    { id: 1, slug: "politics", name: "سياسة", newest: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((id) => card(id)) },
    { id: 2, slug: "economy", name: "اقتصاد", newest: [50, 51, 52, 53, 54, 55].map((id) => card(id, "economy")) },
  ],
  now,
  ...over,
});
const ids = (cards: (ArticleCard | null)[]) => cards.map((c) => c?.id ?? null);
const slots = (over: Partial<FrontSlots>): FrontSlots => ({ ...EMPTY_SLOTS, ...over });

describe("front page resolution", () => {
  it("without an arrangement is automatic: the newest with a picture lead, three under it, blocks skip them", () => {
    const h = assembleHome(input(null, []));
    expect(h.lead?.id).toBe(1);
    expect(ids(h.top)).toEqual([2, 3, 4]);
    expect(ids(h.blocks[0]!.items)).toEqual([5, 6, 7, 8]);
    expect(h.breakingNote).toBeNull();
  });

  it("puts the chosen pieces in their slots and fills the automatic ones with pieces not already shown", () => {
    const h = assembleHome(input(slots({ lead: 3, top: [null, 7, null, 1] }), [3, 7, 1]));
    expect(h.lead?.id).toBe(3);
    // Slot 1 and 3 are automatic: 2 and 4 (3, 7 and 1 are already placed).
    expect(ids(h.top)).toEqual([2, 7, 4, 1]);
  });

  it("a chosen piece readers may not see (unpublished, archived, scheduled later) drops out; its slot falls back, never a hole", () => {
    const h = assembleHome(input(slots({ lead: 42, top: [43, null] }), []));
    expect(h.lead?.id).toBe(1);
    expect(ids(h.top)).toEqual([2, 3]);
  });

  it("pins sit above a block's newest pieces, skip what the top already shows, and the block stays four long", () => {
    const h = assembleHome(input(slots({ lead: 50, sections: [{ sectionId: 2, pinned: [55, 50] }] }), [50, 55]));
    const economy = h.blocks.find((b) => b.section.slug === "economy")!;
    // 50 leads the page, so it is not repeated in its block.
    expect(ids(economy.items)).toEqual([55, 51, 52, 53]);
  });

  it("a pinned piece moved to another section since drops out of the block", () => {
    const h = assembleHome(input(slots({ sections: [{ sectionId: 2, pinned: [9] }] }), [9]));
    expect(ids(h.blocks.find((b) => b.section.slug === "economy")!.items)).toEqual([50, 51, 52, 53]);
  });

  it("the same piece twice shows once (the first place wins)", () => {
    const h = assembleHome(input(slots({ lead: 5, top: [5, null] }), [5]));
    expect(h.lead?.id).toBe(5);
    expect(ids(h.top)).toEqual([1, 2]);
    expect(duplicates(slots({ lead: 5, top: [5, null] }))).toEqual([5]);
  });

  it("the editors' breaking bar shows until its expiry, then the automatic strip", () => {
    const bar = { text: "عاجل: انفجار", url: "/5/x", expiresAt: "2026-12-03T10:30:00.000Z" };
    expect(assembleHome(input(slots({ breaking: bar }), [])).breakingNote).toEqual(bar);
    const later = assembleHome(input(slots({ breaking: bar }), [], { now: new Date("2026-12-03T10:30:00Z") }));
    expect(later.breakingNote).toBeNull();
    expect(ids(later.breaking)).toEqual([90]);
  });

  it("with too few pieces the slots shrink instead of showing holes", () => {
    const h = assembleHome(input(slots({ top: [null, null, null, null] }), [], { leading: [card(1), card(2)] }));
    expect(h.lead?.id).toBe(1);
    expect(ids(h.top)).toEqual([2]);
  });
});

describe("arrangement form", () => {
  const base = { intent: "save", topCount: "3", lead: "", top: ["", "", ""], pinSection: [], pin: [] };
  it("reads empty slots as automatic and keeps only topCount top slots", () => {
    const f = frontFormSchema.parse({ ...base, top: ["12", "", "14", "15"], topCount: "2" });
    expect(f.top).toEqual([12, null, 14, 15]);
    expect(f.topCount).toBe(2);
  });
  it("refuses junk ids, a bar without a link or expiry, a schedule without a time — in Arabic", () => {
    for (const bad of [{ lead: "12a" }, { top: ["-1"] }, { pinSection: ["x"], pin: ["1"] }, { pinSection: ["1", "2"], pin: ["1"] }, { topCount: "7" }, { breakingText: "عاجل", breakingUrl: "javascript:alert(1)" }, { intent: "schedule" }, { intent: "move:top:1:sideways" }]) {
      const r = frontFormSchema.safeParse({ ...base, ...bad });
      expect(r.success, JSON.stringify(bad)).toBe(false);
      expect(r.error!.issues[0]!.message).toMatch(/[\u0600-\u06FF]/);
    }
  });
  it("moves a top story or a pin one place up or down, and ignores moves past the ends", () => {
    const s = slots({ top: [1, 2, 3], sections: [{ sectionId: 4, pinned: [7, 8] }] });
    expect(applyMove(s, { list: "top", index: 1, dir: "up" }).top).toEqual([2, 1, 3]);
    expect(applyMove(s, { list: "top", index: 2, dir: "down" }).top).toEqual([1, 2, 3]);
    expect(applyMove(s, { list: "pin-4", index: 0, dir: "down" }).sections[0]!.pinned).toEqual([8, 7]);
  });
  it("stored slots that do not parse read as all automatic", () => {
    expect(parseSlots("{bad")).toEqual(EMPTY_SLOTS);
    expect(parseSlots(JSON.stringify({ lead: 1, top: [1] }))).toEqual(EMPTY_SLOTS);
  });
});

describe("arrangement form pins", () => {
  it("groups pins by their section, in page order, two at most, empty ones automatic", async () => {
    const { formToSlots } = await import("./form");
    const f = frontFormSchema.parse({ intent: "save", topCount: "2", lead: "7", top: ["", "9"], pinSection: ["1", "1", "2", "2"], pin: ["", "11", "21", "22"] });
    expect(formToSlots(f)).toEqual({ lead: 7, top: [null, 9], sections: [{ sectionId: 1, pinned: [11] }, { sectionId: 2, pinned: [21, 22] }], breaking: null });
  });
});
