import Link from "next/link";
import { notFound } from "next/navigation";
import { ArticleEditor } from "../article-editor.client";
import { editorOptions, getArticleForEdit, STATUS_LABELS, tagNamesForEditor } from "@/lib/articles/admin-queries";
import { mayEdit } from "@/lib/articles/mutations";
import { parseArticleId } from "@/lib/articles/urls";
import { deny, pagePermission } from "@/lib/auth/page-guard";
import { siteOrigin } from "@/lib/http/site-url";
import { can } from "@/lib/auth/permissions";
import { formatArabicDateTime } from "@/lib/dates/format";
import { toEditorArticle } from "@/lib/articles/editor-fields";

export default async function EditArticlePage({ params }: { params: Promise<{ id: string }> }) {
  const user = await pagePermission("article:edit");
  const id = parseArticleId((await params).id);
  if (!id) notFound();
  const a = await getArticleForEdit(id);
  if (!a) notFound();
  if (!mayEdit(user, a)) deny();
  const owner = { ownerId: a.createdById };
  const status = a.status;
  const permissions = {
    edit: true,
    submit: status === "draft" && can(user, "article:submit", owner),
    publish: ["draft", "in_review", "scheduled"].includes(status) && can(user, "article:publish", owner),
    schedule: ["draft", "in_review", "scheduled"].includes(status) && can(user, "article:schedule", owner),
    unpublish: ["published", "scheduled"].includes(status) && can(user, "article:unpublish", owner),
    archive: status !== "archived" && can(user, "article:archive", owner),
    revisions: can(user, "article:revisions", owner),
  };
  const [options, tagNames] = await Promise.all([editorOptions(), tagNamesForEditor()]);
  return (
    <>
      <h1>تحرير المقال</h1>
      <p>
        الحالة: <span className="status">{STATUS_LABELS[status]}</span>
        {a.status === "scheduled" && a.publishAt && <> — يُنشر في {formatArabicDateTime(a.publishAt)}</>}
        {" · "}
        <Link href={`/admin/articles/${a.id}/preview`}>معاينة</Link>
        {permissions.revisions && (
          <>
            {" · "}
            <Link href={`/admin/articles/${a.id}/revisions`}>النسخ السابقة</Link>
          </>
        )}
        {/* Live coverage (decision 192): published pieces, editors and admins. */}
        {status === "published" && can(user, "live:manage") && (
          <>
            {" · "}
            <Link href={`/admin/articles/${a.id}/live`}>التغطية المباشرة</Link>
          </>
        )}
        {status === "published" && can(user, "correction:manage") && (
          <>
            {" · "}
            <Link href={`/admin/articles/${a.id}/corrections`}>التصحيحات</Link>
          </>
        )}
        {can(user, "stats:view") && (
          <>
            {" · "}
            <Link href={`/admin/stats/${a.id}`}>القراءات</Link>
          </>
        )}
      </p>
      <ArticleEditor
        options={options}
        tagNames={tagNames} siteHost={new URL(siteOrigin()).host}
        can={permissions}
        article={toEditorArticle(a)}
      />
    </>
  );
}
