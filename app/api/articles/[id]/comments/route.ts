import { NextResponse } from "next/server";
import { getPublicArticle } from "@/lib/articles/queries";
import { articlePath } from "@/lib/articles/urls";
import { clientHashOf } from "@/lib/comments/client-hash";
import { decodeCursor } from "@/lib/comments/cursor";
import { commentError } from "@/lib/comments/errors";
import { errorResponse, fail, parseId, readBody, sameOrigin, wantsRedirect } from "@/lib/comments/http";
import { submitComment } from "@/lib/comments/mutations";
import { getCommentThreads } from "@/lib/comments/queries";
import { commentInputSchema, fieldErrors } from "@/lib/comments/schema";
import { noJsErrorPath } from "@/lib/comments/urls";

export const dynamic = "force-dynamic";

type Ctx = { params: Promise<{ id: string }> };

/** Approved comments of a public piece, 20 threads a page, oldest first; public fields only. */
export async function GET(request: Request, { params }: Ctx) {
  const id = parseId((await params).id);
  if (!id || !(await getPublicArticle(id))) return fail("article_not_found");
  const cursor = decodeCursor(new URL(request.url).searchParams.get("cursor"));
  if (cursor === "invalid") return fail("invalid_cursor");
  const page = await getCommentThreads(id, new URL(request.url).searchParams.get("cursor"));
  return Response.json({ items: page.threads, nextCursor: page.nextCursor, total: page.total });
}

/** A reader's comment, as JSON (the form with JavaScript) or form-encoded (without it). */
export async function POST(request: Request, { params }: Ctx) {
  const rawId = (await params).id;
  if (!sameOrigin(request)) return fail("forbidden_origin");
  const id = parseId(rawId);
  if (!id) return fail("article_not_found");
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
}
