import { and, eq } from 'drizzle-orm';
import type { UserView } from '../../../shared/contracts/users.js';
import { canListPeople, type Actor } from '../../../shared/permissions.js';
import type { DbOrTx } from '../../db/client.js';
import { users } from '../../db/schema/index.js';
import { forbidden, notFound } from '../../errors.js';
import { peopleScope } from '../../db/queries/people-scope.js';
import { presentUsers } from '../../presenters/user.js';

/** People outside the actor's scope are "not found": their existence is personal data too. */
export async function getUser(db: DbOrTx, actor: Actor, id: string): Promise<UserView> {
  if (!canListPeople(actor)) throw forbidden();
  const [row] = await db
    .select()
    .from(users)
    .where(and(eq(users.id, id), peopleScope(actor)));
  if (!row) throw notFound();
  const [view] = await presentUsers(db, actor, [row]);
  if (!view) throw notFound();
  return view;
}
