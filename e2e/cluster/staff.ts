// Staff fixtures on the cluster's PostgreSQL database, shared by the cluster suite and the
// cluster benchmark: an editor with a live session, and server actions called on one
// chosen instance as the dashboard would call them through Varnish.
import crypto from "node:crypto";
import { encode } from "next-auth/jwt";
import type pg from "pg";
import type { ActionRef } from "../support/actions";

export const SESSION_COOKIE = "authjs.session-token";

/** An editor (or another role's) account and a live session row; returns the Cookie header value. */
export async function editorCookie(db: pg.Client, authSecret: string, role: "editor" | "admin" = "editor"): Promise<string> {
  const uid = `cluster${crypto.randomBytes(4).toString("hex")}`;
  const email = `${uid}@e2e.midad.local`;
  await db.query(
    `INSERT INTO "User" (id, email, name, "passwordHash", role, active, "mustChangePassword", "createdAt", "updatedAt")
     VALUES ($1, $2, 'محرر العنقود', '!no-password', $3, true, false, now() AT TIME ZONE 'UTC', now() AT TIME ZONE 'UTC')`,
    [uid, email, role],
  );
  const sid = crypto.randomBytes(32).toString("base64url");
  await db.query(
    `INSERT INTO "Session" (id, "userId", "createdAt", "lastSeenAt", "expiresAt", "userAgent")
     VALUES ($1, $2, now() AT TIME ZONE 'UTC', now() AT TIME ZONE 'UTC', (now() AT TIME ZONE 'UTC') + interval '12 hours', 'cluster fixture')`,
    [sid, uid],
  );
  const token = await encode({ token: { sub: uid, uid, sid, name: "محرر العنقود", email }, secret: authSecret, salt: SESSION_COOKIE, maxAge: 12 * 3600 });
  return `${SESSION_COOKIE}=${token}`;
}

/**
 * A server action on one instance (instanceUrl), with the public Origin and Host Varnish
 * would pass on (siteUrl). Returns the HTTP status and the RSC answer's text.
 */
export async function callActionOn(instanceUrl: string, siteUrl: string, cookie: string, a: ActionRef, args: unknown[]) {
  const res = await fetch(`${instanceUrl}${a.page}`, {
    method: "POST",
    headers: {
      "next-action": a.id,
      accept: "text/x-component",
      "content-type": "text/plain;charset=UTF-8",
      origin: siteUrl,
      "x-forwarded-host": new URL(siteUrl).host,
      cookie,
    },
    body: JSON.stringify(args),
    redirect: "manual",
  });
  return { status: res.status, text: await res.text() };
}
