// A message whose processing fails (a bug, the database going away) is retried a few times with growing
// pauses, then set aside as `failed` for a person to look at, rather than blocking the ones behind it.
export const maxInboxAttempts = 5;

const delaysMs = [2_000, 10_000, 60_000, 300_000];

export function inboxRetryDelayMs(attempts: number): number {
  return delaysMs[Math.min(Math.max(attempts - 1, 0), delaysMs.length - 1)] ?? 300_000;
}
