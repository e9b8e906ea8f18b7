// A provider's timestamp starts the person's clock, so one that cannot be true (a year-1 or year-9999 date, an
// unparseable one) must not: such a message counts as received now. Providers retry for up to about a week.

const oldestRetryMs = 7 * 24 * 3_600_000;
const clockSkewMs = 5 * 60_000;

export function plausibleReceivedAt(claimed: Date, now: Date): Date {
  const t = claimed.getTime();
  if (Number.isNaN(t) || t < now.getTime() - oldestRetryMs || t > now.getTime() + clockSkewMs) return now;
  return claimed;
}
