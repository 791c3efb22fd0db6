import Link from "next/link";

type Row = { id: number; name: string; href?: string; extra?: string; today: number; week: number; month: number };

/** Reads today / 7 days / 30 days for pieces, sections or authors (a card per row on a phone). */
export function ReadsTable({ caption, nameLabel, rows, empty }: { caption: string; nameLabel: string; rows: Row[]; empty: string }) {
  if (rows.length === 0) return <p className="hint">{empty}</p>;
  return (
    <table className="table reads-table">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{nameLabel}</th>
          <th scope="col">اليوم</th>
          <th scope="col">7 أيام</th>
          <th scope="col">30 يوماً</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.id}>
            <td data-label={nameLabel}>
              {r.href ? <Link href={r.href}>{r.name}</Link> : r.name}
              {r.extra && <small className="muted"> — {r.extra}</small>}
            </td>
            <td data-label="اليوم">{r.today}</td>
            <td data-label="7 أيام">{r.week}</td>
            <td data-label="30 يوماً">{r.month}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
