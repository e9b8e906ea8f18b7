// GET /transfusion-patients: the children the reader may see (their organisation, their districts), filtered by
// district, state and organisation, searched by name, guardian, reference or the last digits of the guardian's
// phone; active children first, then by reference. Phones are always masked in the list.
import { and, asc, count, eq, ilike, like, or, sql, type SQL } from 'drizzle-orm';
import type {
  TransfusionPatientList,
  TransfusionPatientQuery,
} from '../../../shared/contracts/transfusion-patients.js';
import type { Actor } from '../../../shared/permissions.js';
import { scopeFor } from '../../../shared/scope.js';
import type { DbOrTx } from '../../db/client.js';
import { transfusionPatients } from '../../db/schema/index.js';
import { scopeCondition } from '../../db/scope-condition.js';
import { requireThalassemia } from './lock-patient.js';
import { patientSummaries } from './patient-reads.js';

const escapeLike = (text: string): string => text.replace(/[\\%_]/g, (c) => `\\${c}`);

function searchCondition(q: string | undefined): SQL | undefined {
  const text = q?.trim();
  if (!text) return undefined;
  const pattern = `%${escapeLike(text)}%`;
  const digits = text.replace(/[\s-]/g, '');
  return or(
    ilike(transfusionPatients.name, pattern),
    ilike(transfusionPatients.guardianName, pattern),
    ilike(transfusionPatients.reference, pattern),
    /^[0-9]{3,10}$/.test(digits)
      ? or(like(transfusionPatients.guardianPhone, `%${digits}`), like(transfusionPatients.altPhone, `%${digits}`))
      : undefined,
  );
}

export async function listTransfusionPatients(
  db: DbOrTx,
  actor: Actor,
  query: { limit: number; offset: number } & Omit<TransfusionPatientQuery, 'limit' | 'offset'>,
): Promise<TransfusionPatientList> {
  requireThalassemia(actor);
  const where = and(
    scopeCondition(
      scopeFor(actor, 'health'),
      { organisationId: transfusionPatients.organisationId, districtCode: transfusionPatients.districtCode },
      'read',
    ),
    query.district ? eq(transfusionPatients.districtCode, query.district) : undefined,
    query.state ? eq(transfusionPatients.state, query.state) : undefined,
    query.organisationId ? eq(transfusionPatients.organisationId, query.organisationId) : undefined,
    searchCondition(query.q),
  );
  const [rows, total] = await Promise.all([
    db
      .select()
      .from(transfusionPatients)
      .where(where)
      .orderBy(
        sql`case ${transfusionPatients.state} when 'active' then 0 when 'paused' then 1 else 2 end`,
        asc(transfusionPatients.reference),
        asc(transfusionPatients.id),
      )
      .limit(query.limit)
      .offset(query.offset),
    db.select({ n: count() }).from(transfusionPatients).where(where),
  ]);
  return { items: await patientSummaries(db, rows, new Date()), total: total[0]?.n ?? 0 };
}
