import Link from "next/link";
import { sectionPath } from "@/lib/articles/urls";
import { getDateline } from "@/lib/dates/today";
import { getSections } from "@/lib/sections/queries";
import { getSiteSettings } from "@/lib/settings/queries";

/** The masthead: the paper's name, search and the sections, `current` marked («home» or a section's slug). */
export async function SiteHeader({ current }: { current?: string }) {
  const [settings, sections, today] = await Promise.all([getSiteSettings(), getSections(), getDateline()]);
  const siteName = settings.siteName;
  const tagline = settings.siteDescription;
  return (
    <header className="masthead" id="top">
      <div className="container masthead-top">
        <div className="masthead-brand">
          <Link href="/" className="brand">
            {settings.logo ? (
              // A logo set in the settings stands for the name; its text alternative is the name.
              // eslint-disable-next-line @next/next/no-img-element -- served as uploaded, sized by CSS
              <img className="brand-logo" src={settings.logo.url} alt={siteName} width={settings.logo.width} height={settings.logo.height} />
            ) : (
              siteName
            )}
            {tagline && <small>{tagline}</small>}
          </Link>
          <p className="masthead-date">
            <time dateTime={today.day}>{today.gregorian}</time>
            <span aria-hidden="true"> | </span>
            <span>{today.hijri}</span>
          </p>
        </div>
        <form className="search-form" role="search" action="/search" method="get">
          <label htmlFor="site-search" className="visually-hidden">
            ابحث في الموقع
          </label>
          <input id="site-search" name="q" type="search" placeholder="ابحث في الأخبار…" autoComplete="off" />
          <button type="submit">بحث</button>
        </form>
      </div>
      <nav className="site-nav" aria-label="الأقسام">
        <ul className="container">
          <li>
            <Link href="/" aria-current={current === "home" ? "page" : undefined}>
              الرئيسية
            </Link>
          </li>
          {sections.map((s) => (
            <li key={s.slug}>
              <Link href={sectionPath(s.slug)} aria-current={current === s.slug ? "page" : undefined}>
                {s.name}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
