// When a failed delivery is tried again. Waits grow exponentially from 30 seconds
// (WEBHOOKS_FIRST_RETRY_SECONDS; the end-to-end tests shorten it) and are capped at 4 hours;
// a delivery whose first attempt is more than 24 hours old is not tried again: it is failed.

export const RETRY_WINDOW_MS = 24 * 60 * 60 * 1000;
export const FIRST_WAIT_MS = 30 * 1000;
const LONGEST_WAIT_MS = 4 * 60 * 60 * 1000;

/** Wait after the `attempts`-th failed attempt (1-based), without jitter. */
export function retryDelayMs(attempts: number, firstWaitMs = FIRST_WAIT_MS): number {
  const n = Math.max(1, Math.floor(attempts));
  return Math.min(firstWaitMs * 2 ** (n - 1), LONGEST_WAIT_MS);
}

/**
 * The time of the next attempt after a failure, or null when the 24-hour window is spent.
 * `jitter` (0..1) spreads retries of many deliveries failing together by up to 10 %.
 */
export function nextAttemptAt(firstAttemptAt: Date, attempts: number, now: Date, jitter = 0, firstWaitMs = FIRST_WAIT_MS): Date | null {
  const wait = retryDelayMs(attempts, firstWaitMs) * (1 + 0.1 * Math.min(Math.max(jitter, 0), 1));
  const next = new Date(now.getTime() + wait);
  return next.getTime() - firstAttemptAt.getTime() > RETRY_WINDOW_MS ? null : next;
}
