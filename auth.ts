import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { clientHashFromHeaders } from "@/lib/auth/client";
import { checkCredentials } from "@/lib/auth/credentials";
import { authSecret } from "@/lib/auth/secret";
import { createSession, revokeSession, SESSION_MAX_AGE_S } from "@/lib/auth/sessions";
import { env } from "@/lib/env";

/** Refused because of too many failures; carries the seconds until the next try. */
export class LockedSignin extends CredentialsSignin {
  code = "locked";
  constructor(public retryAfter: number) {
    super();
  }
}

// The cookie is an Auth.js JWT naming the user and a Session row (`sid`, decision 081);
// getCurrentUser() re-reads both from the database on every request, so logout, a
// password change, deactivation or a role change end the session at the very next request.
export const { handlers, auth, signIn, signOut } = NextAuth({
  secret: authSecret(),
  trustHost: true,
  // The Secure flag follows the public address, not what a proxy header claims (issue 9).
  useSecureCookies: env.SITE_URL.startsWith("https:"),
  // A wrong password is routine, not a server error: keep it out of the error log.
  logger: {
    error(error) {
      if (error instanceof CredentialsSignin || (error as { type?: string }).type === "CredentialsSignin") return;
      console.error("[auth]", error);
    },
  },
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_S },
  pages: { signIn: "/login", error: "/login" },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(credentials, request) {
        const email = typeof credentials?.email === "string" ? credentials.email : "";
        const password = typeof credentials?.password === "string" ? credentials.password : "";
        if (!email || !password) return null;
        const clientHash = clientHashFromHeaders(request.headers);
        const result = await checkCredentials(email, password, clientHash);
        if (result.ok) {
          const sid = await createSession(result.user.id, { userAgent: request.headers.get("user-agent"), clientHash });
          return { id: result.user.id, name: result.user.name, email: result.user.email, sid };
        }
        if (result.reason === "locked") throw new LockedSignin(result.retryAfter);
        return null;
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.uid = user.id;
        token.sid = (user as { sid?: string }).sid;
      }
      return token;
    },
    session({ session, token }) {
      return { ...session, uid: token.uid, sid: token.sid } as typeof session;
    },
  },
  events: {
    // Auth.js's own sign-out (and ours, /api/logout) ends the session row, not only the cookie.
    async signOut(message) {
      const sid = "token" in message ? message.token?.sid : undefined;
      if (typeof sid === "string") await revokeSession(sid);
    },
  },
});
