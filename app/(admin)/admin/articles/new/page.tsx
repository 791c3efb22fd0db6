import { ArticleEditor } from "../article-editor.client";
import { editorOptions } from "@/lib/articles/admin-queries";
import { requirePermission } from "@/lib/auth/guard";

export default async function NewArticlePage() {
  await requirePermission("article:create");
  const options = await editorOptions();
  return (
    <>
      <h1>مقال جديد</h1>
      <ArticleEditor options={options} article={null} can={{ edit: true, submit: false, publish: false, schedule: false, unpublish: false, archive: false, revisions: false }} />
    </>
  );
}
