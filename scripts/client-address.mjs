// Who is asking: the one place that decides a request's client address (issue 9, decision
// 090). Only the socket address can be believed, unless TRUST_PROXY says which proxies in
// front of us set X-Forwarded-For. The answer travels to the app in one internal header
// (lib/http/client.ts reads it); whatever a client sent under that name is dropped first.
import proxyaddr from "proxy-addr";

export const CLIENT_HEADER = "x-midad-client";
/** Headers a client could use to lie about itself; dropped when no proxy is trusted. */
const FORWARDING_HEADERS = ["x-forwarded-for", "x-forwarded-host", "x-forwarded-proto", "x-forwarded-port", "x-real-ip", "forwarded"];

/**
 * TRUST_PROXY: unset, "off", "false" or "0" trusts nobody (the socket address is the client);
 * a number N trusts the N nearest hops; otherwise a comma-separated list of proxy addresses,
 * CIDR ranges or the names "loopback", "linklocal", "uniquelocal".
 * @returns {null | ((addr: string, i: number) => boolean)} null when nothing is trusted
 */
export function parseTrustProxy(value) {
  const v = String(value ?? "").trim().toLowerCase();
  if (v === "" || v === "off" || v === "false" || v === "0" || v === "no") return null;
  if (/^\d+$/.test(v)) {
    const hops = Number(v);
    return (_addr, i) => i < hops;
  }
  if (v === "true" || v === "on") throw new Error("TRUST_PROXY: name the proxies (addresses, CIDR ranges, loopback) or a hop count, not just on");
  return proxyaddr.compile(v.split(",").map((s) => s.trim()).filter(Boolean));
}

/** Set the client header on a Node request, dropping what the client may not decide. */
export function identifyClient(req, trust) {
  delete req.headers[CLIENT_HEADER];
  const socket = req.socket?.remoteAddress ?? "unknown";
  if (!trust) {
    for (const h of FORWARDING_HEADERS) delete req.headers[h];
    req.headers[CLIENT_HEADER] = normalise(socket);
    return;
  }
  let address;
  try {
    address = proxyaddr(req, trust);
  } catch {
    address = socket; // a malformed X-Forwarded-For
  }
  req.headers[CLIENT_HEADER] = normalise(address ?? socket);
}

/** "::ffff:1.2.3.4" is 1.2.3.4; long junk is cut. */
function normalise(address) {
  const a = String(address).replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/i, "$1");
  return a.slice(0, 64);
}
