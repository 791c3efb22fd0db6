import type { ReaderCorrection } from "@/lib/corrections/rules";
import { CorrectionNote } from "./correction-note";

/**
 * The piece's corrections at one place (its start or its end), as readers see them (decision 195).
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
          <CorrectionNote text={c.text} createdAt={c.createdAt} editedAt={c.editedAt} />
        </div>
      ))}
    </section>
  );
}
