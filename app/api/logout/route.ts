import { auth, signOut } from "@/auth";
import { refuseCrossSite } from "@/lib/auth/origin-guard";
import { signOutSession } from "@/lib/auth/sessions";
import { siteUrl } from "@/lib/http/site-url";

export const dynamic = "force-dynamic";

/**
 * Sign out (a form button in the dashboard posts here). Ends the Session row on the server,
 * so a copy of the cookie stops working too (decision 081). Harmless when not signed in;
 * refused (403) when posted from another site (decision 082).
 */
export async function POST(req: Request) {
  const crossSite = refuseCrossSite(req);
  if (crossSite) return crossSite;
  const session = (await auth().catch(() => null)) as { sid?: unknown } | null;
  if (typeof session?.sid === "string") await signOutSession(session.sid);
  await signOut({ redirect: false });
  return Response.redirect(siteUrl("/login"), 303);
}
