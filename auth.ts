import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { clientHashFromHeaders } from "@/lib/auth/client";
import { checkCredentials } from "@/lib/auth/credentials";
import { authSecret } from "@/lib/auth/secret";
import { env } from "@/lib/env";

/** Refused because of too many failures; carries the seconds until the next try. */
export class LockedSignin extends CredentialsSignin {
  code = "locked";
  constructor(public retryAfter: number) {
    super();
  }
}

// JWT sessions (no session table): the token carries the user id and the account's
// sessionVersion; getCurrentUser() re-reads the user from the database on every call,
// so deactivation or a bumped version ends the session at the very next request.
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
  session: { strategy: "jwt", maxAge: 12 * 3600 },
  pages: { signIn: "/login", error: "/login" },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(credentials, request) {
        const email = typeof credentials?.email === "string" ? credentials.email : "";
        const password = typeof credentials?.password === "string" ? credentials.password : "";
        if (!email || !password) return null;
        const result = await checkCredentials(email, password, clientHashFromHeaders(request.headers));
        if (result.ok) return { id: result.user.id, name: result.user.name, email: result.user.email, sv: result.user.sessionVersion };
        if (result.reason === "locked") throw new LockedSignin(result.retryAfter);
        return null;
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.uid = user.id;
        token.sv = (user as { sv?: number }).sv ?? 0;
      }
      return token;
    },
    session({ session, token }) {
      return { ...session, uid: token.uid, sv: token.sv } as typeof session;
    },
  },
});
