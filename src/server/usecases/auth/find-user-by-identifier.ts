import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { users } from '../../db/schema/index.js';
import { normaliseIdentifier } from '../../domain/auth/identifier.js';

/** The account a typed phone or e-mail names, if any, with the identifier in the form the throttle counts. */
export async function findUserByIdentifier(
  db: Db,
  raw: string,
): Promise<{ identifier: string; user: typeof users.$inferSelect | null }> {
  const identifier = normaliseIdentifier(raw);
  const [user] =
    identifier.kind === 'unknown'
      ? []
      : await db
          .select()
          .from(users)
          .where(identifier.kind === 'email' ? eq(users.email, identifier.value) : eq(users.phone, identifier.value));
  return { identifier: identifier.value, user: user ?? null };
}
