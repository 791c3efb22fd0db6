import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { articlePath, parseArticleId } from "@/lib/articles/urls";
import { pagePermission } from "@/lib/auth/page-guard";
import { formatArabicDateTime } from "@/lib/dates/format";
import { getLiveAdmin } from "@/lib/live/queries";
import { keyEventLabel } from "@/lib/live/render";
import { getMediaPaths } from "@/lib/live/media";
import { mediaUrl } from "@/lib/media/url";
import { LiveSwitch, UpdateForm, UpdateTools } from "./live-forms.client";

export const metadata: Metadata = { title: "التغطية المباشرة" };

const STATUS = { live: "جارية الآن", ended: "انتهت", none: "لم تبدأ" } as const;

/** A piece's live coverage desk (decision 192): start, post updates newest first, edit, delete, end. */
export default async function LiveCoveragePage({ params }: { params: Promise<{ id: string }> }) {
  await pagePermission("live:manage");
  const id = parseArticleId((await params).id);
  const data = id ? await getLiveAdmin(id) : null;
  if (!data) notFound();
  const { article: a, updates } = data;
  const images = await getMediaPaths(updates.map((u) => u.imageId).filter((x): x is number => x != null));
  const live = a.liveStatus === "live";
  const status = a.liveStatus === "live" ? STATUS.live : a.liveStatus === "ended" ? STATUS.ended : STATUS.none;
  return (
    <div className="live-desk">
      <h1>التغطية المباشرة: {a.title}</h1>
      <p className="live-desk-links">
        <Link href={`/admin/articles/${a.id}`}>العودة إلى المحرر</Link>
        {a.status === "published" && (
          <>
            {" · "}
            <a href={articlePath(a)}>صفحة القراء</a>
          </>
        )}
      </p>
      <section className="live-desk-status" aria-labelledby="live-status-title">
        <h2 id="live-status-title">الحالة: {status}</h2>
        {a.liveStartedAt && <p>بدأت: {formatArabicDateTime(a.liveStartedAt)}</p>}
        {a.liveEndedAt && !live && <p>انتهت: {formatArabicDateTime(a.liveEndedAt)}</p>}
        {a.status === "published" ? (
          <LiveSwitch articleId={a.id} live={live} resumable={a.liveStatus === "ended"} />
        ) : (
          <p className="hint">التغطية المباشرة للمواد المنشورة فقط: انشر المادة أولاً.</p>
        )}
      </section>
      {live && (
        <section aria-labelledby="live-new-title">
          <h2 id="live-new-title">تحديث جديد</h2>
          <UpdateForm articleId={a.id} />
        </section>
      )}
      <section aria-labelledby="live-list-title">
        <h2 id="live-list-title">التحديثات ({updates.length})</h2>
        {updates.length === 0 && <p className="hint">لا تحديثات بعد.</p>}
        <ol className="live-desk-list">
          {updates.map((u) => {
            const label = keyEventLabel(u.bodyText || "تحديث");
            const imagePath = u.imageId != null ? images.get(u.imageId) : undefined;
            return (
              <li key={u.id} className={u.keyEvent ? "key-event" : undefined}>
                <p className="live-desk-meta">
                  <time dateTime={u.createdAt.toISOString()}>{formatArabicDateTime(u.createdAt)}</time>
                  {u.keyEvent && <span className="key-event-badge">حدث رئيسي</span>}
                  {u.authorName && <span>{u.authorName}</span>}
                </p>
                {/* Sanitized at save (lib/articles/sanitize.ts). */}
                <div className="live-desk-body" dangerouslySetInnerHTML={{ __html: u.bodyHtml }} />
                {u.embedUrl && (
                  <p className="hint" dir="ltr">
                    {u.embedUrl}
                  </p>
                )}
                {imagePath && <p className="hint">صورة مرفقة</p>}
                <UpdateTools label={label} update={{ id: u.id, bodyHtml: u.bodyHtml, keyEvent: u.keyEvent, embedUrl: u.embedUrl, imageId: u.imageId, imageAlt: u.imageAlt, imageUrl: imagePath ? mediaUrl(imagePath) : null }} />
              </li>
            );
          })}
        </ol>
      </section>
    </div>
  );
}
