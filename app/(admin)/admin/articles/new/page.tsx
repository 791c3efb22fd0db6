import { ArticleEditor } from "../article-editor.client";
import { editorOptions } from "@/lib/articles/admin-queries";
import { pagePermission } from "@/lib/auth/page-guard";

export default async function NewArticlePage() {
  await pagePermission("article:create");
  const options = await editorOptions();
  return (
    <>
      <h1>مقال جديد</h1>
      <ArticleEditor options={options} article={null} can={{ edit: true, submit: false, publish: false, schedule: false, unpublish: false, archive: false, revisions: false }} />
    </>
  );
}
