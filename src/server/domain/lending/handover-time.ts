// The figure the seeds tell ("a cylinder reached the patient within half an hour"): whole minutes from the person's
// first message on the case to the hand-over. A clock a little ahead on an operator's phone must not make it negative.

/** Whole minutes from the first message to the hand-over; null when the case has no first message. */
export function minutesToHandOver(firstMessageAt: Date | null, handedOverAt: Date): number | null {
  if (firstMessageAt === null) return null;
  return Math.max(0, Math.floor((handedOverAt.getTime() - firstMessageAt.getTime()) / 60_000));
}
