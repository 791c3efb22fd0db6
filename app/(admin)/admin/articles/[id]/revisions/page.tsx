import Link from "next/link";
import { notFound } from "next/navigation";
import { db } from "@/lib/db";
import { revisionChanges } from "@/lib/articles/revision-changes";
import { getRevision, listRevisions, revisionNames } from "@/lib/articles/revisions";
import { RevisionDiff } from "@/components/admin/revision-diff";
import { parseArticleId } from "@/lib/articles/urls";
import { deny, pagePermission } from "@/lib/auth/page-guard";
import { can } from "@/lib/auth/permissions";
import { formatArabicDateTime } from "@/lib/dates/format";
import { restoreRevisionFormAction } from "../../actions";
import { RestoreButton } from "./restore-button.client";

const KIND: Record<string, string> = { save: "حفظ", autosave: "حفظ تلقائي", restore: "استعادة", create: "إنشاء" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ a?: string; b?: string; restore?: string; restored?: string; "restore-failed"?: string }> };

export default async function RevisionsPage({ params, searchParams }: Props) {
  const user = await pagePermission("article:revisions");
  const id = parseArticleId((await params).id);
  if (!id) notFound();
  const article = await db.article.findUnique({ where: { id }, select: { title: true, createdById: true } });
  if (!article) notFound();
  if (!can(user, "article:revisions", { ownerId: article.createdById })) deny();
  const revisions = await listRevisions(id);
  const sp = await searchParams;
  const [a, b] = await Promise.all([Number(sp.a) ? getRevision(id, Number(sp.a)) : null, Number(sp.b) ? getRevision(id, Number(sp.b)) : null]);
  // Without JavaScript, «استعادة» is a link to this second step (with JavaScript, a dialog).
  const toRestore = Number(sp.restore) ? revisions.find((r) => r.id === Number(sp.restore)) : undefined;
  const changes = a && b ? revisionChanges({ ...a.snapshot, title: a.title }, { ...b.snapshot, title: b.title }, await revisionNames([a.snapshot, b.snapshot])) : null;
  return (
    <>
      <h1>النسخ السابقة: {article.title}</h1>
      <p>
        <Link href={`/admin/articles/${id}`}>العودة إلى المحرر</Link>
      </p>
      {sp.restored && (
        <p className="notice" role="status">
          استُعيدت النسخة.
        </p>
      )}
      {sp["restore-failed"] && (
        <p className="form-error" role="alert">
          تعذّرت استعادة النسخة: ربما تغيّر المقال أو لم تعد النسخة صالحة. حاول مرة أخرى.
        </p>
      )}
      {toRestore && (
        <form action={restoreRevisionFormAction as unknown as (f: FormData) => Promise<void>} className="confirm-panel" id="confirm-restore">
          <p>ستحلّ النسخة {toRestore.version} محل النص الحالي للمقال. يبقى النص الحالي في النسخ السابقة ويمكن استعادته.</p>
          <input type="hidden" name="articleId" value={id} />
          <input type="hidden" name="revisionId" value={toRestore.id} />
          <button type="submit">نعم، استعد النسخة {toRestore.version}</button>{" "}
          <Link href={`/admin/articles/${id}/revisions`}>تراجع</Link>
        </form>
      )}
      {revisions.length === 0 && <p className="hint">لا نسخ سابقة بعد: تُحفظ نسخة مع كل حفظ للمقال.</p>}
      {revisions.length > 0 && (
        <form method="get" className="revisions-form">
          <table className="table">
            <thead>
              <tr>
                <th>من</th>
                <th>إلى</th>
                <th>النسخة</th>
                <th>النوع</th>
                <th>بواسطة</th>
                <th>الوقت</th>
                <th></th>
              </tr>
            </thead>
            <tbody>
              {revisions.map((r) => (
                <tr key={r.id}>
                  <td data-label="من">
                    <input type="radio" name="a" value={r.id} defaultChecked={Number(sp.a) === r.id} aria-label={`من النسخة ${r.version}`} />
                  </td>
                  <td data-label="إلى">
                    <input type="radio" name="b" value={r.id} defaultChecked={Number(sp.b) === r.id} aria-label={`إلى النسخة ${r.version}`} />
                  </td>
                  <td data-label="النسخة">{r.version}</td>
                  <td data-label="النوع">{KIND[r.kind] ?? r.kind}</td>
                  <td data-label="بواسطة">{r.user?.name ?? "—"}</td>
                  <td data-label="الوقت">{formatArabicDateTime(r.createdAt)}</td>
                  <td>
                    <RestoreButton articleId={id} revisionId={r.id} version={r.version} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {revisions.length > 1 && <button type="submit">قارن بين النسختين المحددتين</button>}
        </form>
      )}
      {a && b && changes && (
        <section aria-labelledby="diff-title">
          <h2 id="diff-title">الفرق بين النسختين</h2>
          <p className="hint">
            من النسخة {a.version} ({formatArabicDateTime(a.createdAt)}) إلى النسخة {b.version} ({formatArabicDateTime(b.createdAt)})
          </p>
          <RevisionDiff changes={changes} />
        </section>
      )}
    </>
  );
}
