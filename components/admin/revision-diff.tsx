import type { FieldChange } from "@/lib/articles/revision-changes";
import type { DiffPart } from "@/lib/articles/word-diff";

/** One side of a text change: the earlier text shows what was removed, the later what was added. */
type Labels = { before: string; after: string };
const DEFAULT_LABELS: Labels = { before: "قبل", after: "بعد" };

function Side({ parts, side, labels }: { parts: DiffPart[]; side: "before" | "after"; labels: Labels }) {
  return (
    <div className={`diff-side diff-${side}`}>
      <span className="diff-side-label">{labels[side]}</span>
      <p className="diff-text">
        {parts.map((p, i) =>
          p.added ? (side === "after" ? <ins key={i}>{p.value}</ins> : null) : p.removed ? (side === "before" ? <del key={i}>{p.value}</del> : null) : <span key={i}>{p.value}</span>,
        )}
      </p>
    </div>
  );
}

/** A changed value (section, tags…) reads as the whole old value removed and the new one added. */
const partsOf = (c: FieldChange): DiffPart[] => (c.kind === "text" ? c.parts : [{ value: c.before, removed: true }, { value: c.after, added: true }]);

/** Every field that changed between two revisions: side by side on wide screens, stacked on phones. */
export function RevisionDiff({
  changes,
  labels = DEFAULT_LABELS,
  same = "النسختان متطابقتان.",
  regionName = (label) => label,
}: {
  changes: FieldChange[];
  labels?: Labels;
  same?: string;
  /** Each field's region name (beside the editor's own fields, it must not be the field's label). */
  regionName?: (label: string) => string;
}) {
  if (changes.length === 0) return <p className="notice">{same}</p>;
  return (
    <div className="diff" data-testid="diff">
      {changes.map((c) => (
        <section key={c.field} className="diff-field" aria-label={regionName(c.label)} data-field={c.field}>
          <h3>{c.label}</h3>
          <div className="diff-sides">
            <Side parts={partsOf(c)} side="before" labels={labels} />
            <Side parts={partsOf(c)} side="after" labels={labels} />
          </div>
        </section>
      ))}
    </div>
  );
}
