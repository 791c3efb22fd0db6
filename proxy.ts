import { NextResponse, type NextRequest } from "next/server";
import { looksLikeWordPress } from "@/lib/import/wordpress/legacy-urls";

// A convenience only: anonymous visitors to /admin go to /login. The real checks are
// in every admin page, server action and route handler (lib/auth/guard.ts).
const SESSION_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token"];

export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  if (pathname !== "/admin" && !pathname.startsWith("/admin/")) {
    // Old WordPress addresses (issue 14) are looked up by one page that redirects or 404s.
    if (!looksLikeWordPress(pathname, search)) return NextResponse.next();
    const to = new URL("/wordpress-redirect", request.url);
    to.search = new URLSearchParams({ from: pathname + search }).toString();
    return NextResponse.rewrite(to);
  }
  const hasSession = request.cookies.getAll().some((c) => SESSION_COOKIES.some((n) => c.name === n || c.name.startsWith(`${n}.`)));
  if (hasSession) return NextResponse.next();
  const url = new URL("/login", request.url);
  url.searchParams.set("next", request.nextUrl.pathname + request.nextUrl.search);
  return NextResponse.redirect(url);
}

export const config = {
  matcher: [
    "/admin",
    "/admin/:path*",
    // Old WordPress addresses (lib/import/wordpress/legacy-urls.ts decides).
    "/",
    "/archives/:path*",
    "/category/:path*",
    "/feed",
    "/feed/:path*",
    "/wp-content/:path*",
    "/tag/:slug/feed/:path*",
    "/author/:slug/feed/:path*",
    "/:year(\\d{4})/:path*",
  ],
};
