// Addresses of the comment pages that need a dynamic render (the article page itself is
// cached and never reads the query string): more comments and no-JS form results.

export const commentsPagePath = (articleId: number, cursor?: string | null) =>
  `/comments/${articleId}${cursor ? `?cursor=${encodeURIComponent(cursor)}` : ""}#comments`;

/** Back to the form after a refused no-JS post, with the reader's text so nothing is lost. */
export function noJsErrorPath(articleId: number, code: string, data: Record<string, unknown>): string {
  const q = new URLSearchParams({ error: code });
  for (const key of ["name", "body", "parentId"] as const) {
    const v = data[key];
    if (typeof v === "string" && v.length <= 2000) q.set(key, v);
  }
  return `/comments/${articleId}?${q.toString()}#comment-form`;
}
