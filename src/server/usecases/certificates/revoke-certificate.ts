// A coordinator revokes a certificate issued in error (the wrong donor, a donation recorded twice) with a reason:
// the verify page then says "revoked", the public PDF is gone, and it cannot be sent again. The number stays taken.
import { eq } from 'drizzle-orm';
import type { CertificateView, RevokeCertificateBody } from '../../../shared/contracts/certificates.js';
import type { Actor } from '../../../shared/permissions.js';
import type { Db } from '../../db/client.js';
import { certificates } from '../../db/schema/index.js';
import { AppError } from '../../errors.js';
import { presentCertificate } from '../../presenters/certificate.js';
import { recordAuditEvent } from '../audit/record-audit-event.js';
import { findCertificate, requireCertificateAccess, requireCertificateDesk, verifyUrl } from './certificate-context.js';

export async function revokeCertificate(
  deps: { db: Db; publicUrl: string },
  actor: Actor,
  number: string,
  body: RevokeCertificateBody,
  now = new Date(),
): Promise<CertificateView> {
  requireCertificateDesk(actor);
  return deps.db.transaction(async (tx) => {
    const located = await findCertificate(tx, number, true);
    requireCertificateAccess(actor, located, 'coordinate');
    if (located.row.revokedAt) {
      throw new AppError('certificate_unavailable', { reasonKey: 'certificate.already_revoked' });
    }
    const [row] = await tx
      .update(certificates)
      .set({ revokedAt: now, revokedById: actor.userId, revokedReason: body.reason })
      .where(eq(certificates.id, located.row.id))
      .returning();
    if (!row) throw new Error('no certificate');
    await recordAuditEvent(tx, {
      actorId: actor.userId,
      action: 'certificate.revoked',
      subjectType: 'certificate',
      subjectId: row.id,
      organisationIds: [row.organisationId],
      details: { number: row.number, reason: body.reason },
    });
    return presentCertificate(row, {
      verifyUrl: verifyUrl(deps.publicUrl, row.number),
      can: { send: false, revoke: false },
    });
  });
}
