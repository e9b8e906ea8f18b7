// The code a person asks for on /donate before registering: sent from the number of the organisation serving their
// district when they have chosen it (the one they will register with), in their language, by the channel they chose.
import type { z } from 'zod';
import type { donorCodeBody } from '../../../shared/contracts/public-donors.js';
import type { Db } from '../../db/client.js';
import { servingOrganisation } from '../../db/queries/serving-organisation.js';
import { sendPhoneCode } from './send-phone-code.js';

export async function requestRegistrationCode(
  db: Db,
  body: z.output<typeof donorCodeBody>,
  secret: string,
  now = new Date(),
): Promise<void> {
  const organisation = body.district === undefined ? null : await servingOrganisation(db, body.district);
  await sendPhoneCode(
    db,
    {
      phone: body.phone,
      purpose: 'donor_register',
      language: body.language,
      channel: body.channel ?? 'whatsapp',
      organisationId: organisation?.id ?? null,
    },
    secret,
    now,
  );
}
