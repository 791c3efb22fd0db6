import Link from "next/link";
import { notFound } from "next/navigation";
import { AdminPager } from "@/components/admin/admin-pager";
import { pageLink } from "@/components/admin/filter-select";
import { parsePage } from "@/lib/articles/urls";
import { kindOptions } from "@/lib/audit/kinds";
import { listAudit } from "@/lib/audit/queries";
import { parseAuditFilters } from "@/lib/audit/schema";
import type { Part } from "@/lib/audit/sentence";
import { pagePermission } from "@/lib/auth/page-guard";
import { counted } from "@/lib/arabic/plural";
import { formatArabicDateTime } from "@/lib/dates/format";

// The audit log (issue 12, point 5; decision 140): who did what, as Arabic sentences with
// links, filtered by person, kind and date with a GET form that works without JavaScript.

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const EVENTS = { zero: "لا أحداث", one: "حدث واحد", two: "حدثان", few: "# أحداث", many: "# حدثاً", other: "# حدث" };

function SentencePart({ part }: { part: Part }) {
  if (typeof part === "string") return part;
  return part.href ? <Link href={part.href}>{part.text}</Link> : part.text;
}

export default async function AuditPage({ searchParams }: Props) {
  await pagePermission("audit:view");
  const sp = await searchParams;
  const page = parsePage(typeof sp.page === "string" ? sp.page : undefined);
  if (!page) notFound();
  const { filters, errors } = parseAuditFilters(sp);
  const r = await listAudit({ ...filters, page });
  const link = (p: number) => pageLink("/admin/audit", filters, p);
  const filtered = Object.keys(filters).length > 0;
  return (
    <>
      <h1>سجل التدقيق</h1>
      <form className="filters audit-filters" method="get" role="search" aria-label="تصفية السجل">
        <label className="field">
          <span>الشخص</span>
          <select name="actor" defaultValue={filters.actor ?? ""} aria-invalid={errors.actor ? true : undefined}>
            <option value="">الجميع</option>
            {r.people.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
          {errors.actor && <span className="field-error">{errors.actor}</span>}
        </label>
        <label className="field">
          <span>نوع الحدث</span>
          <select name="kind" defaultValue={filters.kind ?? ""} aria-invalid={errors.kind ? true : undefined}>
            <option value="">كل الأحداث</option>
            {kindOptions().map((g) => (
              <optgroup key={g.group} label={g.group}>
                {g.options.map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
          {errors.kind && <span className="field-error">{errors.kind}</span>}
        </label>
        <label className="field">
          <span>من تاريخ</span>
          <input type="date" name="from" defaultValue={filters.from ?? ""} aria-invalid={errors.from ? true : undefined} />
          {errors.from && <span className="field-error">{errors.from}</span>}
        </label>
        <label className="field">
          <span>إلى تاريخ</span>
          <input type="date" name="to" defaultValue={filters.to ?? ""} aria-invalid={errors.to ? true : undefined} />
          {errors.to && <span className="field-error">{errors.to}</span>}
        </label>
        <div className="audit-filter-buttons">
          <button type="submit">تصفية</button>
          {filtered && <Link href="/admin/audit">إزالة التصفية</Link>}
        </div>
      </form>
      <p className="muted" role="status">
        {r.total === 0 ? "لا أحداث تطابق هذا البحث." : counted(r.total, EVENTS)}
      </p>
      <ol className="audit-list">
        {r.items.map((e) => (
          <li key={e.id} className="audit-entry">
            <p className="audit-sentence">
              {e.sentence.parts.map((p, i) => (
                <SentencePart key={i} part={p} />
              ))}
            </p>
            {e.sentence.details.length > 0 && (
              <ul className="audit-details">
                {e.sentence.details.map((d) => (
                  <li key={d}>{d}</li>
                ))}
              </ul>
            )}
            <time dateTime={e.createdAt.toISOString()} className="muted">
              {formatArabicDateTime(e.createdAt)}
            </time>
          </li>
        ))}
      </ol>
      {r.pages > 1 && <AdminPager page={page} pages={r.pages} href={link} label="صفحات السجل" />}
    </>
  );
}
