import type { Metadata } from "next";
import Link from "next/link";
import { NotFoundContent } from "@/components/site/not-found-content";
import { getSiteSettings } from "@/lib/settings/queries";

export const metadata: Metadata = { title: "الصفحة غير موجودة", robots: { index: false } };

// URLs that match no route at all (e.g. /a/b/c/d). Next embeds this page in the payload of
// every page, so it stays small: the paper's name and the Arabic 404, not the full chrome
// (pieces, sections and lists that do not exist get app/(site)/not-found.tsx inside it).
export default async function NotFound() {
  const { siteName } = await getSiteSettings();
  return (
    <>
      {/* A reader's page: no client runtime (decision 110). */}
      <meta name="midad-runtime" content="none" />
      <header className="masthead" id="top">
        <div className="container masthead-top">
          <Link href="/" className="brand">
            {siteName}
          </Link>
        </div>
      </header>
      <main id="main" tabIndex={-1} className="container">
        <NotFoundContent />
      </main>
    </>
  );
}
