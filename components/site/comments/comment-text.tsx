// A comment's text as plain text: React escapes it, line breaks stay (CSS pre-line), and
// web addresses become links marked as user content that passes no ranking or opener.

const URL_RE = /\bhttps?:\/\/[^\s<>"'«»]+/giu;

export function CommentText({ text }: { text: string }) {
  const parts: React.ReactNode[] = [];
  let last = 0;
  for (const m of text.matchAll(URL_RE)) {
    const raw = m[0].replace(/[.,،؛:!?)\]]+$/u, "");
    const start = m.index;
    if (start > last) parts.push(text.slice(last, start));
    parts.push(
      <a key={start} href={raw} rel="ugc nofollow noopener" target="_blank" dir="ltr">
        {raw}
      </a>,
    );
    last = start + raw.length;
  }
  if (last < text.length) parts.push(text.slice(last));
  return <p className="comment-body">{parts}</p>;
}
