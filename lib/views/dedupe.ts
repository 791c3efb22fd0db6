import "server-only";
import crypto from "node:crypto";
import { LRUCache } from "lru-cache";
import { derivedSecret } from "@/lib/auth/secret";

// One counted view per client and piece per window (issue 9, finding 9): a reader who
// reloads, or a script replaying the beacon, adds one view per half hour, not one per request.
// The client is the address serve.mjs determined (lib/http/client.ts, decision 090), kept only
// as an HMAC with a server secret, like comment client hashes (decision 030).
// Memory is bounded: at most MAX_KEYS recent (client, piece) pairs, each dropped when its
// window ends (overwritten at its next view) or, under a flood of distinct clients, when it is the least recently seen.
export const VIEW_WINDOW_MS = 30 * 60_000;
const MAX_KEYS = 100_000;

// Value: when the pair's window ends (ms since epoch).
type State = { seen: LRUCache<string, number>; secret: string | null };
const g = globalThis as unknown as { midadViewWindows?: State };
const state: State = (g.midadViewWindows ??= {
  seen: new LRUCache<string, number>({ max: MAX_KEYS }),
  secret: null,
});

function keyOf(client: string, articleId: number): string {
  state.secret ??= derivedSecret("view-client");
  return crypto.createHmac("sha256", state.secret).update(`${client}|${articleId}`).digest("base64url").slice(0, 22);
}

/** True the first time this client views this piece within the window (the view counts). */
export function firstViewInWindow(client: string, articleId: number, now = Date.now()): boolean {
  const key = keyOf(client, articleId);
  const until = state.seen.get(key);
  if (until !== undefined && until > now) return false;
  state.seen.set(key, now + VIEW_WINDOW_MS);
  return true;
}

/** The other instances (scripts/cluster-bus.mjs, when serve.mjs runs with REDIS_URL). */
const CLUSTER = Symbol.for("midad.cluster");
type Cluster = { claimOnce(key: string, ttlMs: number): Promise<boolean | undefined> };

/**
 * The view counts when this instance has not counted the pair in the window and, with
 * several instances sharing Redis, neither has any other (one SET NX per new pair, so a
 * reader whose beacons land on two instances counts once). Without Redis, or when it does
 * not answer at once, this instance's memory decides alone, as with one process.
 */
export async function countsAsView(client: string, articleId: number, now = Date.now()): Promise<boolean> {
  if (!firstViewInWindow(client, articleId, now)) return false;
  const cluster = (globalThis as { [CLUSTER]?: Cluster })[CLUSTER];
  if (!cluster) return true;
  const shared = await cluster.claimOnce(`view:${keyOf(client, articleId)}`, VIEW_WINDOW_MS);
  return shared ?? true;
}

/** How many (client, piece) pairs are remembered now; for tests and monitoring. */
export function rememberedViewers(): number {
  return state.seen.size;
}
