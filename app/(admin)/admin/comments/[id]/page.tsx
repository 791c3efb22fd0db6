import type { Metadata } from "next";
import Link from "next/link";
import { idSegment } from "@/lib/http/params";
import { notFound } from "next/navigation";
import { articlePath } from "@/lib/articles/urls";
import { getCommentDetail } from "@/lib/comments/moderation";
import { DECISIONS, DECISION_LABELS } from "@/lib/comments/moderation-schema";
import { CommentContext, reasonLabel, statusLabel } from "@/components/admin/comments/comment-context";
import { formatArabicDateTime } from "@/lib/dates/format";
import { blockCommenter, moderateComments, setArticleCommentPolicy } from "../actions";
import { ActionForm } from "../action-form.client";
import { Forbidden } from "../guard";
import { pagePermissionOrNull } from "@/lib/auth/page-guard";
import { can } from "@/lib/auth/permissions";

export const metadata: Metadata = { title: "تعليق" };


type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/** One comment: its context, reports, the same client's other comments, its history, and blocks. */
export default async function CommentDetailPage({ params, searchParams }: Props) {
  const raw = (await params).id;
  const id = idSegment(raw);
  const user = await pagePermissionOrNull("comment:moderate", `/admin/comments/${id ?? ""}`);
  if (!user) return <Forbidden />;
  const c = id ? await getCommentDetail(id) : null;
  if (!c) notFound();
  const sp = await searchParams;
  return (
    <>
      <p>
        <Link href="/admin/comments">→ العودة إلى الطوابير</Link>
      </p>
      <h1>
        تعليق <bdi>{c.authorName}</bdi>
      </h1>
      {typeof sp.error === "string" && <p className="form-error" role="alert">{sp.error}</p>}
      {sp.blocked && <p className="notice" role="status">تم الحظر.</p>}
      {sp.done && <p className="notice" role="status">تم حفظ القرار.</p>}
      <p className="hint">
        {statusLabel(c.flagged ? "reported" : c.status)} — {formatArabicDateTime(c.createdAt)} — على:{" "}
        <Link href={articlePath(c.article)}>{c.article.title}</Link>
      </p>
      <CommentContext comment={c} />
      {c.reports.length > 0 && (
        <>
          <h2>البلاغات ({c.reports.length})</h2>
          <ul>
            {c.reports.map((r, i) => (
              <li key={i}>
                {reasonLabel(r.reason)} — {formatArabicDateTime(r.createdAt)}
              </li>
            ))}
          </ul>
        </>
      )}
      <ActionForm action={moderateComments} className="moderation-actions">
        <input type="hidden" name="back" value={`/admin/comments/${c.id}`} />
        <label>
          السبب (اختياري) <input name="reason" maxLength={500} />
        </label>
        {DECISIONS.map((d) => (
          <button key={d} type="submit" name="op" value={`${d}:${c.id}`} className={d === "approve" ? undefined : "secondary"}>
            {DECISION_LABELS[d]}
          </button>
        ))}
      </ActionForm>

      <h2>السجل</h2>
      <ol className="moderation-history">
        {c.events.map((e) => (
          <li key={e.id}>
            {formatArabicDateTime(e.createdAt)} — {e.actor?.name ?? "النظام"}: {statusLabel(e.fromStatus)} ← {statusLabel(e.toStatus)}
            {e.reason ? ` (${e.reason})` : ""}
          </li>
        ))}
      </ol>

      <h2>تعليقات أخرى من العميل نفسه</h2>
      {c.others.length === 0 ? (
        <p className="hint">لا توجد.</p>
      ) : (
        <ul>
          {c.others.map((o) => (
            <li key={o.id}>
              <Link href={`/admin/comments/${o.id}`}>{o.body.slice(0, 100)}</Link> — {statusLabel(o.status)}، {formatArabicDateTime(o.createdAt)}
            </li>
          ))}
        </ul>
      )}

      {can(user, "comment:settings") && (
        <>
          <h2>سياسة الإشراف على هذه المادة</h2>
          <ActionForm action={setArticleCommentPolicy} className="filters">
            <input type="hidden" name="articleId" value={c.article.id} />
            <label className="field">
              <span>السياسة</span>
              <select name="policy" defaultValue={c.article.commentPolicy ?? "default"}>
                <option value="default">كإعداد الموقع</option>
                <option value="pre">إشراف مسبق</option>
                <option value="post">إشراف لاحق</option>
              </select>
            </label>
            <button type="submit">احفظ السياسة</button>
          </ActionForm>
        </>
      )}

      <h2>الحظر</h2>
      {c.blocks.map((b) => (
        <p key={b.id} className="hint">
          محظور ({b.kind === "client" ? "العميل" : "الاسم"}) حتى {formatArabicDateTime(b.until)}
        </p>
      ))}
      <ActionForm action={blockCommenter} className="filters">
        <input type="hidden" name="commentId" value={c.id} />
        <label className="field">
          <span>ما يُحظر</span>
          <select name="kind" defaultValue="client">
            <option value="client">هذا العميل (بصمة العنوان)</option>
            <option value="name">هذا الاسم</option>
          </select>
        </label>
        <label className="field">
          <span>المدة</span>
          <select name="days" defaultValue="7">
            <option value="1">يوم</option>
            <option value="7">أسبوع</option>
            <option value="30">شهر</option>
            <option value="365">سنة</option>
          </select>
        </label>
        <label className="field">
          <span>السبب</span>
          <input name="reason" maxLength={500} />
        </label>
        <button type="submit">احظر</button>
      </ActionForm>
    </>
  );
}
