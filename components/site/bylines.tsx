import Link from "next/link";
import { authorPath } from "@/lib/articles/urls";

/** The dateline when set ("بغداد/ تميم الحسن"), otherwise the authors' names. */
export function Bylines({ authors, dateline }: { authors: { slug: string; name: string }[]; dateline: string | null }) {
  if (dateline) return <span className="dateline">{dateline}</span>;
  if (!authors.length) return null;
  return (
    <span className="authors">
      {authors.map((a, i) => (
        <span key={a.slug}>
          {i > 0 && "، "}
          <Link href={authorPath(a.slug)}>
            <bdi>{a.name}</bdi>
          </Link>
        </span>
      ))}
    </span>
  );
}
