import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { clientHashFromHeaders } from "@/lib/auth/client";
import { checkCredentials } from "@/lib/auth/credentials";
import { authSecret } from "@/lib/auth/secret";
import { createSession, signOutSession, SESSION_MAX_AGE_S } from "@/lib/auth/sessions";
import { answerChallenge, openChallenge } from "@/lib/auth/sign-in-challenge";
import { clientAddress } from "@/lib/http/client";
import { env } from "@/lib/env";

/** The password was right and the account has two-factor: carries the code step's token. */
export class SecondFactorNeeded extends CredentialsSignin {
  code = "second_factor";
  constructor(public challenge: string) {
    super();
  }
}

/** The code step's challenge is unknown, spent, expired or from another client. */
export class ExpiredChallenge extends CredentialsSignin {
  code = "expired";
}

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
      // Either the password step (email, password) or the code step (challenge, code).
      credentials: { email: {}, password: {}, challenge: {}, code: {} },
      async authorize(credentials, request) {
        const field = (name: "email" | "password" | "challenge" | "code") => (typeof credentials?.[name] === "string" ? (credentials[name] as string) : "");
        const clientHash = clientHashFromHeaders(request.headers);
        const session = async (user: { id: string; name: string; email: string }) => {
          const sid = await createSession(user.id, { userAgent: request.headers.get("user-agent"), clientHash, clientAddress: clientAddress(request.headers) });
          return { id: user.id, name: user.name, email: user.email, sid };
        };
        if (field("challenge")) {
          const answer = await answerChallenge(field("challenge"), field("code"), clientHash);
          if (answer.ok) return session(answer.user);
          if (answer.reason === "locked") throw new LockedSignin(answer.retryAfter);
          if (answer.reason === "expired") throw new ExpiredChallenge();
          return null;
        }
        const email = field("email");
        const password = field("password");
        if (!email || !password) return null;
        const result = await checkCredentials(email, password, clientHash);
        if (result.ok) return session(result.user);
        if (result.reason === "locked") throw new LockedSignin(result.retryAfter);
        if (result.reason === "second-factor") throw new SecondFactorNeeded(await openChallenge(result.userId, clientHash));
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
      if (typeof sid === "string") await signOutSession(sid);
    },
  },
});
