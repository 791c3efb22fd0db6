import { signOut } from "@/auth";

export const dynamic = "force-dynamic";

/** Sign out (a form button in the dashboard posts here). Harmless when not signed in. */
export async function POST(req: Request) {
  await signOut({ redirect: false });
  return Response.redirect(new URL("/login", req.url), 303);
}
