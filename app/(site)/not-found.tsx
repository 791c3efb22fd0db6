import type { Metadata } from "next";
import { NotFoundContent } from "@/components/site/not-found-content";
import { ReaderPage } from "@/components/site/reader-page";

// Its own title: without it the layout's default made "المدى | المدى" (issue 11).
export const metadata: Metadata = { title: "الصفحة غير موجودة", robots: { index: false } };

/** A piece, section or list that does not exist: the whole masthead, then the Arabic 404. */
export default function NotFound() {
  return (
    <ReaderPage>
      <NotFoundContent />
    </ReaderPage>
  );
}
