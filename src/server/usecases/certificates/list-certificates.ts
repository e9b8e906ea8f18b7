// The certificates the actor reaches (their organisations' in their districts: the camp's district, else the
// donor's), newest first; `campId` narrows to one camp.
import { and, count, desc, eq, sql, type SQL } from 'drizzle-orm';
import type { CertificateList, CertificateQuery } from '../../../shared/contracts/certificates.js';
import type { Actor } from '../../../shared/permissions.js';
import { coordinates, scopeFor } from '../../../shared/scope.js';
import type { Db } from '../../db/client.js';
import { camps, certificates, donors } from '../../db/schema/index.js';
import { scopeCondition } from '../../db/scope-condition.js';
import { AppError } from '../../errors.js';
import { presentCertificate } from '../../presenters/certificate.js';
import { certificateRecord, verifyUrl } from './certificate-context.js';

export async function listCertificates(
  deps: { db: Db; publicUrl: string },
  actor: Actor,
  query: CertificateQuery,
): Promise<CertificateList> {
  const scope = scopeFor(actor, 'health');
  if (scope.kind === 'grants' && scope.grants.length === 0) throw new AppError('forbidden');
  const district = sql`coalesce(${camps.districtCode}, ${donors.districtCode})`;
  const conditions: Array<SQL | undefined> = [
    scopeCondition(scope, { organisationId: certificates.organisationId, districtCode: district }, 'read'),
    query.campId ? eq(certificates.campId, query.campId) : undefined,
  ];
  const where = and(...conditions);
  const base = deps.db
    .select({ row: certificates, districtCode: district.mapWith(String) })
    .from(certificates)
    .innerJoin(donors, eq(donors.id, certificates.donorId))
    .leftJoin(camps, eq(camps.id, certificates.campId))
    .where(where);
  const [rows, [total]] = await Promise.all([
    base.orderBy(desc(certificates.issuedAt), desc(certificates.number)).limit(query.limit).offset(query.offset),
    deps.db
      .select({ n: count() })
      .from(certificates)
      .innerJoin(donors, eq(donors.id, certificates.donorId))
      .leftJoin(camps, eq(camps.id, certificates.campId))
      .where(where),
  ]);
  return {
    total: total?.n ?? 0,
    items: rows.map(({ row, districtCode }) => {
      const record = certificateRecord(row.organisationId, districtCode);
      return presentCertificate(row, {
        verifyUrl: verifyUrl(deps.publicUrl, row.number),
        can: { send: true, revoke: coordinates(scope, record) },
      });
    }),
  };
}
