import { ArticleEditor } from "../article-editor.client";
import { editorOptions, tagNamesForEditor } from "@/lib/articles/admin-queries";
import { pagePermission } from "@/lib/auth/page-guard";
import { siteOrigin } from "@/lib/http/site-url";

export default async function NewArticlePage() {
  await pagePermission("article:create");
  const [options, tagNames] = await Promise.all([editorOptions(), tagNamesForEditor()]);
  return (
    <>
      <h1>مقال جديد</h1>
      <ArticleEditor options={options} tagNames={tagNames} siteHost={new URL(siteOrigin()).host} article={null} can={{ edit: true, submit: false, publish: false, schedule: false, unpublish: false, archive: false, revisions: false }} />
    </>
  );
}
