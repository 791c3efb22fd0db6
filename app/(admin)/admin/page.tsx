import Link from "next/link";
import { dashboardLists, STATUS_LABELS, type AdminRow } from "@/lib/articles/admin-queries";
import { pagePermission } from "@/lib/auth/page-guard";
import { can, ROLE_PERMISSIONS } from "@/lib/auth/permissions";
import { articlePath } from "@/lib/articles/urls";
import { baghdadDay, formatArabicDate, formatArabicTime } from "@/lib/dates/format";

/**
 * A row links to the editor only when the reader of the dashboard may open that piece (a writer
 * sees the whole desk's schedule and latest pieces, but edits only their own): a published piece
 * of someone else's links to its public page, anything else is plain text with its byline.
 */
function Rows({ rows, canOpen, time }: { rows: AdminRow[]; canOpen: (r: AdminRow) => boolean; time?: (r: AdminRow) => Date | null }) {
  if (rows.length === 0) return <p className="hint">لا شيء هنا.</p>;
  return (
    <ul>
      {rows.map((r) => {
        const t = time?.(r);
        const byline = r.authors.map((a) => a.author.name).join("، ");
        return (
          <li key={r.id}>
            {canOpen(r) ? (
              <Link href={`/admin/articles/${r.id}`}>{r.title}</Link>
            ) : r.status === "published" ? (
              <Link href={articlePath(r)}>{r.title}</Link>
            ) : (
              <span>{r.title}</span>
            )}
            {!canOpen(r) && byline && <small> — {byline}</small>} {t && <small>({formatArabicTime(t)})</small>}
          </li>
        );
      })}
    </ul>
  );
}

export default async function DashboardPage() {
  const user = await pagePermission("dashboard:view");
  if (user.role === "moderator") {
    return (
      <>
        <h1>لوحة التحكم</h1>
        <p>مرحباً {user.name}</p>
        <p>صلاحياتك تخص التعليقات وإعداداتها.</p>
      </>
    );
  }
  const d = await dashboardLists(user.id, ROLE_PERMISSIONS[user.role]["article:edit"] === "own");
  const canOpen = (r: AdminRow) => can(user, "article:edit", { ownerId: r.createdById });
  const byDay = new Map<string, AdminRow[]>();
  for (const r of d.scheduled) {
    const day = baghdadDay(r.publishAt ?? new Date());
    byDay.set(day, [...(byDay.get(day) ?? []), r]);
  }
  return (
    <>
      <h1>لوحة التحكم</h1>
      <p>مرحباً {user.name}</p>
      <div className="cards">
        <section className="card" aria-labelledby="mine">
          <h2 id="mine">
            مسوداتي <span className="count">{d.counts.mine}</span>
          </h2>
          <Rows rows={d.mine} canOpen={canOpen} />
        </section>
        <section className="card" aria-labelledby="review">
          <h2 id="review">
            {STATUS_LABELS.in_review} <span className="count">{d.counts.review}</span>
          </h2>
          <Rows rows={d.review} canOpen={canOpen} />
        </section>
        <section className="card" aria-labelledby="scheduled">
          <h2 id="scheduled">
            المجدولة <span className="count">{d.counts.scheduled}</span>
          </h2>
          {byDay.size === 0 && <p className="hint">لا شيء هنا.</p>}
          {[...byDay].map(([day, rows]) => (
            <div key={day}>
              <h3>{formatArabicDate(new Date(`${day}T12:00:00+03:00`))}</h3>
              <Rows rows={rows} canOpen={canOpen} time={(r) => r.publishAt} />
            </div>
          ))}
        </section>
        <section className="card" aria-labelledby="published">
          <h2 id="published">
            نُشر مؤخراً <span className="count">{d.counts.published}</span>
          </h2>
          <Rows rows={d.published} canOpen={canOpen} />
        </section>
      </div>
    </>
  );
}
