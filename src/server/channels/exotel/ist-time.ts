// Exotel writes times as 'YYYY-MM-DD HH:mm:ss' in India Standard Time (UTC+05:30, no daylight saving).

const istOffsetMs = (5 * 60 + 30) * 60_000;
const pattern = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})$/;

/** The instant, or null when absent, malformed, or Exotel's "not yet" placeholder (the epoch in IST). */
export function parseIst(text: string | null | undefined): Date | null {
  const match = text ? pattern.exec(text.trim()) : null;
  if (!match) return null;
  const [year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0] = match.slice(1).map(Number);
  const wall = new Date(Date.UTC(year, month - 1, day, hour, minute, second));
  // Reject rollovers such as 2024-02-31 or 24:00:00 rather than silently moving the time.
  const exact =
    wall.getUTCFullYear() === year &&
    wall.getUTCMonth() === month - 1 &&
    wall.getUTCDate() === day &&
    wall.getUTCHours() === hour &&
    wall.getUTCMinutes() === minute &&
    wall.getUTCSeconds() === second;
  const instant = wall.getTime() - istOffsetMs;
  return exact && instant > 0 ? new Date(instant) : null;
}

export function formatIst(date: Date): string {
  const ist = new Date(date.getTime() + istOffsetMs).toISOString();
  return `${ist.slice(0, 10)} ${ist.slice(11, 19)}`;
}
