import Image from "next/image";
import Link from "next/link";
import { withScrollableTables } from "@/lib/articles/body-tables";
import { getMostRead } from "@/lib/articles/most-read";
import { getLatest, getRelated, type ArticleView as Article } from "@/lib/articles/queries";
import { authorPath, sectionPath, supplementPath, tagPath } from "@/lib/articles/urls";
import { meaningfulUpdate } from "@/lib/articles/visibility";
import { formatArabicDateTime, publishedLine } from "@/lib/dates/format";
import { env } from "@/lib/env";
import { creditLine } from "@/lib/media/credit";
import { mediaUrl } from "@/lib/media/url";
import { withEmbedPlaceholders } from "@/lib/embeds/placeholder";
import { getLiveCoverage } from "@/lib/live/queries";
import { getSiteSettings } from "@/lib/settings/queries";
import { ArticleCard } from "./article-card";
import { getCommentThreads } from "@/lib/comments/queries";
import { ArticleJsonLd } from "./article-json-ld";
import { CorrectionBox } from "./correction-box";
import { getArticleCorrections } from "@/lib/corrections/queries";
import { CommentsArea } from "./comments/comments-area";
import { KeyEvents, LiveUpdates } from "./live-coverage";
import { ShareLinks } from "./share-links";
import { SideList } from "./side-list";
import { SocialLinks } from "./social-links";
import { ViewBeacon } from "./view-beacon";

/** A piece exactly as readers see it (also used by the staff preview). */
export async function ArticleView({ article: a, preview = false }: { article: Article; preview?: boolean }) {
  const [settings, latest, mostRead, related, comments, live, corrections] = await Promise.all([
    getSiteSettings(),
    getLatest(10),
    getMostRead(5),
    getRelated(a.id, a.sectionId, a.tags.map((t) => t.id), a.publishedAt),
    preview ? null : getCommentThreads(a.id),
    getLiveCoverage(a.id),
    getArticleCorrections(a.id),
  ]);
  const published = new Date(a.publishedAt);
  // The dateline often names the writer already ("بغداد/ تميم الحسن"); don't repeat it.
  const bylineAuthors = a.authors.filter((au) => !a.dateline?.includes(au.name));
  const updated = a.contentUpdatedAt && meaningfulUpdate(a.publishedAt, a.contentUpdatedAt) ? new Date(a.contentUpdatedAt) : null;
  return (
    <div className="article-layout">
      <article aria-labelledby="article-title">
        <ArticleJsonLd article={a} siteName={settings.siteName} live={live} corrections={corrections} />
        <nav className="breadcrumb" aria-label="مسار التنقل">
          <ol>
            <li>
              <Link href="/">{settings.siteName}</Link>
            </li>
            <li>
              <Link href={sectionPath(a.section.slug)}>{a.section.name}</Link>
            </li>
            <li aria-current="page">{a.title}</li>
          </ol>
        </nav>
        {live?.status === "live" ? (
          <p className="kicker live-kicker">
            <span className="live-badge">مباشر</span> {a.kicker}
          </p>
        ) : (
          a.kicker && <p className="kicker">{a.kicker}</p>
        )}
        <h1 className="article-title" id="article-title">
          {a.title}
        </h1>
        <div className="dateline-row">
          <time dateTime={a.publishedAt} className="published">
            {publishedLine(published)}
          </time>
          {updated && (
            <time dateTime={updated.toISOString()} className="updated">
              آخر تحديث: {formatArabicDateTime(updated)}
            </time>
          )}
          {comments && (
            <a href="#comments" className="comment-count">
              التعليقات ({comments.total})
            </a>
          )}
        </div>
        <p className="byline">
          {a.dateline ? <span className="article-dateline">{a.dateline}</span> : null}
          {bylineAuthors.length > 0 && (
            <span className="article-authors">
              {a.dateline ? " — " : ""}
              {bylineAuthors.map((au, i) => (
                <span key={au.slug}>
                  {i > 0 && "، "}
                  <Link href={authorPath(au.slug)}>
                    <bdi>{au.name}</bdi>
                  </Link>
                </span>
              ))}
            </span>
          )}
        </p>
        {a.image && (
          <figure className="figure">
            <Image
              src={mediaUrl(a.image.path)}
              alt={a.image.alt}
              width={a.image.width}
              height={a.image.height}
              sizes="(min-width: 64rem) 46rem, 100vw"
              priority
            />
            <FigureCaption caption={a.imageCaption ?? a.image.caption} credit={creditLine(a.image.credit)} />
          </figure>
        )}
        <CorrectionBox items={corrections.filter((c) => c.placement === "start")} place="start" />
        {live && <KeyEvents coverage={live} />}
        {/* Sanitized on the server with an allowlist at every save (lib/articles/sanitize.ts).
            Embeds become placeholders that load nothing from the provider (decision 190). */}
        <div className="article-body" dangerouslySetInnerHTML={{ __html: withEmbedPlaceholders(withScrollableTables(a.bodyHtml)) }} />
        {live && <LiveUpdates coverage={live} articleId={a.id} />}
        <CorrectionBox items={corrections.filter((c) => c.placement !== "start")} place="end" />
        {a.supplement && (
          <Link className="supplement-link" href={supplementPath(a.supplement.slug)}>
            {a.supplement.name}
          </Link>
        )}
        {a.tags.length > 0 && (
          <ul className="tag-list" aria-label="الوسوم">
            {a.tags.map((t) => (
              <li key={t.id}>
                <Link href={tagPath(t.slug)}>{t.name}</Link>
              </li>
            ))}
          </ul>
        )}
        {/* The short form (/<id>) redirects to the canonical page: readable in a chat message. */}
        <ShareLinks url={`${env.SITE_URL}/${a.id}`} title={a.title} />
        {!preview && <CommentsArea article={a} />}
        {!preview && <ViewBeacon articleId={a.id} />}
        {related.length > 0 && (
          <section className="related" aria-labelledby="related-title">
            <h2 id="related-title" className="block-title">
              مقالات ذات صلة
            </h2>
            <div className="related-grid">
              {related.map((r) => (
                <ArticleCard key={r.id} card={r} variant="picture" showSection sizes="(min-width: 64rem) 14rem, (min-width: 40rem) 45vw, 6rem" />
              ))}
            </div>
          </section>
        )}
      </article>
      <aside aria-label="المزيد من الأخبار" style={{ display: "grid", gap: "1.5rem", alignContent: "start" }}>
        <SideList id="latest-title" title="يحدث الآن" items={latest.filter((l) => l.id !== a.id).slice(0, 10)} />
        <SideList id="most-read-title" title="الأكثر قراءة" items={mostRead} ranked />
        <section className="side-box" aria-label="تابعونا">
          <h2>تابعونا</h2>
          <SocialLinks accounts={settings} />
        </section>
      </aside>
    </div>
  );
}

/** The piece's caption (else the library's) and the credit on its own line (decision 187). */
function FigureCaption({ caption, credit }: { caption: string | null; credit: string | null }) {
  if (!caption && !credit) return null;
  return (
    <figcaption>
      {caption}
      {credit && <span className="figure-credit">{credit}</span>}
    </figcaption>
  );
}
