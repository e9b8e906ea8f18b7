// "Open" for a case, said once in SQL. The statuses come from the shared enum; they are written as literals (not
// bound parameters) so the text matches the partial indexes' predicate exactly and the planner uses them. The
// database function intake_lock_and_find (migration 0004) spells the same condition; a test keeps them equal.
import { sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import { closedCaseStatuses } from '../../../shared/enums.js';

const closedList = sql.raw(closedCaseStatuses.map((s) => `'${s}'`).join(', '));

/** True for a case still being worked: not fulfilled, not closed. */
export function isOpenCase(status: SQLWrapper): SQL {
  return sql`${status} not in (${closedList})`;
}
