import { SiteHeader } from "./site-header";

/**
 * The masthead and the main landmark of one reader page. Route layouts render it (not the
 * site layout) because only they know where the reader is: a section's page and its pieces
 * mark that section in the navigation, the front page marks «الرئيسية».
 */
export function ReaderPage({ current, children }: { current?: string; children: React.ReactNode }) {
  return (
    <>
      <SiteHeader current={current} />
      <main id="main" tabIndex={-1} className="container">
        {children}
      </main>
    </>
  );
}
