// A revealed number stays shown to the person who revealed it, on that case, for a while: long enough to call
// back and to survive the page refreshing, short enough that a screen left open does not show it for good.

export const revealMinutes = 30;

/** When the actor's latest reveal stops showing numbers, or null when nothing is revealed to them now. */
export function revealedUntil(lastRevealAt: Date | null, now: Date): Date | null {
  if (!lastRevealAt) return null;
  const until = new Date(lastRevealAt.getTime() + revealMinutes * 60_000);
  return until > now ? until : null;
}
