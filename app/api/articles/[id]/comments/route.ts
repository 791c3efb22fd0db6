import { NextResponse } from "next/server";
import { getPublicArticle } from "@/lib/articles/queries";
import { articlePath } from "@/lib/articles/urls";
import { clientHashOf } from "@/lib/comments/client-hash";
import { decodeCursor } from "@/lib/comments/cursor";
import { commentError } from "@/lib/comments/errors";
import { errorResponse, fail, readBody, wantsRedirect } from "@/lib/comments/http";
import { submitComment } from "@/lib/comments/mutations";
import { getCommentThreads } from "@/lib/comments/queries";
import { commentInputSchema, fieldErrors } from "@/lib/comments/schema";
import { noJsErrorPath } from "@/lib/comments/urls";
import { idSegment } from "@/lib/http/params";
import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

const params = (raw: Record<string, unknown>) => {
  const id = idSegment(raw.id);
  return id ? { id } : null;
};
const articleNotFound = () => fail("article_not_found");

/** Approved comments of a public piece, 20 threads a page, oldest first; public fields only. */
export const GET = route({
  params,
  notFound: articleNotFound,
  handler: async (request, { params: { id }, query }) => {
    if (!(await getPublicArticle(id))) return fail("article_not_found");
    const raw = query.cursor ?? null;
    if (decodeCursor(raw) === "invalid") return fail("invalid_cursor");
    const page = await getCommentThreads(id, raw);
    return Response.json({ items: page.threads, nextCursor: page.nextCursor, total: page.total });
  },
});

/** A reader's comment, as JSON (the form with JavaScript) or form-encoded (without it). */
export const POST = route({
  sameOrigin: true,
  params,
  notFound: articleNotFound,
  handler: async (request, { params: { id } }) => {
    const body = await readBody(request);
    if (!body.ok) return body.response;
    const redirect = wantsRedirect(request, body.kind);
    const back = (error: ReturnType<typeof commentError>) =>
      NextResponse.redirect(new URL(noJsErrorPath(id, error.code, body.data), request.url), 303);

    const parsed = commentInputSchema.safeParse(body.data);
    if (!parsed.success) {
      const error = commentError("invalid_input", fieldErrors(parsed.error));
      return redirect ? back(error) : errorResponse(error);
    }
    const result = await submitComment(id, parsed.data, clientHashOf(request.headers));
    if (!result.ok) return redirect ? back(result.error) : errorResponse(result.error);

    if (redirect) return NextResponse.redirect(new URL(`${articlePath(result.article)}#comment-result-${result.status}`, request.url), 303);
    return Response.json({ status: result.status, comment: result.comment }, { status: 201, headers: { "Cache-Control": "no-store" } });
  },
});
