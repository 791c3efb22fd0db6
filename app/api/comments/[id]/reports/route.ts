import { NextResponse } from "next/server";
import { articlePath } from "@/lib/articles/urls";
import { clientHashOf } from "@/lib/comments/client-hash";
import { commentError } from "@/lib/comments/errors";
import { errorResponse, fail, readBody, wantsRedirect } from "@/lib/comments/http";
import { reportComment } from "@/lib/comments/mutations";
import { fieldErrors, reportInputSchema } from "@/lib/comments/schema";
import { idSegment } from "@/lib/http/params";
import { route } from "@/lib/http/route";
import { siteOrigin, siteUrl } from "@/lib/http/site-url";

export const dynamic = "force-dynamic";

/** A reader reports an approved comment (one report per client per comment). */
export const POST = route({
  sameOrigin: true,
  params: (raw) => {
    const id = idSegment(raw.id);
    return id ? { id } : null;
  },
  notFound: () => fail("comment_not_found"),
  handler: async (request, { params: { id } }) => {
    const body = await readBody(request);
    if (!body.ok) return body.response;
    const redirect = wantsRedirect(request, body.kind);
    const parsed = reportInputSchema.safeParse(body.data);
    const result = parsed.success
      ? await reportComment(id, parsed.data.reason, clientHashOf(request.headers))
      : ({ ok: false, error: commentError("invalid_input", fieldErrors(parsed.error)) } as const);
    if (redirect) {
      // Without JavaScript: back to the piece; the notice is picked by the URL fragment.
      const target = result.ok ? `${articlePath(result.article)}#comment-result-reported` : refererPath(request);
      return NextResponse.redirect(siteUrl(target), 303);
    }
    if (!result.ok) return errorResponse(result.error);
    return Response.json({ ok: true }, { status: 201, headers: { "Cache-Control": "no-store" } });
  },
});

/** Back where the reader came from (same site only), for a refused no-JS report. */
function refererPath(request: Request): string {
  try {
    const ref = new URL(request.headers.get("referer") ?? "");
    // Only a path on this site: "//host" or "/\\host" would leave it (an open redirect).
    if (ref.origin === siteOrigin() && !/^\/[\/\\]/.test(ref.pathname)) return `${ref.pathname}${ref.search}#comments`;
  } catch {
    // no or malformed Referer
  }
  return "/";
}
