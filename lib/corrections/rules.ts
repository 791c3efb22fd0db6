import type { Placement } from "./schema";

// The rules of a correction's life (decision 195), pure so they are tested alone:
// a correction is never deleted; an edit keeps every earlier version; a withdrawn one is
// frozen (no edit, no second withdrawal) and leaves readers' pages, its reason kept for staff.

export type CorrectionState = { text: string; placement: Placement | string; withdrawnAt: Date | null };

export type EditVerdict = { kind: "edit" } | { kind: "unchanged" } | { kind: "refused"; message: string };

export const WITHDRAWN_FROZEN = "سُحب هذا التصحيح، فلا يُعدّل. أضف تصحيحاً جديداً إن لزم.";
export const ALREADY_WITHDRAWN = "سُحب هذا التصحيح من قبل.";
export const ONLY_PUBLISHED = "تُضاف التصحيحات إلى المقالات المنشورة فقط.";

export function editVerdict(current: CorrectionState, next: { text: string; placement: Placement }): EditVerdict {
  if (current.withdrawnAt) return { kind: "refused", message: WITHDRAWN_FROZEN };
  if (current.text === next.text && current.placement === next.placement) return { kind: "unchanged" };
  return { kind: "edit" };
}

export function withdrawVerdict(current: CorrectionState): EditVerdict {
  return current.withdrawnAt ? { kind: "refused", message: ALREADY_WITHDRAWN } : { kind: "edit" };
}

/** What readers see of one correction: withdrawn ones are gone; an edit is announced. */
export type ReaderCorrection = { id: number; text: string; placement: Placement; createdAt: string; editedAt: string | null };

export function forReaders<T extends { id: number; text: string; placement: string; createdAt: Date; editedAt: Date | null; withdrawnAt: Date | null }>(rows: T[]): ReaderCorrection[] {
  return rows
    .filter((r) => !r.withdrawnAt)
    .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.id - b.id)
    .map((r) => ({
      id: r.id,
      text: r.text,
      placement: r.placement === "start" ? "start" : "end",
      createdAt: r.createdAt.toISOString(),
      editedAt: r.editedAt ? r.editedAt.toISOString() : null,
    }));
}
