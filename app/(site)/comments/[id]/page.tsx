import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CommentsArea } from "@/components/site/comments/comments-area";
import { getPublicArticle } from "@/lib/articles/queries";
import { articlePath, parseArticleId } from "@/lib/articles/urls";
import { decodeCursor } from "@/lib/comments/cursor";
import { COMMENT_ERRORS, isCommentErrorCode } from "@/lib/comments/errors";
import { commentInputSchema, fieldErrors } from "@/lib/comments/schema";

// The article page is cached and never reads the query string, so later pages of
// comments and the answers to no-JS posts live on this dynamic page.

// The query string may carry a refused comment's text: keep it out of Referer headers.
export const metadata: Metadata = { robots: { index: false, follow: true }, referrer: "same-origin" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const one = (v: string | string[] | undefined) => (typeof v === "string" ? v : undefined);

export default async function CommentsPage({ params, searchParams }: Props) {
  const id = parseArticleId((await params).id);
  if (!id) notFound();
  const article = await getPublicArticle(id);
  if (!article) notFound();
  const sp = await searchParams;
  const cursorRaw = one(sp.cursor) ?? null;
  const cursor = decodeCursor(cursorRaw);
  if (cursor === "invalid") notFound();

  const code = one(sp.error);
  let formState: { name?: string; body?: string; message?: string; fields?: Record<string, string>; parentId?: number } | undefined;
  if (code && isCommentErrorCode(code)) {
    const name = one(sp.name) ?? "";
    const body = one(sp.body) ?? "";
    const parentId = Number(one(sp.parentId)) || undefined;
    // Field messages are recomputed from the values rather than trusted from the URL.
    const check = commentInputSchema.safeParse({ name, body, parentId });
    const fields = check.success ? {} : fieldErrors(check.error);
    formState = { name, body, parentId, message: COMMENT_ERRORS[code].message, fields };
  }

  return (
    <div className="comments-page">
      <p className="kicker">التعليقات على</p>
      <h1 className="article-title">
        <Link href={articlePath(article)}>{article.title}</Link>
      </h1>
      <CommentsArea article={article} cursor={cursorRaw} formState={formState} />
    </div>
  );
}
