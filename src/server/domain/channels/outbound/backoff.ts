// When to try a failed send again: 5 s, 30 s, 2 min, 10 min, 30 min, each within ±20 % so that many messages
// failing together (a provider outage) do not all come back at the same moment. Six attempts in all.

/** Pause after the n-th failed attempt (index 0 = after the first). */
export const backoffDelaysMs = [5_000, 30_000, 120_000, 600_000, 1_800_000] as const;
/** Attempts in all, the first included; after the sixth failure the message is `failed`. */
export const maxSendAttempts = 6;
/** Share of each delay the jitter may add or take away. */
export const backoffJitter = 0.2;

/**
 * How long to wait after `attempt` attempts have failed (1 after the first). `random` returns [0, 1) and is
 * injectable for tests; 0.5 gives the plain delay.
 */
export function nextAttemptDelayMs(attempt: number, random: () => number = Math.random): number {
  const index = Math.min(Math.max(Math.floor(attempt), 1), backoffDelaysMs.length) - 1;
  const base = backoffDelaysMs[index] ?? 1_800_000;
  const factor = 1 + backoffJitter * (2 * Math.min(Math.max(random(), 0), 1) - 1);
  return Math.round(base * factor);
}

/** True once `attempt` attempts have failed and no more may be made. */
export function shouldGiveUp(attempt: number): boolean {
  return attempt >= maxSendAttempts;
}
