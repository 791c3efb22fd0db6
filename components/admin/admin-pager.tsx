import Link from "next/link";

/** "السابق · صفحة N من M · التالي" for the dashboard's lists. */
export function AdminPager({ page, pages, href, label = "الصفحات" }: { page: number; pages: number; href: (page: number) => string; label?: string }) {
  return (
    <nav className="pager" aria-label={label}>
      {page > 1 && <Link href={href(page - 1)}>السابق</Link>}
      <span>
        صفحة {page} من {pages}
      </span>
      {page < pages && <Link href={href(page + 1)}>التالي</Link>}
    </nav>
  );
}
