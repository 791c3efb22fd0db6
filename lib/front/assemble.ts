import type { ArticleCard } from "@/lib/articles/select";
import type { FrontSlots } from "./schema";

// The rules that turn an arrangement and what the database holds into the home page
// (decision 181). Pure, so the rules are tested without a database (assemble.test.ts):
//   - a chosen piece shows in its slot only while readers may see it (the caller passes the
//     visible ones); a piece unpublished, archived or scheduled for later is simply absent;
//   - an empty or dropped slot takes the automatic choice: the newest piece with a picture
//     not already on the page, never a hole;
//   - no piece shows twice (the lead and top stories first, then the blocks in order);
//   - a section block shows its pinned pieces (still in that section) above its newest ones;
//   - the breaking bar shows the editors' text until its expiry, then the automatic one.

export const AUTO_TOP = 3;
export const BLOCK_SIZE = 4;

export type BreakingNote = { text: string; url: string; expiresAt: string };

export type HomeData = {
  lead: ArticleCard | null;
  /** The next stories under the lead; the section blocks do not repeat them. */
  top: ArticleCard[];
  /** The automatic breaking strip (pieces flagged breaking in the last 24 hours). */
  breaking: ArticleCard[];
  /** The editors' breaking bar, while it has not expired; shown instead of the strip. */
  breakingNote: BreakingNote | null;
  blocks: { section: { slug: string; name: string }; items: ArticleCard[] }[];
};

export type HomeInputs = {
  slots: FrontSlots | null;
  /** The arrangement's pieces that readers may see now, by id. */
  visible: Map<number, ArticleCard>;
  /** Automatic lead and top candidates, newest first (with a picture, not opinion, not breaking). */
  leading: ArticleCard[];
  breaking: ArticleCard[];
  sections: { id: number; slug: string; name: string; newest: ArticleCard[] }[];
  now: Date;
};

/** How many automatic candidates the lead and top slots may need (every slot, plus skipped pins). */
export const leadingPoolSize = (slots: FrontSlots | null) => 1 + (slots?.top.length ?? AUTO_TOP) + (slots ? 1 + slots.top.length : 0);

export function assembleHome(input: HomeInputs): HomeData {
  const { slots, visible } = input;
  const wanted = slots ? [slots.lead, ...slots.top] : [null, ...Array<null>(AUTO_TOP).fill(null)];
  const shown = new Set<number>();
  // Chosen pieces first, so an automatic slot above them never takes one of them.
  const placed: (ArticleCard | null)[] = wanted.map((id) => {
    const card = id == null ? undefined : visible.get(id);
    if (!card || shown.has(card.id)) return null;
    shown.add(card.id);
    return card;
  });
  const pool = input.leading.filter((c) => !shown.has(c.id));
  const filled = placed.map((card) => {
    if (card) return card;
    const next = pool.shift();
    if (next) shown.add(next.id);
    return next ?? null;
  });
  const [lead = null, ...top] = filled;

  const blocks = input.sections.map((s) => {
    const pins = slots?.sections.find((p) => p.sectionId === s.id)?.pinned ?? [];
    const items: ArticleCard[] = [];
    for (const id of pins) {
      const card = visible.get(id);
      // A piece moved to another section since it was pinned drops out of this block.
      if (card && card.section.slug === s.slug && !shown.has(card.id)) {
        items.push(card);
        shown.add(card.id);
      }
    }
    for (const card of s.newest) {
      if (items.length >= BLOCK_SIZE) break;
      if (shown.has(card.id)) continue;
      items.push(card);
      shown.add(card.id);
    }
    return { section: { slug: s.slug, name: s.name }, items };
  });

  const b = slots?.breaking;
  const breakingNote = b && new Date(b.expiresAt).getTime() > input.now.getTime() ? { text: b.text, url: b.url, expiresAt: b.expiresAt } : null;
  return { lead, top: top.filter((c): c is ArticleCard => c !== null), breaking: input.breaking, breakingNote, blocks: blocks.filter((x) => x.items.length) };
}

/** The ids an arrangement names (to load the visible ones in one query). */
export function chosenIds(slots: FrontSlots | null): number[] {
  if (!slots) return [];
  return [...new Set([slots.lead, ...slots.top, ...slots.sections.flatMap((s) => s.pinned)].filter((x): x is number => x != null))];
}
