import type { Metadata } from "next";
import Link from "next/link";
import { AdminPager } from "@/components/admin/admin-pager";
import { pagePermission } from "@/lib/auth/page-guard";
import { listCorrectionsForStaff, type StaffFilter } from "@/lib/corrections/queries";
import { PLACEMENT_LABELS, staffListQuery } from "@/lib/corrections/schema";
import { formatArabicDateTime } from "@/lib/dates/format";

export const metadata: Metadata = { title: "التصحيحات" };
export const dynamic = "force-dynamic";

const FILTERS: { value: StaffFilter; label: string }[] = [
  { value: "all", label: "الكل" },
  { value: "live", label: "الظاهرة للقراء" },
  { value: "withdrawn", label: "المسحوبة" },
];

// Every correction of the paper for the desk (decision 196), withdrawn ones with their reason;
// each links to its piece's corrections screen, where they are edited or withdrawn.
export default async function CorrectionsAdminList({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await pagePermission("correction:manage", "/admin/corrections");
  const { show, page } = staffListQuery.parse(await searchParams);
  const { rows, total, pages } = await listCorrectionsForStaff(show, page);
  const href = (p: number, s: StaffFilter = show) => `/admin/corrections?${new URLSearchParams({ ...(s !== "all" ? { show: s } : {}), ...(p > 1 ? { page: String(p) } : {}) })}`;
  return (
    <>
      <h1>التصحيحات</h1>
      <p className="hint">
        كل التصحيحات المنشورة على المقالات، الأحدث أولاً، والمسحوبة منها مع سبب سحبها. يُضاف التصحيح ويُعدّل من صفحة تصحيحات المقال (رابط «التصحيحات» في
        محرره). <Link href="/corrections">صفحة التصحيحات كما يراها القراء</Link>
      </p>
      <nav aria-label="عرض التصحيحات" className="corrections-filter">
        {FILTERS.map((f) =>
          f.value === show ? (
            <span key={f.value} aria-current="page" className="status">
              {f.label}
            </span>
          ) : (
            <Link key={f.value} href={href(1, f.value)}>
              {f.label}
            </Link>
          ),
        )}
      </nav>
      {rows.length === 0 ? (
        <p>لا تصحيحات هنا.</p>
      ) : (
        <table className="table corrections-table">
          <caption className="visually-hidden">التصحيحات ({total})</caption>
          <thead>
            <tr>
              <th scope="col">المقال</th>
              <th scope="col">التصحيح</th>
              <th scope="col">أضافه</th>
              <th scope="col">الحالة</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((c) => (
              <tr key={c.id}>
                <td data-label="المقال">
                  <Link href={`/admin/articles/${c.article.id}/corrections#correction-${c.id}`}>{c.article.title}</Link>
                </td>
                <td data-label="التصحيح">
                  {c.text}
                  <small className="muted">
                    {" "}
                    ({PLACEMENT_LABELS[c.placement === "start" ? "start" : "end"]}
                    {c._count.revisions > 1 ? `، ${c._count.revisions} نسخ` : ""})
                  </small>
                </td>
                <td data-label="أضافه">
                  {c.createdBy?.name ?? "حساب محذوف"}، <time dateTime={c.createdAt.toISOString()}>{formatArabicDateTime(c.createdAt)}</time>
                </td>
                <td data-label="الحالة">
                  {c.withdrawnAt ? (
                    <>
                      مسحوب (<time dateTime={c.withdrawnAt.toISOString()}>{formatArabicDateTime(c.withdrawnAt)}</time>): {c.withdrawReason}
                    </>
                  ) : c.editedAt ? (
                    <>
                      ظاهر، عُدّل في <time dateTime={c.editedAt.toISOString()}>{formatArabicDateTime(c.editedAt)}</time>
                    </>
                  ) : (
                    "ظاهر للقراء"
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <AdminPager page={page} pages={pages} href={(p) => href(p)} />
    </>
  );
}
