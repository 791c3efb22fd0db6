import Link from "next/link";
import { AdminPager } from "@/components/admin/admin-pager";
import { FilterSelect, pageLink } from "@/components/admin/filter-select";
import { notFound } from "next/navigation";
import { editorOptions, listArticles, STATUS_LABELS } from "@/lib/articles/admin-queries";
import { parsePage } from "@/lib/articles/urls";
import { pagePermission } from "@/lib/auth/page-guard";
import { ROLE_PERMISSIONS } from "@/lib/auth/permissions";
import { formatArabicDateTime } from "@/lib/dates/format";
import type { ArticleStatus } from "@/lib/generated/prisma/enums";

type Props = { searchParams: Promise<Record<string, string | undefined>> };

export default async function ArticlesPage({ searchParams }: Props) {
  const user = await pagePermission("article:create");
  const sp = await searchParams;
  const page = parsePage(sp.page);
  if (!page) notFound();
  const status = sp.status && sp.status in STATUS_LABELS ? (sp.status as ArticleStatus) : undefined;
  const filters = { status, sectionId: Number(sp.section) || undefined, authorId: Number(sp.author) || undefined, q: sp.q?.trim() || undefined, page, ownerId: ROLE_PERMISSIONS[user.role]["article:edit"] === "own" ? user.id : undefined };
  const [{ items, total, pages }, opts] = await Promise.all([listArticles(filters), editorOptions()]);
  const link = (p: number) => pageLink("/admin/articles", sp, p);
  return (
    <>
      <h1>المقالات</h1>
      <form className="filters" method="get">
        <FilterSelect label="الحالة" name="status" value={status} options={Object.entries(STATUS_LABELS).map(([k, v]) => ({ value: k, label: v }))} />
        <FilterSelect label="القسم" name="section" value={sp.section} options={opts.sections.map((s) => ({ value: s.id, label: s.name }))} />
        <FilterSelect label="الكاتب" name="author" value={sp.author} options={opts.authors.map((a) => ({ value: a.id, label: a.name }))} />
        <label className="field">
          <span>بحث في العنوان</span>
          <input name="q" defaultValue={sp.q ?? ""} />
        </label>
        <button type="submit">تصفية</button>
      </form>
      <p>{total} مقالاً</p>
      <table className="table">
        <thead>
          <tr>
            <th>العنوان</th>
            <th>الحالة</th>
            <th>القسم</th>
            <th>الكتّاب</th>
            <th>آخر تعديل</th>
          </tr>
        </thead>
        <tbody>
          {items.map((a) => (
            <tr key={a.id}>
              <td>
                <Link href={`/admin/articles/${a.id}`}>{a.title}</Link>
              </td>
              <td data-label="الحالة">
                <span className="status">{STATUS_LABELS[a.status]}</span>
              </td>
              <td data-label="القسم">{a.section.name}</td>
              <td data-label="الكتّاب">{a.authors.map((x) => x.author.name).join("، ")}</td>
              <td data-label="آخر تعديل">{formatArabicDateTime(a.updatedAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <AdminPager page={page} pages={pages} href={link} />
    </>
  );
}
