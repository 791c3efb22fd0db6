import { getSections } from "@/lib/sections/queries";
import { getSiteSettings } from "@/lib/settings/queries";
import { getSupplements } from "@/lib/supplements/queries";
import { SiteFooter } from "./site-footer";

/** The text of that script: it runs nothing (the CSP allows it by its hash, scripts/security-headers.mjs). */
export const STYLESHEET_GATE = "/* wait for the stylesheet: decision 200 */";

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
      {/* An inline script holds the parser here until the stylesheet has arrived (decision 200).
          Without it the browser finishes parsing first, and Chromium's form autofill then asks
          for a layout of the whole unstyled page (the search box and comment forms are form
          fields): Arabic text shaped once for nothing, the most expensive work of the load. */}
      <script dangerouslySetInnerHTML={{ __html: STYLESHEET_GATE }} />
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
