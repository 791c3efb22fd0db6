import net from "node:net";

// WEBHOOKS_ALLOW_PRIVATE, parsed (lib/env.ts validates it with this; lib/webhooks/address.ts
// applies it). Kept apart from address.ts so lib/env.ts does not pull in DNS.

/**
 * Which private addresses are allowed anyway: none ("0", the default), all ("1"), or a list
 * of addresses and CIDR ranges ("127.0.0.2,10.20.0.0/16"): a paper's own receivers, or the
 * test suite's receiver on one loopback address, while every other private address stays
 * refused. `null` means the value is not valid (lib/env.ts refuses to start with it).
 */
export function parseAllowPrivate(value: string | undefined): boolean | net.BlockList | null {
  const v = (value ?? "0").trim();
  if (v === "" || v === "0") return false;
  if (v === "1") return true;
  const list = new net.BlockList();
  for (const item of v.split(",").map((x) => x.trim()).filter(Boolean)) {
    const [addr, prefix, extra] = item.split("/");
    const family = net.isIP(addr ?? "");
    if (!family || extra !== undefined) return null;
    const type = family === 4 ? "ipv4" : "ipv6";
    if (prefix === undefined) list.addAddress(addr!, type);
    else {
      const bits = Number(prefix);
      if (!/^\d{1,3}$/.test(prefix) || bits > (family === 4 ? 32 : 128)) return null;
      list.addSubnet(addr!, bits, type);
    }
  }
  return list;
}

/** Private allowed for this address under the setting (boolean or allow-list). */
export function allowedAnyway(ip: string, allow: boolean | net.BlockList): boolean {
  if (typeof allow === "boolean") return allow;
  const family = net.isIP(ip);
  return family !== 0 && allow.check(ip, family === 4 ? "ipv4" : "ipv6");
}
