import { getSections } from "@/lib/sections/queries";
import { getSiteSettings } from "@/lib/settings/queries";
import { getSupplements } from "@/lib/supplements/queries";
import { SiteFooter } from "./site-footer";

/**
 * What every reader page shares around its masthead and content (ReaderPage, rendered by the
 * route layouts): the skip link, the way back to the top and the footer.
 */
export async function SiteChrome({ children }: { children: React.ReactNode }) {
  const [settings, sections, supplements] = await Promise.all([getSiteSettings(), getSections(), getSupplements()]);
  return (
    <>
      {/* Readers' pages need no React in the browser: serve.mjs removes Next's client runtime
          from every page carrying this (scripts/reader-html.mjs, decision 110). */}
      <meta name="midad-runtime" content="none" />
      <a className="skip-link" href="#main">
        تخطَّ إلى المحتوى
      </a>
      {children}
      {/* The paper's "TOP" control: a plain link, so it works without JavaScript. */}
      <a className="to-top" href="#top" aria-label="العودة إلى أعلى الصفحة">
        ↑ <span>الأعلى</span>
      </a>
      <SiteFooter siteName={settings.siteName} sections={sections} supplements={supplements} accounts={settings} />
    </>
  );
}
