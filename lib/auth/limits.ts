// The sign-in rules as pure arithmetic over recent attempts (lib/auth/lockout.ts reads and
// writes the rows). Decision 080.
export const LIMITS = {
  /** Failures of one client on one account before it has to wait. */
  pairFree: 5,
  /** First wait after those; each further failure doubles it… */
  pairBaseMs: 30_000,
  /** …up to this. */
  pairMaxMs: 15 * 60_000,
  /** Failures of one client across all accounts (password spraying) within the window… */
  clientFailures: 20,
  /** …refuse that client until the oldest of them is older than this. */
  clientWindowMs: 15 * 60_000,
  /** Attempts older than this count for nothing and are pruned. */
  keepMs: 24 * 3600_000,
  pruneEveryMs: 10 * 60_000,
} as const;

export type Attempt = { createdAt: Date; success: boolean };

/** Failures since this pair's last success (rows newest first). */
export function consecutiveFailures(pairNewestFirst: Attempt[]): number {
  let n = 0;
  for (const a of pairNewestFirst) {
    if (a.success) break;
    n++;
  }
  return n;
}

/** How long the pair must wait after its latest failure, in ms (0 while under the free count). */
export function pairDelayMs(failures: number): number {
  if (failures < LIMITS.pairFree) return 0;
  return Math.min(LIMITS.pairBaseMs * 2 ** (failures - LIMITS.pairFree), LIMITS.pairMaxMs);
}

/**
 * Seconds this client must wait before trying this account, or 0.
 * `pair`: this client's attempts on this account, newest first.
 * `clientFailures`: this client's failures on any account within the client window, newest first.
 */
export function waitFor(pair: Attempt[], clientFailures: Attempt[], now: Date): number {
  let until = 0;
  const failures = consecutiveFailures(pair);
  if (failures > 0) until = pair[0]!.createdAt.getTime() + pairDelayMs(failures);
  if (clientFailures.length >= LIMITS.clientFailures) {
    const oldest = clientFailures[LIMITS.clientFailures - 1]!;
    until = Math.max(until, oldest.createdAt.getTime() + LIMITS.clientWindowMs);
  }
  const ms = until - now.getTime();
  return ms > 0 ? Math.ceil(ms / 1000) : 0;
}
