// Issues the certificates of every donation recorded at a camp at once (the coordinator's "certificates for the
// camp"), in one transaction: each donation locked in the donors' order, the ones that have a certificate kept,
// the others numbered; a `certificates_issued` camp event with the counts when any was issued.
// Every donation is locked (in id order) before the first number is taken: a single issue locks its donation and
// then the counter, so taking the counter while still waiting for a donation's lock would deadlock with it.
import { eq, inArray } from 'drizzle-orm';
import type { CampCertificatesResult } from '../../../shared/contracts/certificates.js';
import type { Actor } from '../../../shared/permissions.js';
import type { Db } from '../../db/client.js';
import { campEvents, camps, donations } from '../../db/schema/index.js';
import { AppError, notFound } from '../../errors.js';
import {
  certificateAccess,
  certificateRecord,
  requireCertificateDesk,
  settingsFor,
  settingsMissing,
} from './certificate-context.js';
import { campDonationIds, certifyLockedDonation, lockDonationToCertify } from './issue-certificate.js';

export async function issueCampCertificates(
  db: Db,
  actor: Actor,
  campId: string,
  now = new Date(),
): Promise<CampCertificatesResult> {
  requireCertificateDesk(actor);
  return db.transaction(async (tx) => {
    // NO KEY UPDATE: two camp issues still queue, but a single issue's certificate row (camp_id's foreign key
    // takes KEY SHARE on the camp) is not blocked while this waits for that issue's donation: no deadlock.
    const [camp] = await tx.select().from(camps).where(eq(camps.id, campId)).for('no key update');
    if (!camp) throw notFound();
    const access = certificateAccess(actor, certificateRecord(camp.organisationId, camp.districtCode));
    if (access.level === 'none') throw notFound();
    if (access.level !== 'work') throw new AppError('forbidden');
    const ids = await campDonationIds(tx, camp.id);
    if (ids.length > 0) {
      await tx
        .select({ id: donations.id })
        .from(donations)
        .where(inArray(donations.id, ids))
        .orderBy(donations.id)
        .for('update');
    }
    const settings = new Map<string, Awaited<ReturnType<typeof settingsFor>>>();
    let issued = 0;
    let existing = 0;
    for (const id of ids) {
      const subject = await lockDonationToCertify(tx, id);
      if (!subject) continue;
      const organisationId = subject.donation.organisationId;
      if (!settings.has(organisationId)) settings.set(organisationId, await settingsFor(tx, organisationId));
      const organisationSettings = settings.get(organisationId);
      if (!organisationSettings) throw settingsMissing();
      const { created } = await certifyLockedDonation(tx, subject, organisationSettings, actor.userId, now);
      if (created) issued += 1;
      else existing += 1;
    }
    if (issued > 0) {
      await tx.insert(campEvents).values({
        campId: camp.id,
        organisationId: camp.organisationId,
        type: 'certificates_issued',
        actorId: actor.userId,
        at: now,
        details: { issued, existing },
      });
    }
    return { issued, existing, donations: ids.length };
  });
}
