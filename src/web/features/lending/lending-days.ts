/** A Kolkata calendar day ("2026-12-07") as a moment inside it, for the date formatter (noon: no edge to fall off). */
export const dayMoment = (day: string) => `${day}T12:00:00+05:30`;

/** Today's Kolkata day plus `days` ("due soon" is due by tomorrow). */
export function kolkataDay(now: Date, days = 0): string {
  const shifted = new Date(now.getTime() + 5.5 * 3_600_000 + days * 86_400_000);
  return shifted.toISOString().slice(0, 10);
}
