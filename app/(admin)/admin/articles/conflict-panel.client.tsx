"use client";

import { RevisionDiff } from "@/components/admin/revision-diff";
import { htmlToPlain } from "@/lib/articles/reading";
import { revisionChanges, type RevisionContent } from "@/lib/articles/revision-changes";
import { formatArabicDateTime } from "@/lib/dates/format";
import type { EditorFields } from "./editor-fields";

type Opt = { id: number; name: string };

const content = (f: EditorFields): RevisionContent => ({ ...f, bodyText: htmlToPlain(f.bodyHtml) });

/**
 * A version conflict at the action bar: who saved, the latest saved version beside the person's
 * own text (every field that differs, word by word), and the two ways on. Nothing is lost either
 * way: the person's text stays in this browser's local copy until they drop it.
 */
export function ConflictPanel({
  latest,
  mine,
  options,
  onOpenLatest,
  onKeepMine,
}: {
  latest: EditorFields & { savedBy: string | null; savedAt: string };
  mine: EditorFields;
  options: { sections: Opt[]; supplements: Opt[]; authors: Opt[] };
  onOpenLatest: () => void;
  onKeepMine: () => void;
}) {
  const map = (xs: Opt[]) => new Map(xs.map((x) => [x.id, x.name]));
  const images = new Map([latest.imageId, mine.imageId].filter((x): x is number => !!x).map((id) => [id, `صورة رقم ${id}`]));
  const changes = revisionChanges(content(latest), content(mine), { sections: map(options.sections), supplements: map(options.supplements), authors: map(options.authors), images });
  return (
    <section className="conflict-panel" aria-label="نصك وأحدث نسخة محفوظة" data-testid="conflict-panel">
      <p>
        أحدث نسخة حفظها {latest.savedBy ?? "مستخدم آخر"} في {formatArabicDateTime(new Date(latest.savedAt))}. الفرق بينها وبين نصك:
      </p>
      <div className="conflict-diff">
        <RevisionDiff changes={changes} labels={{ before: "أحدث نسخة محفوظة", after: "نصك" }} same="نصك مطابق لأحدث نسخة." regionName={(label) => `الفرق في ${label}`} />
      </div>
      <div className="conflict-actions">
        <button type="button" onClick={onOpenLatest}>
          افتح أحدث نسخة
        </button>
        <button type="button" className="secondary" onClick={onKeepMine}>
          احفظ نصي بدلاً منها
        </button>
      </div>
    </section>
  );
}
