import { and, asc, count, ilike, or } from 'drizzle-orm';
import type { UserView } from '../../../shared/contracts/users.js';
import { canListPeople, type Actor } from '../../../shared/permissions.js';
import type { Db } from '../../db/client.js';
import { users } from '../../db/schema/index.js';
import { forbidden } from '../../errors.js';
import { peopleScope } from '../../db/queries/people-scope.js';
import { presentUsers } from '../../presenters/user.js';

export async function listUsers(
  db: Db,
  actor: Actor,
  query: { limit: number; offset: number; q?: string | undefined },
): Promise<{ items: UserView[]; total: number }> {
  if (!canListPeople(actor)) throw forbidden();
  const pattern = query.q ? `%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
  const where = and(
    peopleScope(actor),
    pattern ? or(ilike(users.name, pattern), ilike(users.phone, pattern), ilike(users.email, pattern)) : undefined,
  );
  const [rows, totals] = await Promise.all([
    db
      .select()
      .from(users)
      .where(where)
      .orderBy(asc(users.name), asc(users.id))
      .limit(query.limit)
      .offset(query.offset),
    db.select({ n: count() }).from(users).where(where),
  ]);
  return { items: await presentUsers(db, actor, rows), total: totals[0]?.n ?? 0 };
}
