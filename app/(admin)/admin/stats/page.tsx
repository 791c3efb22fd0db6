import type { Metadata } from "next";
import { DayChart } from "@/components/admin/day-chart";
import { ReadsTable } from "@/components/admin/reads-table";
import { pagePermission } from "@/lib/auth/page-guard";
import { windows } from "@/lib/stats/days";
import { readsByAuthor, readsBySection, siteSeries, topPieces } from "@/lib/stats/queries";

export const metadata: Metadata = { title: "الإحصاءات" };
export const dynamic = "force-dynamic";

// The desk's statistics (issue 15, decisions 197–198): counted reads only (the view beacon's
// daily counts), in Baghdad days; editors and admins.

export default async function StatsPage() {
  await pagePermission("stats:view", "/admin/stats");
  const w = windows();
  const [site, pieces, sections, authors] = await Promise.all([siteSeries(w), topPieces(20, w), readsBySection(w), readsByAuthor(30, w)]);
  return (
    <>
      <h1>الإحصاءات</h1>
      <p className="hint">
        القراءات المحسوبة: قراءة واحدة لكل قارئ ومقال في نصف الساعة، دون الروبوتات، بأيام بتوقيت بغداد. تُكتب الأرقام كل بضع ثوانٍ، فقد تتأخر قراءات الدقيقة
        الأخيرة قليلاً.
      </p>
      <div className="cards stats-cards">
        <Card label="اليوم" value={site.reads.today} />
        <Card label="آخر 7 أيام" value={site.reads.week} />
        <Card label="آخر 30 يوماً" value={site.reads.month} />
      </div>
      <section aria-labelledby="site-chart-title">
        <h2 id="site-chart-title">الموقع كله: آخر 30 يوماً</h2>
        <DayChart id="site-chart" title="قراءات الموقع يومياً في آخر 30 يوماً" points={site.points} />
      </section>
      <section aria-labelledby="top-title">
        <h2 id="top-title">الأكثر قراءة في 30 يوماً</h2>
        <ReadsTable
          caption="المقالات الأكثر قراءة"
          nameLabel="المقال"
          empty="لا قراءات محسوبة في آخر 30 يوماً."
          rows={pieces.map((p) => ({ ...p, name: p.title, href: `/admin/stats/${p.id}`, extra: p.sectionName }))}
        />
      </section>
      <section aria-labelledby="sections-title">
        <h2 id="sections-title">حسب القسم</h2>
        <ReadsTable caption="القراءات حسب القسم" nameLabel="القسم" empty="لا قراءات محسوبة." rows={sections} />
      </section>
      <section aria-labelledby="authors-title">
        <h2 id="authors-title">حسب الكاتب</h2>
        <p className="hint">المقال المشترك يُحسب كاملاً لكل من كتّابه.</p>
        <ReadsTable caption="القراءات حسب الكاتب" nameLabel="الكاتب" empty="لا قراءات محسوبة لمقالات موقّعة." rows={authors} />
      </section>
    </>
  );
}

function Card({ label, value }: { label: string; value: number }) {
  return (
    <div className="card stats-card">
      <p className="stats-label">{label}</p>
      <p className="stats-value">{value}</p>
    </div>
  );
}
