// The code a donor asks for on /donate/me: sent only when the phone is registered, from their organisation's
// number, in the language and by the channel on their record. The caller answers the same either way, so the page
// does not tell anyone whether a number is a donor's.
import { desc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { donors } from '../../db/schema/index.js';
import { sendPhoneCode } from './send-phone-code.js';

export async function requestOwnRecordCode(db: Db, phone: string, secret: string, now = new Date()): Promise<void> {
  const [donor] = await db
    .select({
      organisationId: donors.organisationId,
      language: donors.language,
      preferredChannel: donors.preferredChannel,
    })
    .from(donors)
    .where(eq(donors.phone, phone))
    .orderBy(desc(donors.updatedAt))
    .limit(1);
  if (!donor) return;
  await sendPhoneCode(
    db,
    {
      phone,
      purpose: 'donor_history',
      language: donor.language,
      channel: donor.preferredChannel === 'sms' ? 'sms' : 'whatsapp',
      organisationId: donor.organisationId,
    },
    secret,
    now,
  );
}
