import type { ReaderCorrection } from "@/lib/corrections/rules";
import { formatArabicDateTime } from "@/lib/dates/format";

/**
 * The piece's corrections at one place (its start or its end), as readers see them (decision 195):
 * «تصحيح:», the note, its time in Baghdad time and, when it was edited, «عُدّل التصحيح في …».
 * A labelled region so screen readers can find it; plain HTML, no script.
 */
export function CorrectionBox({ items, place }: { items: ReaderCorrection[]; place: "start" | "end" }) {
  if (items.length === 0) return null;
  const titleId = `corrections-${place}-title`;
  return (
    <section className="correction-box" aria-labelledby={titleId} data-placement={place}>
      <h2 id={titleId} className="visually-hidden">
        {items.length > 1 ? "تصحيحات على هذا المقال" : "تصحيح على هذا المقال"}
      </h2>
      {items.map((c) => (
        <div key={c.id} className="correction" id={`correction-${c.id}`}>
          <p className="correction-text">
            <strong>تصحيح:</strong> {c.text}
          </p>
          <p className="correction-time">
            <time dateTime={c.createdAt}>{formatArabicDateTime(new Date(c.createdAt))}</time>
            {c.editedAt && (
              <>
                {" · "}
                عُدّل التصحيح في <time dateTime={c.editedAt}>{formatArabicDateTime(new Date(c.editedAt))}</time>
              </>
            )}
          </p>
        </div>
      ))}
    </section>
  );
}
