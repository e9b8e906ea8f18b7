// The code a person asks for on /donate before registering: sent from the number of the organisation serving their
// district when they have chosen it (the one they will register with), in their language, by the channel they chose.
// When the registration comes with the request, it is checked first: a registration that would be refused gets its
// reasons now, and no code.
import type { z } from 'zod';
import type { donorCodeBody } from '../../../shared/contracts/public-donors.js';
import type { Db } from '../../db/client.js';
import { servingOrganisation } from '../../db/queries/serving-organisation.js';
import { AppError } from '../../errors.js';
import { checkPublicRegistration } from './register-public-donor.js';
import { sendPhoneCode } from './send-phone-code.js';

/** Refuses (400, nothing sent or counted) a registration sent with the request that would itself be refused. */
export async function checkCodeRegistration(
  db: Db,
  body: z.output<typeof donorCodeBody>,
  now = new Date(),
): Promise<void> {
  if (!body.registration) return;
  if (body.registration.phone !== body.phone) {
    throw new AppError('validation_failed', { count: 1 }, [{ field: 'phone', code: 'invalid' }]);
  }
  await checkPublicRegistration(db, body.registration, now);
}

export async function requestRegistrationCode(
  db: Db,
  body: z.output<typeof donorCodeBody>,
  secret: string,
  now = new Date(),
): Promise<void> {
  const district = body.registration?.district ?? body.district;
  const organisation = district === undefined ? null : await servingOrganisation(db, district);
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
