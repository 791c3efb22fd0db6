import { ReaderPage } from "@/components/site/reader-page";
import { getPublicArticle } from "@/lib/articles/queries";
import { parseArticleId } from "@/lib/articles/urls";

/** A piece marks its section in the sections bar (the same cached read as the page's). */
export default async function ArticleLayout({ children, params }: { children: React.ReactNode; params: Promise<{ id: string }> }) {
  const id = parseArticleId((await params).id);
  const article = id ? await getPublicArticle(id) : null;
  return <ReaderPage current={article?.section.slug}>{children}</ReaderPage>;
}
