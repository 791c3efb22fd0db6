import { formatArabicDateTime } from "@/lib/dates/format";

/**
 * One correction as readers see it, on the piece (correction-box.tsx) and on /corrections
 * (decision 195): «تصحيح:», the note, its time in Baghdad time and, when it was edited,
 * «عُدّل التصحيح في …».
 */
export function CorrectionNote({ text, createdAt, editedAt }: { text: string; createdAt: string; editedAt: string | null }) {
  return (
    <>
      <p className="correction-text">
        <strong>تصحيح:</strong> {text}
      </p>
      <p className="correction-time">
        <time dateTime={createdAt}>{formatArabicDateTime(new Date(createdAt))}</time>
        {editedAt && (
          <>
            {" · "}
            عُدّل التصحيح في <time dateTime={editedAt}>{formatArabicDateTime(new Date(editedAt))}</time>
          </>
        )}
      </p>
    </>
  );
}
