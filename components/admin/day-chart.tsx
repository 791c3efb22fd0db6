import { formatDayShort } from "@/lib/stats/format";

/**
 * Reads per day as a bar chart: plain SVG drawn on the server (decision 198), no script and
 * no library. Time runs right to left like the page (the oldest day at the right). The SVG
 * is an image with a title and a description that says what it shows; the same numbers
 * follow in a table (folded) for screen readers and for anyone who wants exact values.
 */
export function DayChart({ id, title, points }: { id: string; title: string; points: { day: string; count: number }[] }) {
  const W = 600;
  const H = 180;
  const top = 16;
  const bottom = 28;
  const max = Math.max(1, ...points.map((p) => p.count));
  const slot = W / Math.max(1, points.length);
  const bar = Math.max(2, slot * 0.7);
  const y = (v: number) => top + (H - top - bottom) * (1 - v / max);
  const total = points.reduce((s, p) => s + p.count, 0);
  const best = points.reduce((b, p) => (p.count > b.count ? p : b), points[0] ?? { day: "", count: 0 });
  const first = points[0];
  const last = points[points.length - 1];
  const desc =
    first && last
      ? `القراءات يومياً من ${formatDayShort(first.day)} إلى ${formatDayShort(last.day)}: المجموع ${total}، وأعلى يوم ${best.count ? `${formatDayShort(best.day)} بـ${best.count}` : "لا قراءات"}، واليوم ${last.count}.`
      : "لا بيانات.";
  return (
    <figure className="day-chart">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby={`${id}-name ${id}-desc`} preserveAspectRatio="none" className="day-chart-svg">
        <title id={`${id}-name`}>{title}</title>
        <desc id={`${id}-desc`}>{desc}</desc>
        <line x1={0} x2={W} y1={H - bottom} y2={H - bottom} className="day-chart-axis" />
        <line x1={0} x2={W} y1={y(max)} y2={y(max)} className="day-chart-grid" />
        {points.map((p, i) => {
          // Right to left: the first (oldest) day at the right edge.
          const x = W - (i + 1) * slot + (slot - bar) / 2;
          const h = H - bottom - y(p.count);
          return <rect key={p.day} x={x} y={y(p.count)} width={bar} height={Math.max(p.count ? 1 : 0, h)} className={i === points.length - 1 ? "day-chart-bar is-today" : "day-chart-bar"} />;
        })}
      </svg>
      <div className="day-chart-scale" aria-hidden="true">
        <span>{first ? formatDayShort(first.day) : ""}</span>
        <span>الأعلى: {max === 1 && best.count === 0 ? 0 : max}</span>
        <span>{last ? formatDayShort(last.day) : ""}</span>
      </div>
      <figcaption>{desc}</figcaption>
      <details className="day-chart-data">
        <summary>الأرقام جدولاً</summary>
        <table className="table day-table">
          <caption className="visually-hidden">{title}</caption>
          <thead>
            <tr>
              <th scope="col">اليوم (بتوقيت بغداد)</th>
              <th scope="col">القراءات</th>
            </tr>
          </thead>
          <tbody>
            {[...points].reverse().map((p) => (
              <tr key={p.day}>
                <td data-label="اليوم">{formatDayShort(p.day)}</td>
                <td data-label="القراءات">{p.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
