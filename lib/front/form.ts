import { baghdadWallTimeToDate } from "@/lib/dates/format";
import { PINS_PER_SECTION, type FrontForm, type FrontIntent, type FrontSlots } from "./schema";

// The /admin/front form's fields → the stored slots, and the «أعلى/أسفل» buttons' moves
// (the same moves the page makes in the browser with JavaScript, here for plain forms).
// Pure: unit-tested in form.test.ts.

export function formToSlots(f: FrontForm): FrontSlots {
  const top = Array.from({ length: f.topCount }, (_, i) => f.top[i] ?? null);
  const bySection = new Map<number, number[]>();
  f.pinSection.forEach((sectionId, i) => {
    const list = bySection.get(sectionId) ?? [];
    bySection.set(sectionId, list);
    const pieceId = f.pin[i] ?? null;
    if (pieceId !== null && list.length < PINS_PER_SECTION) list.push(pieceId);
  });
  const text = f.breakingText.trim();
  return {
    lead: f.lead,
    top,
    sections: [...bySection].filter(([, pinned]) => pinned.length).map(([sectionId, pinned]) => ({ sectionId, pinned })),
    breaking: text && f.breakingDay && f.breakingTime ? { text, url: f.breakingUrl.trim(), expiresAt: baghdadWallTimeToDate(f.breakingDay, f.breakingTime).toISOString() } : null,
  };
}

const swap = <T>(list: T[], i: number, j: number): T[] => {
  if (i < 0 || j < 0 || i >= list.length || j >= list.length) return list;
  const out = [...list];
  [out[i], out[j]] = [out[j]!, out[i]!];
  return out;
};

/** One step up or down in the top stories or a block's pins; out of range: unchanged. */
export function applyMove(slots: FrontSlots, move: Exclude<FrontIntent, string>): FrontSlots {
  const j = move.dir === "up" ? move.index - 1 : move.index + 1;
  if (move.list === "top") return { ...slots, top: swap(slots.top, move.index, j) };
  const sectionId = Number(move.list.slice("pin-".length));
  return { ...slots, sections: slots.sections.map((s) => (s.sectionId === sectionId ? { ...s, pinned: swap(s.pinned, move.index, j) } : s)) };
}
