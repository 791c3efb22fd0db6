import type { Metadata } from "next";
import { slugSegment } from "@/lib/http/params";
import { notFound } from "next/navigation";
import { Listing } from "@/components/site/listing";
import { getTagArticles } from "@/lib/articles/queries";
import { parseListingTail, tagPath } from "@/lib/articles/urls";
import { getTagBySlug } from "@/lib/tags/queries";
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
  const tag = await getTagBySlug(slug);
  if (!tag) await redirectIfMoved("tag", slug, p.page);
  if (!page || !tag) notFound();
  const list = await getTagArticles(tag.id, tag.slug, page);
  if (page > list.pages) notFound();
  return { tag, list, page };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const [{ tag, page }, settings] = await Promise.all([load(props), getSiteSettings()]);
  return {
    title: page > 1 ? `${tag.name} — صفحة ${page}` : tag.name,
    alternates: alternatesWithFeeds(settings.siteName, page > 1 ? `${tagPath(tag.slug)}/page/${page}` : tagPath(tag.slug)),
  };
}

export default async function TagPage(props: Props) {
  const { tag, list } = await load(props);
  return <Listing basePath={tagPath(tag.slug)} list={list} header={<h1 className="page-title">وسم: {tag.name}</h1>} />;
}
