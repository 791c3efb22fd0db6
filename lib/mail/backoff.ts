// Retries of a message that failed to send (decision 130): 1, 4, 16, 64 minutes, then about
// four hours; after MAX_ATTEMPTS the message is "failed" and waits for an admin's retry.
export const MAX_ATTEMPTS = 6;
const BASE_MS = 60_000;
const MAX_MS = 4 * 3600_000;

/** Wait before the next attempt after `attempts` failures (1-based). */
export function retryDelayMs(attempts: number): number {
  return Math.min(BASE_MS * 4 ** Math.max(0, attempts - 1), MAX_MS);
}

/** How long a claimed message may stay "sending" before another tick takes it over (a crash). */
export const SENDING_LEASE_MS = 5 * 60_000;
