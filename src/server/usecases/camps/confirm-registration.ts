// A place booked on the camp's page or by the desk (a phone call) is confirmed to the donor in their language on their
// channel (WhatsApp first, else SMS), with the camp's public page (its place, hours and any change). Queued in the
// registration's transaction, so a refused registration tells nobody. Not to a donor who sent STOP or withdrew
// consent; sent at once, whatever the hour, since it answers what the person has just done. A walk-in registered at
// the camp itself needs none.
import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { campRegistrations, organisations } from '../../db/schema/index.js';
import { channelText } from '../../i18n.js';
import type { CampRegistrationRow, CampRow } from './camp-access.js';
import {
  campFacts,
  kolkataTime,
  queueCampMessage,
  registrationsToMessage,
  routeFor,
  senderAccounts,
} from './camp-messages.js';
import { campPublicPath } from '../../../shared/contracts/camps.js';

/** Whether a confirmation was queued. */
export async function confirmRegistration(
  tx: DbOrTx,
  camp: CampRow,
  registration: CampRegistrationRow,
  publicUrl: string,
  now: Date,
): Promise<boolean> {
  if (!registration.slotAt) return false;
  const [row] = await registrationsToMessage(tx, camp.id, eq(campRegistrations.id, registration.id));
  if (!row || row.optedOutAt || row.consentWithdrawnAt) return false;
  const route = routeFor(await senderAccounts(tx, camp.organisationId), row.preferredChannel ?? 'whatsapp');
  if (!route) return false;
  const [org] = await tx
    .select({ name: organisations.name })
    .from(organisations)
    .where(eq(organisations.id, camp.organisationId));
  const { language } = registration;
  const state = await queueCampMessage(
    tx,
    camp,
    route,
    registration,
    {
      template: 'camp.confirmed',
      body: [
        channelText(language, 'camp.confirmed', {
          ...campFacts(camp),
          organisation: org?.name ?? '',
          name: registration.name,
          slot: kolkataTime(registration.slotAt),
          link: `${publicUrl}${campPublicPath(camp.code)}`,
        }),
        channelText(language, 'camp.stop'),
      ].join(' '),
      purpose: 'donor_notice',
      // A place given up and booked again is a new booking (a new check-in token): confirmed again.
      dedupeKey: `camp-confirmed:${registration.id}:${registration.checkInToken}`,
    },
    now,
  );
  return state !== 'muted';
}
