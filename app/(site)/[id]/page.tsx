import { notFound, permanentRedirect } from "next/navigation";
import { getCanonicalSlug } from "@/lib/articles/queries";
import { articlePath, parseArticleId } from "@/lib/articles/urls";

export const revalidate = 86400;
export const generateStaticParams = async () => [];

/** "/410630" → the canonical "/410630/<slug>" (permanent), as Arabic papers link by id. */
export default async function ArticleById({ params }: { params: Promise<{ id: string }> }) {
  const id = parseArticleId((await params).id);
  if (!id) notFound();
  const slug = await getCanonicalSlug(id);
  if (!slug) notFound();
  permanentRedirect(articlePath({ id, slug }));
}
