import { ReaderPage } from "@/components/site/reader-page";
import { slugSegment } from "@/lib/http/params";

/** A section's pages mark that section in the sections bar. */
export default async function SectionLayout({ children, params }: { children: React.ReactNode; params: Promise<{ slug: string }> }) {
  const slug = slugSegment((await params).slug) ?? undefined;
  return <ReaderPage current={slug}>{children}</ReaderPage>;
}
