import Link from "next/link";

/**
 * Page links for listings: base path + "/page/N" (page 1 is the base path itself), or
 * any other scheme through `hrefFor` (search uses ?q=…&page=N).
 */
export function Pager({ basePath, page, pages, hrefFor }: { basePath: string; page: number; pages: number; hrefFor?: (n: number) => string }) {
  if (pages <= 1) return null;
  const href = hrefFor ?? ((n: number) => (n === 1 ? basePath : `${basePath}/page/${n}`));
  const shown = [...new Set([1, page - 2, page - 1, page, page + 1, page + 2, pages])].filter((n) => n >= 1 && n <= pages).sort((a, b) => a - b);
  return (
    <nav aria-label="الصفحات">
      <ul className="pager">
        {page > 1 && (
          <li>
            <Link href={href(page - 1)} rel="prev">
              السابق
            </Link>
          </li>
        )}
        {shown.map((n) => (
          <li key={n}>
            {n === page ? (
              <span aria-current="page">{n}</span>
            ) : (
              <Link href={href(n)}>{n}</Link>
            )}
          </li>
        ))}
        {page < pages && (
          <li>
            <Link href={href(page + 1)} rel="next">
              التالي
            </Link>
          </li>
        )}
      </ul>
    </nav>
  );
}
