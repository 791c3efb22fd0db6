import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DayChart } from "@/components/admin/day-chart";
import { STATUS_LABELS } from "@/lib/articles/admin-queries";
import { articlePath, parseArticleId } from "@/lib/articles/urls";
import { isPublic } from "@/lib/articles/visibility";
import { pagePermission } from "@/lib/auth/page-guard";
import { windows } from "@/lib/stats/days";
import { pieceSeries } from "@/lib/stats/queries";

export const metadata: Metadata = { title: "قراءات المقال" };
export const dynamic = "force-dynamic";

export default async function PieceStatsPage({ params }: { params: Promise<{ articleId: string }> }) {
  const id = parseArticleId((await params).articleId);
  await pagePermission("stats:view", id ? `/admin/stats/${id}` : "/admin/stats");
  if (!id) notFound();
  const s = await pieceSeries(id, windows());
  if (!s) notFound();
  const { article: a } = s;
  return (
    <>
      <h1>قراءات: {a.title}</h1>
      <p>
        <Link href="/admin/stats">كل الإحصاءات</Link>
        {" · "}
        <Link href={`/admin/articles/${a.id}`}>المحرر</Link>
        {isPublic(a) && (
          <>
            {" · "}
            <Link href={articlePath(a)}>المقال كما يراه القراء</Link>
          </>
        )}
      </p>
      <p className="muted">
        {a.section.name} · <span className="status">{STATUS_LABELS[a.status]}</span> · منذ النشر: {a.viewCount} قراءة
      </p>
      <div className="cards stats-cards">
        <div className="card stats-card">
          <p className="stats-label">اليوم</p>
          <p className="stats-value">{s.reads.today}</p>
        </div>
        <div className="card stats-card">
          <p className="stats-label">آخر 7 أيام</p>
          <p className="stats-value">{s.reads.week}</p>
        </div>
        <div className="card stats-card">
          <p className="stats-label">آخر 30 يوماً</p>
          <p className="stats-value">{s.reads.month}</p>
        </div>
      </div>
      <section aria-labelledby="piece-chart-title">
        <h2 id="piece-chart-title">آخر 30 يوماً</h2>
        <DayChart id="piece-chart" title={`قراءات «${a.title}» يومياً في آخر 30 يوماً`} points={s.points} />
      </section>
    </>
  );
}
