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

/** PostgreSQL chose this transaction to break a deadlock (40P01): nothing of it was written, so it may run again. */
export function deadlockDetected(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; current && depth < 5; depth += 1) {
    if ((current as PgErrorLike).code === '40P01') return true;
    current = (current as PgErrorLike).cause;
  }
  return false;
}

/**
 * Runs a whole transaction again when PostgreSQL broke a deadlock by rolling it back: for writes whose locks cannot
 * be taken in one global order (two children's rosters sharing donors who agreed to more pools).
 */
export async function retryOnDeadlock<T>(run: () => Promise<T>, attempts = 3): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await run();
    } catch (error) {
      if (attempt >= attempts || !deadlockDetected(error)) throw error;
    }
  }
}
