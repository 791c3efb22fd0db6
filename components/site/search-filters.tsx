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
        <div>
          <label htmlFor="search-section">القسم</label>
          <select id="search-section" name="section" defaultValue={params.section ?? ""}>
            <option value="">كل الأقسام</option>
            {sections.map((s) => (
              <option key={s.slug} value={s.slug}>
                {s.name}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="search-from">من تاريخ</label>
          <input id="search-from" type="date" name="from" defaultValue={params.from ?? ""} min="1900-01-01" max="2200-12-31" />
        </div>
        <div>
          <label htmlFor="search-to">إلى تاريخ</label>
          <input id="search-to" type="date" name="to" defaultValue={params.to ?? ""} min="1900-01-01" max="2200-12-31" />
        </div>
        <div>
          <label htmlFor="search-sort">الترتيب</label>
          <select id="search-sort" name="sort" defaultValue={params.sort}>
            {Object.entries(SORTS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
      </fieldset>
    </form>
  );
}
