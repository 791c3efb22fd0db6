import "server-only";

// The client's address, as scripts/serve.mjs determined it from the socket and, only when
// TRUST_PROXY names the proxies in front of us, X-Forwarded-For (decision 090). Every limit,
// block, duplicate check and lockout keys on this one answer; nothing else in the app reads
// X-Forwarded-For. Served without serve.mjs (plain `next start`), every client is "unknown".
export const CLIENT_HEADER = "x-midad-client";

export function clientAddress(headers: Headers): string {
  return headers.get(CLIENT_HEADER)?.trim().slice(0, 64) || "unknown";
}
