import "server-only";
import { env } from "@/lib/env";

// Every absolute URL the server sends (redirects, links in mail and feeds) is built on
// SITE_URL, never on the Host header a client chose or the address the server listens on.
export function siteUrl(path: string): URL {
  return new URL(path, `${env.SITE_URL}/`);
}

export const siteOrigin = () => new URL(env.SITE_URL).origin;
export const siteIsHttps = () => env.SITE_URL.startsWith("https:");
