// Drizzle wraps driver errors; constraint violations are found by walking the cause chain.

interface PgErrorLike {
  code?: string;
  constraint?: string;
  cause?: unknown;
}

export function uniqueViolation(error: unknown): string | null {
  let current: unknown = error;
  for (let depth = 0; current && depth < 5; depth += 1) {
    const e = current as PgErrorLike;
    if (e.code === '23505') return e.constraint ?? '';
    current = e.cause;
  }
  return null;
}
