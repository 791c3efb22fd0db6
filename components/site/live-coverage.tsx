import { formatArabicTime } from "@/lib/dates/format";
import type { PublicLiveCoverage } from "@/lib/live/queries";
import { liveUpdateHtml } from "@/lib/live/render";
import { updateAnchor } from "@/lib/live/rules";

/**
 * «أبرز الأحداث»: the key events of a live coverage, linking to their updates. Rendered even
 * when empty while live, so /reader.js can add a new key event without moving anything else.
 */
export function KeyEvents({ coverage }: { coverage: PublicLiveCoverage }) {
  const keys = coverage.updates.filter((u) => u.keyEvent);
  if (!keys.length && coverage.status !== "live") return null;
  return (
    <nav className="key-events" aria-labelledby="key-events-title" hidden={!keys.length}>
      <h2 id="key-events-title">أبرز الأحداث</h2>
      <ol>
        {keys.map((u) => (
          <li key={u.id}>
            <a href={`#${updateAnchor(u.id)}`}>
              <time dateTime={u.createdAt}>{formatArabicTime(new Date(u.createdAt))}</time> {u.keyLabel}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}

/**
 * The updates of a live coverage, newest first (decision 192), as the same HTML the polling
 * endpoint returns (lib/live/render.ts). While live, /reader.js asks for newer ones and offers
 * them behind a «تحديثات جديدة» button: nothing is inserted above what the reader is reading
 * until they ask. Without JavaScript a reload shows them (the page is purged on every update).
 */
export function LiveUpdates({ coverage, articleId }: { coverage: PublicLiveCoverage; articleId: number }) {
  const live = coverage.status === "live";
  return (
    <section
      className={`live-coverage${live ? " is-live" : ""}`}
      aria-labelledby="live-title"
      data-live-id={live ? articleId : undefined}
      data-live-latest={live ? (coverage.updates[0]?.id ?? 0) : undefined}
    >
      <h2 id="live-title" className="block-title">
        {live ? (
          <>
            <span className="live-badge">مباشر</span> التغطية المباشرة
          </>
        ) : (
          "التغطية كما جرت"
        )}
      </h2>
      {live && (
        <>
          {/* Announced politely; the button itself floats over the page (no layout shift). */}
          <div className="live-notice" role="status" aria-live="polite" />
          <noscript>
            <p className="hint">أعد تحميل الصفحة لرؤية أحدث التحديثات.</p>
          </noscript>
        </>
      )}
      {coverage.updates.length === 0 && <p className="hint live-empty">لا تحديثات بعد: تابعونا.</p>}
      {/* Sanitized at every save (lib/articles/sanitize.ts); everything else escaped in liveUpdateHtml. */}
      <div className="live-updates" dangerouslySetInnerHTML={{ __html: coverage.updates.map(liveUpdateHtml).join("") }} />
    </section>
  );
}
