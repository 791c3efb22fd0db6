import { MAX_QUERY_CHARS } from "@/lib/search/query";
import { SORTS, type SearchParams } from "@/lib/search/schema";

type Section = { slug: string; name: string };

/**
 * The search form: words, section, date range (Baghdad days) and order, all sent as GET
 * parameters by the one «بحث» button, so it works without JavaScript. Wraps on phones.
 */
export function SearchFilters({ params, sections }: { params: SearchParams; sections: Section[] }) {
  return (
    <form className="search-page-form" role="search" aria-label="البحث وتصفية النتائج" action="/search" method="get">
      <label htmlFor="search-page-q">ابحث في الأخبار والمقالات</label>
      <div className="search-page-query">
        <input id="search-page-q" name="q" type="search" defaultValue={params.q} maxLength={MAX_QUERY_CHARS} />
        <button type="submit" className="btn">
          بحث
        </button>
      </div>
      <fieldset className="search-filters">
        <legend>تصفية النتائج</legend>
        <label>
          <span>القسم</span>
          <select name="section" defaultValue={params.section ?? ""}>
            <option value="">كل الأقسام</option>
            {sections.map((s) => (
              <option key={s.slug} value={s.slug}>
                {s.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>من تاريخ</span>
          <input type="date" name="from" defaultValue={params.from ?? ""} min="1900-01-01" max="2200-12-31" />
        </label>
        <label>
          <span>إلى تاريخ</span>
          <input type="date" name="to" defaultValue={params.to ?? ""} min="1900-01-01" max="2200-12-31" />
        </label>
        <label>
          <span>الترتيب</span>
          <select name="sort" defaultValue={params.sort}>
            {Object.entries(SORTS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </label>
      </fieldset>
    </form>
  );
}
