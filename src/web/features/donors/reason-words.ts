// An eligibility reason as the rules store it ({ code, params }) into the words of blood.reason.<code>: its days
// written the way the page's language writes dates, its numbers as they are.

export interface StoredReason {
  code: string;
  params: Record<string, string | number>;
}

/** Params whose values are ISO days ('2027-02-12'): written as dates. */
const dayParams = new Set(['date']);

/** The params with each day written for people (`formatDay`); everything else as the rules gave it. */
export function reasonParams(
  params: StoredReason['params'],
  formatDay: (day: string) => string,
): Record<string, string | number> {
  return Object.fromEntries(
    Object.entries(params).map(([key, value]) => [
      key,
      dayParams.has(key) && typeof value === 'string' ? formatDay(value) : value,
    ]),
  );
}
