import type { Metadata } from "next";
import { slugSegment } from "@/lib/http/params";
import { notFound } from "next/navigation";
import { Listing } from "@/components/site/listing";
import { getSectionArticles } from "@/lib/articles/queries";
import { parseListingTail, sectionPath } from "@/lib/articles/urls";
import { getSectionBySlug } from "@/lib/sections/queries";
import { getSiteSettings } from "@/lib/settings/queries";
import { redirectIfMoved } from "@/lib/taxonomy/redirects";
import { alternatesWithFeeds } from "@/lib/seo/site";

export const revalidate = 86400;
export const generateStaticParams = async () => [];

type Props = { params: Promise<{ slug: string; page?: string[] }> };

async function load({ params }: Props) {
  const p = await params;
  const page = parseListingTail(p.page);
  const slug = slugSegment(p.slug);
  if (slug === null) notFound();
  const section = await getSectionBySlug(slug);
  if (!section) await redirectIfMoved("section", slug, p.page);
  if (!page || !section) notFound();
  const list = await getSectionArticles(section.id, section.slug, page);
  if (page > list.pages) notFound();
  return { section, list, page };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const [{ section, page }, settings] = await Promise.all([load(props), getSiteSettings()]);
  return {
    title: page > 1 ? `${section.name} — صفحة ${page}` : section.name,
    description: section.description ?? undefined,
    alternates: alternatesWithFeeds(settings.siteName, page > 1 ? `${sectionPath(section.slug)}/page/${page}` : sectionPath(section.slug), [
      { url: `${sectionPath(section.slug)}/feed.xml`, title: `${settings.siteName} — ${section.name}` },
    ]),
  };
}

export default async function SectionPage(props: Props) {
  const { section, list } = await load(props);
  return (
    <Listing
      basePath={sectionPath(section.slug)}
      list={list}
      showSection={false}
      header={
        <>
          <h1 className="page-title">{section.name}</h1>
          {section.description && <p>{section.description}</p>}
        </>
      }
    />
  );
}
