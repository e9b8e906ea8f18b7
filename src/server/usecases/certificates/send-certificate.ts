// Sends the donor their certificate's link (the public verify page, which offers the PDF) on WhatsApp or SMS in
// their language, through the outbox in this transaction like every other message: not to a donor who sent STOP or
// withdrew consent (answered with `queued: false`), never for a revoked certificate.
import { eq } from 'drizzle-orm';
import type { SendCertificateResult } from '../../../shared/contracts/certificates.js';
import type { Channel } from '../../../shared/enums.js';
import type { Actor } from '../../../shared/permissions.js';
import type { Db } from '../../db/client.js';
import { certificates } from '../../db/schema/index.js';
import { AppError } from '../../errors.js';
import { channelText } from '../../i18n.js';
import { presentCertificate } from '../../presenters/certificate.js';
import { enqueueOutbound } from '../channels/enqueue-outbound.js';
import { messageRoute } from '../loans/loan-message-route.js';
import {
  certificateAccess,
  certificateRecord,
  findCertificate,
  requireCertificateDesk,
  verifyUrl,
} from './certificate-context.js';

export async function sendCertificate(
  deps: { db: Db; publicUrl: string },
  actor: Actor,
  number: string,
  now = new Date(),
): Promise<SendCertificateResult> {
  requireCertificateDesk(actor);
  return deps.db.transaction(async (tx) => {
    const located = await findCertificate(tx, number, true);
    const access = certificateAccess(actor, certificateRecord(located.row.organisationId, located.districtCode));
    if (access.level === 'none') throw new AppError('not_found');
    if (access.level !== 'work') throw new AppError('forbidden');
    let row = located.row;
    if (row.revokedAt) throw new AppError('certificate_unavailable', { reasonKey: 'certificate.revoked' });
    const link = verifyUrl(deps.publicUrl, row.number);
    const present = () => presentCertificate(row, { verifyUrl: link, can: { send: true, revoke: access.coordinates } });
    const { donor } = located;
    if (donor.optedOut || donor.withdrawn) return { certificate: present(), queued: false };
    const preferred: Channel = donor.preferredChannel === 'sms' ? 'sms' : 'whatsapp';
    const route = await messageRoute(tx, row.organisationId, preferred);
    if (!route) throw new AppError('certificate_unavailable', { reasonKey: 'certificate.no_channel' });
    const language = donor.language;
    const state = await enqueueOutbound(
      tx,
      {
        accountId: route.accountId,
        organisationId: row.organisationId,
        provider: route.provider,
        channel: route.channel,
        to: donor.phone,
        language,
        template: 'certificate.send',
        body: channelText(language, 'certificate.send', {
          name: row.donorName,
          organisation: language === 'hi' ? row.organisationNameHi : row.organisationNameEn,
          number: row.number,
          link,
        }),
        purpose: 'donor_thanks',
        dedupeKey: `certificate:${row.id}:send:${now.getTime()}`,
      },
      now,
    );
    const queued = state !== 'muted' && state !== 'duplicate';
    if (queued) {
      const [updated] = await tx
        .update(certificates)
        .set({ sentAt: now })
        .where(eq(certificates.id, row.id))
        .returning();
      if (updated) row = updated;
    }
    return { certificate: present(), queued };
  });
}
