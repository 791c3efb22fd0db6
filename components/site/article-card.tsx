import Image from "next/image";
import Link from "next/link";
import type { ArticleCard as Card } from "@/lib/articles/select";
import { articlePath, sectionPath } from "@/lib/articles/urls";
import { formatArabicDateTime } from "@/lib/dates/format";
import { cropSize } from "@/lib/media/focal";
import { cropUrl } from "@/lib/media/url";
import { Bylines } from "./bylines";

type Props = {
  card: Card;
  /** "lead": big picture on top; "row": small picture aside; "text": no picture. */
  variant?: "lead" | "row" | "text" | "picture";
  headingLevel?: 2 | 3;
  showSection?: boolean;
  showExcerpt?: boolean;
  priority?: boolean;
  /** The picture's `sizes` when the layout differs from the variant's usual one. */
  sizes?: string;
};

export function ArticleCard({ card, variant = "text", headingLevel = 3, showSection = false, showExcerpt = false, priority = false, sizes }: Props) {
  const H = `h${headingLevel}` as const;
  const href = articlePath(card);
  const picture =
    card.image && variant !== "text" ? (
      <Image
        className="card-image"
        src={cropUrl(card.image.path, "16x9", card.image)}
        alt={card.image.alt}
        {...cropSize(card.image, "16x9")}
        sizes={sizes ?? (variant === "lead" ? "(min-width: 60rem) 50rem, 100vw" : variant === "row" ? "7rem" : "(min-width: 64rem) 18rem, 100vw")}
        priority={priority}
      />
    ) : null;
  const text = (
    <div>
      {showSection && (
        <Link className="card-section" href={sectionPath(card.section.slug)}>
          {card.section.name}
        </Link>
      )}
      {card.kicker && <div className="kicker">{card.kicker}</div>}
      <H>
        <Link href={href}>{card.title}</Link>
      </H>
      <div className="card-meta">
        <Bylines authors={card.authors} dateline={card.dateline} />
        <time dateTime={card.publishedAt}>{formatArabicDateTime(new Date(card.publishedAt))}</time>
      </div>
      {showExcerpt && card.excerpt && <p className="card-excerpt">{card.excerpt}</p>}
    </div>
  );
  if (variant === "row" && picture) {
    return (
      <article className="card card-row">
        {text}
        {picture}
      </article>
    );
  }
  return (
    <article className={`card${variant === "lead" ? " lead" : ""}`}>
      {picture}
      {text}
    </article>
  );
}
