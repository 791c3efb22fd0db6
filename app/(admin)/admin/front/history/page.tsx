import Link from "next/link";
import { AdminPager } from "@/components/admin/admin-pager";
import { pagePermission } from "@/lib/auth/page-guard";
import { formatArabicDateTime } from "@/lib/dates/format";
import { arrangementHistory, HISTORY_PAGE, piecesByIds } from "@/lib/front/queries";
import { RestoreFrontButton } from "../restore-button.client";

export const metadata = { title: "سجل ترتيبات الصفحة الأولى" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Every published arrangement, newest first: who, when, its lead; any can be restored. */
export default async function FrontHistoryPage({ searchParams }: Props) {
  await pagePermission("front:arrange", "/admin/front/history");
  const sp = await searchParams;
  const page = Math.max(1, Math.min(10_000, Number(typeof sp.page === "string" ? sp.page : 1) || 1));
  const { rows, total } = await arrangementHistory(page);
  const leads = await piecesByIds(rows.flatMap((r) => (r.slots.lead ? [r.slots.lead] : [])));
  const pages = Math.max(1, Math.ceil(total / HISTORY_PAGE));
  return (
    <>
      <h1>سجل ترتيبات الصفحة الأولى</h1>
      <p>
        <Link href="/admin/front">عُد إلى ترتيب الصفحة الأولى</Link>
      </p>
      {sp.done === "restore" && (
        <p className="notice" role="status">
          استُعيد الترتيب ونُشر: يراه القرّاء الآن.
        </p>
      )}
      {rows.length === 0 ? (
        <p className="hint">لم يُنشر أي ترتيب بعد: الصفحة الأولى تلقائية.</p>
      ) : (
        <table className="table front-history" aria-label="الترتيبات المنشورة">
          <thead>
            <tr>
              <th>نُشر في</th>
              <th>نشره</th>
              <th>الخبر الرئيسي</th>
              <th>إجراءات</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => {
              const when = formatArabicDateTime(r.publishedAt ?? r.createdAt);
              const lead = r.slots.lead ? leads.get(r.slots.lead)?.title ?? `القطعة رقم ${r.slots.lead}` : "تلقائي";
              return (
                <tr key={r.id} aria-current={r.status === "published" ? "true" : undefined}>
                  <td data-label="نُشر في">
                    {when}
                    {r.status === "published" && <span className="status"> المنشور الآن</span>}
                    {r.restoredFromId && <small className="muted"> (استعادة)</small>}
                  </td>
                  <td data-label="نشره">{r.publishedBy ?? "النظام (مجدول)"}</td>
                  <td data-label="الخبر الرئيسي">{lead}</td>
                  <td className="staff-actions">
                    <Link href={`/admin/front/preview/${r.id}`} aria-label={`عاين ترتيب ${when}`}>
                      عاين
                    </Link>
                    {r.status !== "published" && <RestoreFrontButton id={r.id} when={when} />}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <AdminPager page={page} pages={pages} href={(p) => `/admin/front/history?page=${p}`} />
    </>
  );
}
