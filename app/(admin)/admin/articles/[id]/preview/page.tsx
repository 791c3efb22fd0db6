import { notFound } from "next/navigation";
import { ArticleView } from "@/components/site/article-view";
import { getArticleForPreview } from "@/lib/articles/admin-queries";
import { parseArticleId } from "@/lib/articles/urls";
import { getCurrentUser } from "@/lib/auth/guard";
import { can } from "@/lib/auth/permissions";

export const metadata = { title: "معاينة", robots: { index: false } };

/** A piece in any state exactly as readers will see it; 404 for anyone who may not preview it. */
export default async function PreviewPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await getCurrentUser();
  const id = parseArticleId((await params).id);
  if (!user || !id) notFound();
  const article = await getArticleForPreview(id);
  if (!article || !can(user, "article:preview", { ownerId: article.createdById })) notFound();
  return (
    <div className="preview-frame">
      <p className="notice" role="status">
        معاينة: هكذا سيرى القرّاء هذا المقال.
      </p>
      <ArticleView article={article} preview />
    </div>
  );
}
