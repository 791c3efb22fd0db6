import { env } from "@/lib/env";

/**
 * The From address: the "sender address" site setting, else no-reply at the public host, with
 * the site's name as the display name (quoted: Arabic names and commas stay one name).
 */
export function senderAddress(settings: { siteName: string; mailFrom?: string }): { name: string; address: string } {
  const host = new URL(env.SITE_URL).hostname;
  const address = settings.mailFrom?.trim() || `no-reply@${host.includes(".") ? host : `${host}.localdomain`}`;
  return { name: settings.siteName, address };
}
