import type { Segment } from "@/lib/search/highlight";

/** Text with the matched words in <mark>; React escapes every piece of it. */
export function Highlighted({ segments }: { segments: Segment[] }) {
  return (
    <>
      {segments.map((s, i) => (s.mark ? <mark key={i}>{s.text}</mark> : <span key={i}>{s.text}</span>))}
    </>
  );
}
