import { notFound, permanentRedirect } from "next/navigation";
import { getCanonicalSlug } from "@/lib/articles/queries";
import { articlePath, parseArticleId } from "@/lib/articles/urls";
import { redirectIfWordPress } from "@/lib/import/wordpress/redirects";

export const revalidate = 86400;
export const generateStaticParams = async () => [];

/** "/410630" → the canonical "/410630/<slug>" (permanent), as Arabic papers link by id. */
export default async function ArticleById({ params }: { params: Promise<{ id: string }> }) {
  const segment = (await params).id;
  const id = parseArticleId(segment);
  const slug = id ? await getCanonicalSlug(id) : null;
  // An imported WordPress address (/<old id>, /<postname>) moves to the piece it became.
  if (!id || !slug) await redirectIfWordPress([segment]);
  if (!id || !slug) notFound();
  permanentRedirect(articlePath({ id, slug }));
}
