// A guard against message loops (an auto-responder answering our auto-reply, a bug re-sending): the same text
// to the same number more than `loopLimit` times within `loopWindowMinutes` is held back, not sent.

export const loopWindowMinutes = 30;
export const loopWindowMs = loopWindowMinutes * 60_000;
/** Identical messages allowed in the window; the next one (the sixth) is held. */
export const loopLimit = 5;

/**
 * `recentSameTextToSameNumberCount`: identical texts already queued or sent to this number within the window,
 * not counting this one. True when this one must be held back.
 */
export function isLoop(recentSameTextToSameNumberCount: number, limit: number = loopLimit): boolean {
  return recentSameTextToSameNumberCount >= limit;
}

/** The text as compared for loops: case, spacing and surrounding whitespace do not make a message new. */
export function loopText(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLowerCase();
}
