// Node lower-cases incoming header names, fetch's Headers does too, but tests and simulators hand-write them.

export type HeaderSource = Headers | Record<string, string | string[] | undefined>;

/** The first value of a header, looked up without regard to case; undefined when absent. */
export function headerValue(headers: HeaderSource, name: string): string | undefined {
  if (isFetchHeaders(headers)) return headers.get(name) ?? undefined;
  const wanted = name.toLowerCase();
  for (const [key, value] of Object.entries(headers)) {
    if (key.toLowerCase() !== wanted) continue;
    return Array.isArray(value) ? value[0] : value;
  }
  return undefined;
}

function isFetchHeaders(headers: HeaderSource): headers is Headers {
  return typeof (headers as Headers).get === 'function' && typeof (headers as Headers).entries === 'function';
}
