import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { HomeView } from "@/components/site/home-view";
import { getMostRead } from "@/lib/articles/most-read";
import { getLatest } from "@/lib/articles/queries";
import { pagePermission } from "@/lib/auth/page-guard";
import { formatArabicDateTime } from "@/lib/dates/format";
import { arrangementById } from "@/lib/front/queries";
import { resolveHome } from "@/lib/front/resolve";
import { idSegment } from "@/lib/http/params";
import { getSiteSettings } from "@/lib/settings/queries";

export const metadata: Metadata = { title: "معاينة الصفحة الأولى", robots: { index: false, follow: false } };

const STATUS = { draft: "مسودة", scheduled: "مجدول", published: "المنشور الآن", superseded: "ترتيب سابق" } as const;

/**
 * An arrangement (a draft, a scheduled one, one from the history) rendered by the readers' own
 * home-page components with the same rules, fresh from the database: exactly what readers
 * would get if it were published now. Editors and admins only; never indexed.
 */
export default async function FrontPreviewPage({ params }: { params: Promise<{ id: string }> }) {
  await pagePermission("front:arrange");
  const id = idSegment((await params).id);
  const arrangement = id === null ? null : await arrangementById(id);
  if (!arrangement) notFound();
  const [home, latest, mostRead, settings] = await Promise.all([resolveHome(arrangement.slots), getLatest(6), getMostRead(5), getSiteSettings()]);
  return (
    <div className="preview-frame">
      <p className="notice" role="status">
        معاينة ({STATUS[arrangement.status]}
        {arrangement.status === "scheduled" && arrangement.publishAt ? `، يُنشر في ${formatArabicDateTime(arrangement.publishAt)}` : ""}): هكذا سيرى القرّاء الصفحة الأولى بهذا الترتيب الآن.{" "}
        <Link href="/admin/front">عُد إلى الترتيب</Link>
      </p>
      <div className="container front-preview">
        <HomeView home={home} latest={latest} mostRead={mostRead} siteName={settings.siteName} />
      </div>
    </div>
  );
}
