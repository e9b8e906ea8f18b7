// What text may hold on its way in. PostgreSQL cannot store NUL in text, and an unpaired UTF-16 surrogate is not
// a character at all; both are refused at the door (or, from providers we cannot refuse, cleaned).

const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const loneSurrogates = new RegExp(loneSurrogate.source, 'g');

/** A NUL character or an unpaired surrogate: text no person typed and no database stores. */
export function isIllFormedText(value: string): boolean {
  return value.includes('\u0000') || loneSurrogate.test(value);
}

/** For text we must keep whatever it holds (a provider's message): NULs dropped, lone surrogates as U+FFFD. */
export function cleanText(value: string): string {
  return value.replaceAll('\u0000', '').replace(loneSurrogates, '\uFFFD');
}

export type TextProblem = { path: string; problem: 'ill_formed_text' | 'too_deep' };

/** Deep enough for any body the API takes; a deeper one is refused before anything walks it recursively. */
export const maxInputDepth = 32;

/**
 * The first string (or object key) in a parsed request part that is ill-formed, or the point where nesting goes
 * deeper than `maxInputDepth`. Walks with an explicit stack, so a hostile depth cannot overflow ours.
 */
export function findTextProblem(value: unknown, root: string, maxDepth = maxInputDepth): TextProblem | null {
  const stack: Array<{ value: unknown; path: string; depth: number }> = [{ value, path: root, depth: 0 }];
  while (stack.length > 0) {
    const item = stack.pop() as { value: unknown; path: string; depth: number };
    if (typeof item.value === 'string') {
      if (isIllFormedText(item.value)) return { path: item.path, problem: 'ill_formed_text' };
      continue;
    }
    if (item.value === null || typeof item.value !== 'object') continue;
    if (item.depth >= maxDepth) return { path: item.path, problem: 'too_deep' };
    const entries = Array.isArray(item.value)
      ? item.value.map((v, i) => [String(i), v] as const)
      : Object.entries(item.value as Record<string, unknown>);
    for (const [key, child] of entries) {
      const path = item.path === '' ? key : `${item.path}.${key}`;
      if (isIllFormedText(key)) return { path, problem: 'ill_formed_text' };
      stack.push({ value: child, path, depth: item.depth + 1 });
    }
  }
  return null;
}

/** The same value with every string (and plain-object key) cleaned, for provider payloads we keep rather than refuse. */
export function cleanDeep<T>(value: T): T {
  if (typeof value === 'string') return cleanText(value) as T;
  if (Array.isArray(value)) return value.map((v: unknown) => cleanDeep(v)) as T;
  const isPlainObject =
    value !== null &&
    typeof value === 'object' &&
    [Object.prototype, null].includes(Object.getPrototypeOf(value) as object | null);
  if (isPlainObject) {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>).map(([k, v]) => [cleanText(k), cleanDeep(v)]),
    ) as T;
  }
  return value;
}
