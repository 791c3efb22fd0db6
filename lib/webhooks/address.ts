import { lookup } from "node:dns/promises";
import net from "node:net";
import { allowedAnyway, parseAllowPrivate } from "./allow-private";

// SSRF guard for webhook endpoints: a URL whose host is, or resolves to, a loopback,
// private, link-local, unique-local, CGNAT, multicast or unspecified address is refused,
// unless WEBHOOKS_ALLOW_PRIVATE allows it (1 = all; or a list of addresses/ranges: a paper's
// own receivers, the test suite's loopback receiver). Checked at registration and again
// before every send, since DNS can change.

const blocked = new net.BlockList();
for (const [addr, prefix] of [
  ["0.0.0.0", 8], ["10.0.0.0", 8], ["100.64.0.0", 10], ["127.0.0.0", 8], ["169.254.0.0", 16],
  ["172.16.0.0", 12], ["192.0.0.0", 24], ["192.168.0.0", 16], ["198.18.0.0", 15], ["224.0.0.0", 4], ["240.0.0.0", 4],
] as const) blocked.addSubnet(addr, prefix, "ipv4");
for (const [addr, prefix] of [
  ["::", 128], ["::1", 128], ["fc00::", 7], ["fe80::", 10], ["ff00::", 8],
] as const) blocked.addSubnet(addr, prefix, "ipv6");

/** True when an IP literal is not a public unicast address. */
export function isPrivateAddress(ip: string): boolean {
  const family = net.isIP(ip);
  if (family === 4) return blocked.check(ip, "ipv4");
  if (family !== 6) return true; // not an address at all: refuse
  const lower = ip.toLowerCase();
  // IPv4-mapped (::ffff:a.b.c.d) and the dotted form: judge the IPv4 address inside.
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(lower);
  if (mapped?.[1]) return blocked.check(mapped[1], "ipv4");
  const hexMapped = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(lower);
  if (hexMapped?.[1] && hexMapped[2]) {
    const hi = parseInt(hexMapped[1], 16), lo = parseInt(hexMapped[2], 16);
    return blocked.check(`${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`, "ipv4");
  }
  return blocked.check(ip, "ipv6");
}

export type AddressCheck = { ok: true; addresses: string[] } | { ok: false; reason: "scheme" | "private" | "unresolved" };

type Resolver = (host: string) => Promise<string[]>;
const dnsResolve: Resolver = async (host) => (await lookup(host, { all: true, verbatim: true })).map((a) => a.address);

/** Whether a webhook URL may be called: http(s) only, and every address it resolves to public. */
export async function checkEndpointUrl(url: string, opts: { allowPrivate?: boolean | net.BlockList; resolve?: Resolver } = {}): Promise<AddressCheck> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { ok: false, reason: "scheme" };
  }
  if (parsed.protocol !== "https:" && parsed.protocol !== "http:") return { ok: false, reason: "scheme" };
  const host = parsed.hostname.replace(/^\[|\]$/g, "");
  let addresses: string[];
  try {
    addresses = net.isIP(host) ? [host] : await (opts.resolve ?? dnsResolve)(host);
  } catch {
    return { ok: false, reason: "unresolved" };
  }
  if (addresses.length === 0) return { ok: false, reason: "unresolved" };
  // Without a say from the caller: WEBHOOKS_ALLOW_PRIVATE, as lib/env.ts validated it.
  const allow = opts.allowPrivate ?? parseAllowPrivate(process.env.WEBHOOKS_ALLOW_PRIVATE) ?? false;
  if (addresses.some((a) => isPrivateAddress(a) && !allowedAnyway(a, allow))) return { ok: false, reason: "private" };
  return { ok: true, addresses };
}

export const addressCheckMessages: Record<Exclude<AddressCheck, { ok: true }>["reason"], string> = {
  scheme: "العنوان يجب أن يبدأ بـ https:// أو http://",
  private: "لا يُسمح بعناوين الشبكة الداخلية أو المحلية: اختر عنواناً عاماً على الإنترنت.",
  unresolved: "تعذّر العثور على هذا النطاق",
};
