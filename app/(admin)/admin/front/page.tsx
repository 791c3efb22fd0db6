import Link from "next/link";
import { EntityForm } from "@/components/admin/entity-form.client";
import { pagePermission } from "@/lib/auth/page-guard";
import { baghdadDay, formatArabicDateTime } from "@/lib/dates/format";
import { draftArrangement, publishedArrangement, scheduledArrangements, searchPieces } from "@/lib/front/queries";
import { EMPTY_SLOTS } from "@/lib/front/schema";
import { getSections } from "@/lib/sections/queries";
import { arrangeFrontAction, unscheduleFrontAction } from "./actions";
import { editorInitial } from "./editor-initial";
import { FrontEditor } from "./front-editor.client";

export const metadata = { title: "الصفحة الأولى" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Arranging the home page (issue 15, decisions 180–183): editors and admins only. */
export default async function FrontPage({ searchParams }: Props) {
  await pagePermission("front:arrange", "/admin/front");
  const sp = await searchParams;
  const q = (typeof sp.q === "string" ? sp.q : "").trim().slice(0, 200);
  const [draft, published, scheduled, sections, found] = await Promise.all([draftArrangement(), publishedArrangement(), scheduledArrangements(), getSections(), q ? searchPieces(q) : null]);
  // The form starts from the working draft, else from what readers see now.
  const base = draft ?? published;
  const initial = await editorInitial(base?.slots ?? EMPTY_SLOTS, sections);
  return (
    <>
      <h1>الصفحة الأولى</h1>
      <p>
        {published ? (
          <>
            المنشور الآن: ترتيب نشره {published.publishedBy ?? "النظام"} في {formatArabicDateTime(published.publishedAt ?? published.createdAt)}.
          </>
        ) : (
          "لا ترتيب منشوراً: الصفحة الأولى تلقائية (الأحدث بصورة)."
        )}{" "}
        <Link href="/admin/front/history">سجل الترتيبات</Link>
        {" · "}
        <Link href="/" target="_blank">
          الصفحة كما يراها القرّاء
        </Link>
      </p>
      {draft && (
        <p className="hint">
          تعمل على مسودة حفظها {draft.createdBy ?? "أحد المحررين"} في {formatArabicDateTime(draft.updatedAt)} ولم تُنشر بعد. <Link href={`/admin/front/preview/${draft.id}`}>عاين المسودة</Link>
        </p>
      )}

      {scheduled.length > 0 && (
        <section aria-labelledby="scheduled-title">
          <h2 id="scheduled-title">ترتيبات مجدولة</h2>
          <ul className="front-scheduled">
            {scheduled.map((s) => (
              <li key={s.id}>
                <span>
                  يُنشر في {formatArabicDateTime(s.publishAt!)} (جدوله {s.createdBy ?? "أحد المحررين"}). <Link href={`/admin/front/preview/${s.id}`}>عاين</Link>
                </span>
                <EntityForm action={unscheduleFrontAction} fields={[]} hidden={{ id: s.id }} submitLabel="ألغِ الجدولة" title={`إلغاء جدولة ترتيب ${formatArabicDateTime(s.publishAt!)}`} />
              </li>
            ))}
          </ul>
        </section>
      )}

      <details className="front-find" open={!!q}>
        <summary>ابحث عن رقم قطعة</summary>
        <form method="get" action="/admin/front" role="search" aria-label="البحث عن قطعة" className="filters">
          <label className="field">
            <span>كلمات من العنوان</span>
            <input type="search" name="q" defaultValue={q} autoComplete="off" />
          </label>
          <button type="submit">بحث</button>
        </form>
        {found && (found.length === 0 ? <p className="hint">لا قطع منشورة بهذه الكلمات في عناوينها.</p> : (
          <ul className="front-found">
            {found.map((p) => (
              <li key={p.id}>
                <strong dir="ltr">{p.id}</strong> {p.title} <small className="muted">({p.sectionName})</small>
              </li>
            ))}
          </ul>
        ))}
      </details>

      <FrontEditor initial={initial} action={arrangeFrontAction} today={baghdadDay(new Date())} />
    </>
  );
}
