import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { ArticleView } from "@/components/site/article-view";
import { getPublicArticle } from "@/lib/articles/queries";
import { articlePath, decodeSegment, parseArticleId } from "@/lib/articles/urls";
import { redirectIfWordPress } from "@/lib/import/wordpress/redirects";
import { articleMetadata } from "@/lib/seo/article-metadata";
import { getSiteSettings } from "@/lib/settings/queries";

// Incremental static regeneration: rendered once on first visit, then served from the
// cache until a change to this piece (or a list on it) expires its tags.
export const revalidate = 86400;
export const generateStaticParams = async () => [];

type Params = { params: Promise<{ id: string; slug: string }> };

async function load({ params }: Params) {
  const p = await params;
  const id = parseArticleId(p.id);
  const article = id ? await getPublicArticle(id) : null;
  // /<category>/<postname>, an imported WordPress permalink, moves to the piece it became.
  if (!article) await redirectIfWordPress([p.id, p.slug]);
  if (!article) notFound();
  return { article, slugMatches: decodeSegment(p.slug) === article.slug };
}

export async function generateMetadata(props: Params): Promise<Metadata> {
  const [{ article }, settings] = await Promise.all([load(props), getSiteSettings()]);
  return articleMetadata(article, settings.siteName);
}

export default async function ArticlePage(props: Params) {
  const { article, slugMatches } = await load(props);
  // Any other form of the URL (old or mistyped slug) moves permanently to the canonical one.
  if (!slugMatches) permanentRedirect(articlePath(article));
  return <ArticleView article={article} />;
}
