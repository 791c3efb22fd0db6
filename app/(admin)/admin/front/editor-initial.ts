import "server-only";
import { baghdadDay, baghdadTime } from "@/lib/dates/format";
import { piecesByIds, type PieceChoice } from "@/lib/front/queries";
import { chosenIds } from "@/lib/front/assemble";
import type { FrontSlots } from "@/lib/front/schema";
import type { EditorInitial, SlotPiece } from "./front-editor.client";

/** Why readers would not see a chosen piece now (its slot then falls back to the automatic choice). */
function note(p: PieceChoice, now: Date): string | undefined {
  if (p.status === "published" && p.publishedAt && p.publishedAt <= now) return undefined;
  if (p.status === "published" || p.status === "scheduled") return "لم يُنشر بعد: تحلّ محله قطعة تلقائية حتى موعده";
  if (p.status === "archived") return "مؤرشفة: تحلّ محلها قطعة تلقائية";
  return "غير منشورة: تحلّ محلها قطعة تلقائية";
}

/** The form's starting values: the slots with their pieces' titles, every section with its pins. */
export async function editorInitial(slots: FrontSlots, sections: { id: number; name: string }[], now = new Date()): Promise<EditorInitial> {
  const pieces = await piecesByIds(chosenIds(slots));
  const piece = (id: number | null): SlotPiece => {
    if (id == null) return null;
    const p = pieces.get(id);
    return p ? { id, title: p.title, note: note(p, now) } : { id, title: `القطعة رقم ${id}`, note: "غير موجودة" };
  };
  const expires = slots.breaking ? new Date(slots.breaking.expiresAt) : null;
  return {
    lead: piece(slots.lead),
    top: slots.top.map(piece),
    sections: sections.map((s) => ({ id: s.id, name: s.name, pins: (slots.sections.find((x) => x.sectionId === s.id)?.pinned ?? []).map(piece) })),
    breaking: { text: slots.breaking?.text ?? "", url: slots.breaking?.url ?? "", day: expires ? baghdadDay(expires) : "", time: expires ? baghdadTime(expires) : "" },
  };
}
