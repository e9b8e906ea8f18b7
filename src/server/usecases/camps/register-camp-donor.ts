// The desk registers a donor for a camp (a phone call, a walk-in at the camp): desk workers of the organisation in
// the camp's district, while registrations are open. A booked place is confirmed to the donor with their pass.
import type { z } from 'zod';
import type { operatorRegistrationBody, RegistrationView } from '../../../shared/contracts/camps.js';
import type { Actor } from '../../../shared/permissions.js';
import type { Db } from '../../db/client.js';
import { lockCampFor } from './camp-access.js';
import { confirmRegistration } from './confirm-registration.js';
import { presentRegistration } from './present-camp.js';
import { registerForCamp } from './register-for-camp.js';

type OperatorRegistrationInput = z.output<typeof operatorRegistrationBody>;

export async function registerCampDonor(
  db: Db,
  actor: Actor,
  campId: string,
  body: OperatorRegistrationInput,
  publicUrl: string,
): Promise<RegistrationView> {
  const now = new Date();
  return db.transaction(async (tx) => {
    const camp = await lockCampFor(tx, actor, campId, 'register', now);
    const row = await registerForCamp(tx, camp, body, 'operator', actor.userId, now);
    await confirmRegistration(tx, camp, row, publicUrl, now);
    return presentRegistration(actor, camp, row, now);
  });
}
