import Link from "next/link";
import { AdminPager } from "@/components/admin/admin-pager";
import { EntityForm, type FieldDef } from "@/components/admin/entity-form.client";
import { counted, PIECES, TAGS } from "@/lib/arabic/plural";
import { tagPath } from "@/lib/articles/urls";
import { pagePermission } from "@/lib/auth/page-guard";
import { getAdminTag, listTagsForAdmin, similarTags, type AdminTagRow } from "@/lib/tags/admin";
import { deleteTagAction, mergeTagAction, saveTagAction } from "./actions";
import { tagsScreenPath } from "./paths";
import { TagStepForm } from "./tag-step-form.client";

const FIELDS: FieldDef[] = [
  { name: "name", label: "الاسم" },
  { name: "slug", label: "الرابط المختصر", dir: "ltr" },
];

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };
const one = (v: string | string[] | undefined) => (typeof v === "string" ? v : undefined);

export default async function TagsPage({ searchParams }: Props) {
  await pagePermission("taxonomy:manage");
  const sp = await searchParams;
  const q = (one(sp.q) ?? "").trim().slice(0, 200);
  const pageWanted = Number(one(sp.page)) || 1;
  const act = one(sp.act);
  const stepId = Number(one(sp.id)) || 0;
  const { rows, total, page, pages } = await listTagsForAdmin({ q, page: pageWanted });
  const here = { q: q || undefined, page };
  const step = (act === "rename" || act === "merge" || act === "delete") && stepId > 0 ? await getAdminTag(stepId) : null;
  const done = one(sp.done);
  const doneName = one(sp.name) ?? "";
  return (
    <>
      <h1>الوسوم</h1>
      {done === "merge" && (
        <p className="notice" role="status">
          دُمج «{doneName}» في «{one(sp.into) ?? ""}».
        </p>
      )}
      {done === "delete" && (
        <p className="notice" role="status">
          حُذف الوسم «{doneName}».
        </p>
      )}
      {step && act && <Step act={act} tag={step} here={here} />}
      {act && stepId > 0 && !step && <p className="form-error">الوسم غير موجود، ربما حُذف أو دُمج في وسم آخر.</p>}

      <form method="get" action="/admin/tags" role="search" aria-label="البحث في الوسوم" className="filters">
        <label className="field">
          <span>ابحث في الوسوم</span>
          <input type="search" name="q" defaultValue={q} autoComplete="off" />
        </label>
        <button type="submit">بحث</button>
        {q && <Link href="/admin/tags">كل الوسوم</Link>}
      </form>
      <p>
        {counted(total, TAGS)}
        {q ? ` تطابق «${q}»` : ""}
      </p>
      {rows.length === 0 ? (
        <p className="hint">{q ? "لا وسوم تطابق البحث." : "لا وسوم بعد."}</p>
      ) : (
        <table className="table tags-table" aria-label="الوسوم">
          <thead>
            <tr>
              <th>الوسم</th>
              <th>الرابط المختصر</th>
              <th>المقالات</th>
              <th>إجراءات</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((t) => (
              <tr key={t.id} aria-current={step?.id === t.id ? "true" : undefined}>
                <td data-label="الوسم">{t.name}</td>
                <td data-label="الرابط المختصر" dir="ltr">
                  <a href={tagPath(t.slug)}>{t.slug}</a>
                </td>
                <td data-label="المقالات">{counted(t.pieces, PIECES)}</td>
                <td>
                  <span className="tag-actions">
                    <Link href={tagsScreenPath({ ...here, act: "rename", id: t.id })} aria-label={`تعديل ${t.name}`}>
                      تعديل
                    </Link>
                    <Link href={tagsScreenPath({ ...here, act: "merge", id: t.id })} aria-label={`دمج ${t.name}`}>
                      دمج
                    </Link>
                    {t.pieces === 0 ? (
                      <Link href={tagsScreenPath({ ...here, act: "delete", id: t.id })} aria-label={`حذف ${t.name}`}>
                        حذف
                      </Link>
                    ) : (
                      <span className="hint">لا يُحذف: مستعمل</span>
                    )}
                  </span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {pages > 1 && <AdminPager page={page} pages={pages} href={(p) => tagsScreenPath({ q: q || undefined, page: p })} label="صفحات الوسوم" />}

      <h2>وسم جديد</h2>
      <EntityForm action={saveTagAction} fields={FIELDS} submitLabel="إضافة" title="وسم جديد" />
    </>
  );
}

/** The open step for one tag: rename, or the confirmation of a merge or a delete. */
async function Step({ act, tag, here }: { act: string; tag: AdminTagRow; here: { q?: string; page: number } }) {
  const cancel = tagsScreenPath(here);
  const suggestions = act === "merge" ? await similarTags(tag) : [];
  return (
    <section id="tag-step" className="tag-step-section" aria-label={`الوسم ${tag.name}`}>
      {act === "rename" && (
        <>
          <h2>تعديل الوسم «{tag.name}»</h2>
          <p className="hint">تغيير الرابط المختصر يُبقي الرابط القديم محوَّلاً إلى الجديد.</p>
          <EntityForm key={tag.id} action={saveTagAction} fields={FIELDS} values={tag} hidden={{ id: tag.id }} submitLabel="حفظ" title={`تعديل ${tag.name}`} />
          <Link href={cancel}>إغلاق</Link>
        </>
      )}
      {act === "merge" && (
        <>
          <h2>دمج الوسم «{tag.name}»</h2>
          <TagStepForm
            key={tag.id}
            action={mergeTagAction}
            title={`دمج ${tag.name}`}
            hidden={{ id: tag.id, q: here.q, page: here.page > 1 ? here.page : undefined }}
            question={
              <>
                ستُنقل {counted(tag.pieces, PIECES)} من «{tag.name}» إلى الوسم الذي تكتبه أدناه (المقالة التي تحمل الوسمين تبقى بوسم واحد)، ثم يُحذف «{tag.name}» ويُحوَّل
                رابطه <bdi dir="ltr">{tagPath(tag.slug)}</bdi> إلى رابط ذلك الوسم. لا يمكن التراجع عن الدمج.
              </>
            }
            intoField={{ label: "ادمجه في الوسم", hint: "اكتب اسم الوسم الذي يبقى أو رابطه المختصر؛ تُقترح الوسوم المتشابهة.", suggestions }}
            confirmLabel="نعم، ادمج الوسمين"
            cancelHref={cancel}
          />
        </>
      )}
      {act === "delete" && (
        <>
          <h2>حذف الوسم «{tag.name}»</h2>
          {tag.pieces > 0 ? (
            <p className="form-error">
              لا يُحذف وسم مستعمل في {counted(tag.pieces, PIECES)}: <Link href={tagsScreenPath({ ...here, act: "merge", id: tag.id })}>ادمجه في وسم آخر</Link> بدلاً من حذفه.
            </p>
          ) : (
            <TagStepForm
              key={tag.id}
              action={deleteTagAction}
              title={`حذف ${tag.name}`}
              hidden={{ id: tag.id, q: here.q, page: here.page > 1 ? here.page : undefined }}
              question={`سيُحذف الوسم «${tag.name}» نهائياً، ولا تحمله أي مقالة. لا يمكن التراجع عن الحذف.`}
              confirmLabel="نعم، احذف الوسم"
              cancelHref={cancel}
            />
          )}
        </>
      )}
    </section>
  );
}
