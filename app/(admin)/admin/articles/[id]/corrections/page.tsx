import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { articlePath, parseArticleId } from "@/lib/articles/urls";
import { isPublic } from "@/lib/articles/visibility";
import { pagePermission } from "@/lib/auth/page-guard";
import { getArticleForCorrections, getCorrectionsForStaff, type StaffCorrection } from "@/lib/corrections/queries";
import { ONLY_PUBLISHED } from "@/lib/corrections/rules";
import { PLACEMENT_LABELS, type Placement } from "@/lib/corrections/schema";
import { formatArabicDateTime } from "@/lib/dates/format";
import { addCorrectionAction, editCorrectionAction, withdrawCorrectionAction } from "./actions";
import { CorrectionForm } from "./correction-form.client";

export const metadata: Metadata = { title: "تصحيحات المقال" };
export const dynamic = "force-dynamic";

const placementLabel = (p: string) => PLACEMENT_LABELS[(p === "start" ? "start" : "end") as Placement];
const When = ({ at }: { at: Date }) => <time dateTime={at.toISOString()}>{formatArabicDateTime(at)}</time>;

export default async function CorrectionsAdminPage({ params }: { params: Promise<{ id: string }> }) {
  const id = parseArticleId((await params).id);
  await pagePermission("correction:manage", id ? `/admin/articles/${id}/corrections` : undefined);
  if (!id) notFound();
  const article = await getArticleForCorrections(id);
  if (!article) notFound();
  const corrections = await getCorrectionsForStaff(id);
  const live = isPublic(article);
  return (
    <>
      <h1>تصحيحات: {article.title}</h1>
      <p>
        <Link href={`/admin/articles/${id}`}>العودة إلى المحرر</Link>
        {live && (
          <>
            {" · "}
            <Link href={articlePath(article)}>المقال كما يراه القراء</Link>
          </>
        )}
        {" · "}
        <Link href="/admin/corrections">كل التصحيحات</Link>
      </p>
      <p className="hint">
        يظهر التصحيح للقراء في مربع «تصحيح:» على المقال، مع وقته، وفي صفحة التصحيحات، ويُحدَّث به «آخر تحديث» للمقال. لا يُحذف تصحيح: كل تعديل يحفظ النسخة
        السابقة ويرى القراء أنه عُدّل، والتصحيح الخاطئ يُسحب بسبب يبقى مسجلاً هنا.
      </p>
      <h2>تصحيح جديد</h2>
      {live ? (
        <CorrectionForm action={addCorrectionAction} mode="add" hidden={{ articleId: id }} label="تصحيح جديد" idPrefix="new" />
      ) : (
        <p className="notice" role="status">
          {ONLY_PUBLISHED}
        </p>
      )}
      <h2>تصحيحات المقال</h2>
      {corrections.length === 0 ? (
        <p>لا تصحيحات على هذا المقال.</p>
      ) : (
        <ol className="correction-admin-list" reversed>
          {corrections.map((c) => (
            <CorrectionItem key={c.id} c={c} />
          ))}
        </ol>
      )}
    </>
  );
}

function CorrectionItem({ c }: { c: StaffCorrection }) {
  const withdrawn = !!c.withdrawnAt;
  return (
    <li className={`correction-admin${withdrawn ? " is-withdrawn" : ""}`} id={`correction-${c.id}`} data-testid={`correction-${c.id}`}>
      <p className="correction-admin-text">
        <strong>تصحيح:</strong> {c.text}
      </p>
      <p className="muted">
        {withdrawn ? <span className="status">مسحوب</span> : <span className="status">ظاهر للقراء</span>} · {placementLabel(c.placement)} · أضافه {c.createdBy?.name ?? "حساب محذوف"}{" "}
        في <When at={c.createdAt} />
        {c.editedAt && (
          <>
            {" "}
            · عُدّل في <When at={c.editedAt} />
          </>
        )}
      </p>
      {withdrawn && (
        <p className="correction-withdrawn" role="note">
          سحبه {c.withdrawnBy?.name ?? "حساب محذوف"} في <When at={c.withdrawnAt!} />. السبب: {c.withdrawReason}
        </p>
      )}
      <details className="correction-history">
        <summary>سجل النسخ ({c.revisions.length})</summary>
        <ol reversed>
          {c.revisions.map((r, i) => (
            <li key={r.id}>
              <p>{r.text}</p>
              <p className="muted">
                {i === 0 ? "النسخة الحالية" : "نسخة سابقة"} · {placementLabel(r.placement)} · كتبها {r.editedBy?.name ?? "حساب محذوف"} في <When at={r.createdAt} />
              </p>
            </li>
          ))}
        </ol>
      </details>
      {!withdrawn && (
        <>
          <details className="correction-tool">
            <summary>عدّل التصحيح</summary>
            <CorrectionForm
              action={editCorrectionAction}
              mode="edit"
              hidden={{ id: c.id }}
              values={{ text: c.text, placement: c.placement }}
              label={`تعديل التصحيح ${c.id}`}
              idPrefix={`edit-${c.id}`}
            />
          </details>
          <details className="correction-tool">
            <summary>اسحب التصحيح</summary>
            <p className="hint">للتصحيح الذي نُشر خطأً فقط (على مقال آخر مثلاً). يختفي من صفحات القراء ويبقى هنا مع سببه.</p>
            <CorrectionForm action={withdrawCorrectionAction} mode="withdraw" hidden={{ id: c.id }} label={`سحب التصحيح ${c.id}`} idPrefix={`withdraw-${c.id}`} />
          </details>
        </>
      )}
    </li>
  );
}
