// A camp's registrations for the desk, in slot order (walk-ins last), phones masked: by state, the one a QR token
// names, the one a phone registered, or part of the name / the phone's last digits.
import { and, asc, count, eq, ilike, like, or, sql, type SQL } from 'drizzle-orm';
import type { RegistrationList, RegistrationQuery } from '../../../shared/contracts/camps.js';
import type { Actor } from '../../../shared/permissions.js';
import type { DbOrTx } from '../../db/client.js';
import { campRegistrations } from '../../db/schema/index.js';
import { campFor } from './camp-access.js';
import { presentRegistration } from './present-camp.js';

export async function listRegistrations(
  db: DbOrTx,
  actor: Actor,
  campId: string,
  query: { limit: number; offset: number } & Omit<RegistrationQuery, 'limit' | 'offset'>,
): Promise<RegistrationList> {
  const now = new Date();
  const camp = await campFor(db, actor, campId, now);
  const digits = query.q && /^[0-9]{3,10}$/.test(query.q) ? query.q : null;
  const conditions: Array<SQL | undefined> = [
    eq(campRegistrations.campId, camp.id),
    query.state ? eq(campRegistrations.state, query.state) : undefined,
    query.token ? eq(campRegistrations.checkInToken, query.token) : undefined,
    query.phone ? eq(campRegistrations.phone, query.phone) : undefined,
    query.q
      ? digits
        ? or(like(campRegistrations.phone, `%${digits}`), ilike(campRegistrations.name, `%${query.q}%`))
        : ilike(campRegistrations.name, `%${query.q}%`)
      : undefined,
  ];
  const where = and(...conditions);
  const [rows, total] = await Promise.all([
    db
      .select()
      .from(campRegistrations)
      .where(where)
      .orderBy(sql`${campRegistrations.slotAt} asc nulls last`, asc(campRegistrations.registeredAt))
      .limit(query.limit)
      .offset(query.offset),
    db.select({ n: count() }).from(campRegistrations).where(where),
  ]);
  return { items: rows.map((row) => presentRegistration(actor, camp, row, now)), total: total[0]?.n ?? 0 };
}
