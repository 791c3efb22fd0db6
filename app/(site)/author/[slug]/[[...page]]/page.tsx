import type { Metadata } from "next";
import Image from "next/image";
import { slugSegment } from "@/lib/http/params";
import { notFound } from "next/navigation";
import { Listing } from "@/components/site/listing";
import { getAuthorBySlug } from "@/lib/authors/queries";
import { getAuthorArticles } from "@/lib/articles/queries";
import { authorPath, parseListingTail } from "@/lib/articles/urls";
import { cropUrl } from "@/lib/media/url";
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
  const author = await getAuthorBySlug(slug);
  if (!author) await redirectIfMoved("author", slug, p.page);
  if (!page || !author) notFound();
  const list = await getAuthorArticles(author.id, author.slug, page);
  if (page > list.pages) notFound();
  return { author, list, page };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const [{ author, page }, settings] = await Promise.all([load(props), getSiteSettings()]);
  return {
    title: page > 1 ? `${author.name} — صفحة ${page}` : author.name,
    description: author.bio ?? undefined,
    alternates: alternatesWithFeeds(settings.siteName, page > 1 ? `${authorPath(author.slug)}/page/${page}` : authorPath(author.slug), [
      { url: `${authorPath(author.slug)}/feed.xml`, title: `${settings.siteName} — ${author.name}` },
    ]),
  };
}

export default async function AuthorPage(props: Props) {
  const { author, list } = await load(props);
  return (
    <Listing
      basePath={authorPath(author.slug)}
      list={list}
      header={
        <div className="profile">
          {author.photo && <Image src={cropUrl(author.photo.path, "1x1", author.photo)} alt={`صورة ${author.name}`} width={96} height={96} />}
          <div>
            <h1 className="page-title">
              <bdi>{author.name}</bdi>
            </h1>
            {author.columnName && <p className="kicker">عمود: {author.columnName}</p>}
            {author.bio && <p>{author.bio}</p>}
          </div>
        </div>
      }
    />
  );
}
