import type { Metadata } from "next";
import Image from "next/image";
import { slugSegment } from "@/lib/http/params";
import { notFound } from "next/navigation";
import { Listing } from "@/components/site/listing";
import { getSupplementArticles } from "@/lib/articles/queries";
import { parseListingTail, supplementPath } from "@/lib/articles/urls";
import { cropSize } from "@/lib/media/focal";
import { cropUrl } from "@/lib/media/url";
import { getSupplementBySlug } from "@/lib/supplements/queries";
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
  const supplement = await getSupplementBySlug(slug);
  if (!supplement) await redirectIfMoved("supplement", slug, p.page);
  if (!page || !supplement) notFound();
  const list = await getSupplementArticles(supplement.id, supplement.slug, page);
  if (page > list.pages) notFound();
  return { supplement, list, page };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const [{ supplement, page }, settings] = await Promise.all([load(props), getSiteSettings()]);
  return {
    title: page > 1 ? `${supplement.name} — صفحة ${page}` : supplement.name,
    description: supplement.description ?? undefined,
    alternates: alternatesWithFeeds(settings.siteName, page > 1 ? `${supplementPath(supplement.slug)}/page/${page}` : supplementPath(supplement.slug)),
  };
}

export default async function SupplementPage(props: Props) {
  const { supplement, list } = await load(props);
  return (
    <Listing
      basePath={supplementPath(supplement.slug)}
      list={list}
      header={
        <>
          {supplement.cover && (
            <Image className="cover card-image" src={cropUrl(supplement.cover.path, "16x9", supplement.cover)} alt={`غلاف ${supplement.name}`} {...cropSize(supplement.cover, "16x9")} sizes="(min-width: 60rem) 50rem, 100vw" priority />
          )}
          <h1 className="page-title">{supplement.name}</h1>
          {supplement.description && <p>{supplement.description}</p>}
        </>
      }
    />
  );
}
