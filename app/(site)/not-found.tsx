import type { Metadata } from "next";
import { NotFoundContent } from "@/components/site/not-found-content";

// Its own title: without it the layout's default made "المدى | المدى" (issue 11).
export const metadata: Metadata = { title: "الصفحة غير موجودة", robots: { index: false } };


export default function NotFound() {
  return <NotFoundContent />;
}
