// The thank-you for a donation, queued in the donation's transaction on the donor's channel and in their language:
// not for a donor who sent STOP or withdrew consent, nor when the organisation has no account on that channel.
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { channelAccounts, donorEvents } from '../../db/schema/index.js';
import { thanksMessage, type DonationReach } from '../../domain/blood/donor-thanks.js';
import { channelText } from '../../i18n.js';
import type { DonationRow, DonorRow } from '../../presenters/donor.js';
import { enqueueOutbound } from '../channels/enqueue-outbound.js';

/** Returns whether a thank-you was queued (an opted-out number is recorded muted by the queue: not thanked). */
export async function thankDonor(
  tx: DbOrTx,
  donor: DonorRow,
  donation: DonationRow,
  reach: DonationReach,
  nextEligibleOn: string | null,
  actorId: string | null,
  now: Date,
): Promise<boolean> {
  if (donor.optedOutAt !== null || donor.consentWithdrawnAt !== null) return false;
  const channel = donor.preferredChannel === 'sms' ? 'sms' : 'whatsapp';
  const [account] = await tx
    .select({ id: channelAccounts.id, provider: channelAccounts.provider })
    .from(channelAccounts)
    .where(
      and(
        eq(channelAccounts.organisationId, donor.organisationId),
        eq(channelAccounts.enabled, true),
        inArray(channelAccounts.provider, channel === 'sms' ? ['twilio', 'exotel'] : ['whatsapp']),
      ),
    )
    .orderBy(asc(channelAccounts.createdAt))
    .limit(1);
  if (!account) return false;
  const language = donor.language;
  const body = thanksMessage(
    {
      language,
      name: donor.name,
      product: donation.product,
      donatedOn: donation.donatedOn,
      reach,
      nextEligibleOn,
    },
    (key, params) => channelText(language, key, params),
  );
  const state = await enqueueOutbound(
    tx,
    {
      accountId: account.id,
      organisationId: donor.organisationId,
      provider: account.provider,
      channel,
      to: donor.phone,
      language,
      template: 'donor_thanks.thanks',
      body,
      purpose: 'donor_thanks',
      caseId: donation.caseId,
      dedupeKey: `donation:${donation.id}:thanks`,
    },
    now,
  );
  if (state === 'muted' || state === 'duplicate') return false;
  await tx.insert(donorEvents).values({
    donorId: donor.id,
    organisationId: donor.organisationId,
    type: 'thanked',
    actorId,
    at: now,
    caseId: donation.caseId,
    details: { donationId: donation.id, channel, language },
  });
  return true;
}
