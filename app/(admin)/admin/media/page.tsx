import Image from "next/image";
import Link from "next/link";
import { AdminPager } from "@/components/admin/admin-pager";
import { counted, IMAGES } from "@/lib/arabic/plural";
import { FilterSelect } from "@/components/admin/filter-select";
import { pagePermission } from "@/lib/auth/page-guard";
import { formatArabicDate } from "@/lib/dates/format";
import { listMedia, mediaMonths, mediaUploaders } from "@/lib/media/queries";
import { mediaListSchema } from "@/lib/media/schema";
import { cropUrl } from "@/lib/media/url";
import { libraryPath, monthLabel } from "./paths";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };
const one = (v: string | string[] | undefined) => (typeof v === "string" ? v : undefined);

export default async function MediaLibraryPage({ searchParams }: Props) {
  await pagePermission("media:upload");
  const sp = await searchParams;
  const query = mediaListSchema.parse({ q: one(sp.q), by: one(sp.by), month: one(sp.month), page: one(sp.page) });
  const [{ items, total, page, pages }, uploaders, months] = await Promise.all([listMedia(query), mediaUploaders(), mediaMonths()]);
  const filtered = Boolean(query.q || query.by || query.month);
  const deleted = one(sp.deleted);
  return (
    <>
      <h1>مكتبة الوسائط</h1>
      {deleted && (
        <p className="notice" role="status">
          حُذفت الصورة «{deleted}» وملفاتها.
        </p>
      )}
      <form method="get" action="/admin/media" role="search" aria-label="البحث في الصور" className="filters">
        <label className="field">
          <span>ابحث في التعليق والنص البديل والمصدر واسم الملف</span>
          <input type="search" name="q" defaultValue={query.q ?? ""} autoComplete="off" />
        </label>
        <FilterSelect label="رفعها" name="by" value={query.by} options={uploaders} />
        <FilterSelect label="الشهر" name="month" value={query.month} options={months.map((m) => ({ value: m, label: monthLabel(m) }))} />
        <button type="submit">بحث</button>
        {filtered && <Link href="/admin/media">كل الصور</Link>}
      </form>
      <p role="status">
        {total > 0 ? `${counted(total, IMAGES)}${query.q ? ` تطابق «${query.q}»` : ""}، الأحدث أولاً.` : filtered ? "لا صور تطابق البحث." : "لا صور بعد."}
      </p>
      {items.length === 0 ? (
        <p className="hint">{filtered ? "جرّب كلمة أخرى أو اعرض كل الصور." : "ارفع صورة من محرر المقالات لتظهر هنا."}</p>
      ) : (
        <ul className="media-grid" aria-label="الصور">
          {items.map((m) => (
            <li key={m.id}>
              <Link href={`/admin/media/${m.id}`} className="media-tile">
                <Image src={cropUrl(m.path, "1x1", m)} alt="" width={240} height={240} sizes="(min-width: 50rem) 12rem, 45vw" />
                <span className="media-tile-text">
                  <span className="media-tile-title">{m.caption || m.alt || m.originalName || "صورة بلا تعليق"}</span>
                  <span className="hint">
                    <bdi dir="ltr">
                      {m.width}×{m.height}
                    </bdi>{" "}
                    · {formatArabicDate(m.createdAt)}
                    {m.uploader ? ` · ${m.uploader}` : ""}
                  </span>
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
      {pages > 1 && <AdminPager page={page} pages={pages} href={(p) => libraryPath({ ...query, page: p })} label="صفحات المكتبة" />}
    </>
  );
}
