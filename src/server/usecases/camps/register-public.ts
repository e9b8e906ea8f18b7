// A donor registers on the camp's public page (no sign-in): the camp by its code, a slot (or the first free), and
// the answer carries the check-in token their QR code shows, and the donor gets a confirmation with their pass. The
// public form's limits (honeypot, per address and per phone, then a proof of work) are the route's; this is the
// registration itself.
import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { PublicRegistered, publicRegistrationBody } from '../../../shared/contracts/camps.js';
import type { Db, DbOrTx } from '../../db/client.js';
import { camps } from '../../db/schema/index.js';
import { normaliseCampCode } from '../../domain/camps/camp-code.js';
import { notFound } from '../../errors.js';
import type { CampRow } from './camp-access.js';
import { confirmRegistration } from './confirm-registration.js';
import { checkInUrl, presentPublicCamp } from './present-camp.js';
import { registerForCamp } from './register-for-camp.js';

type PublicRegistrationInput = z.output<typeof publicRegistrationBody>;

/** The camp of a public code; cancelled camps are still found (the page says so). */
export async function campByCode(db: DbOrTx, code: string, lock = false): Promise<CampRow> {
  const normal = normaliseCampCode(code);
  if (!normal) throw notFound();
  const query = db.select().from(camps).where(eq(camps.code, normal));
  const [row] = lock ? await query.for('no key update') : await query;
  if (!row) throw notFound();
  return row;
}

export async function registerPublic(
  db: Db,
  code: string,
  body: PublicRegistrationInput,
  publicUrl: string,
): Promise<PublicRegistered> {
  const now = new Date();
  const { camp, row } = await db.transaction(async (tx) => {
    const locked = await campByCode(tx, code, true);
    const registration = await registerForCamp(
      tx,
      locked,
      {
        name: body.name,
        phone: body.phone,
        bloodGroup: body.bloodGroup,
        category: body.category,
        language: body.language,
        slotAt: body.slotAt,
      },
      'web',
      null,
      now,
    );
    await confirmRegistration(tx, locked, registration, publicUrl, now);
    return { camp: locked, row: registration };
  });
  return {
    name: row.name,
    slotAt: row.slotAt?.toISOString() ?? null,
    checkInToken: row.checkInToken,
    checkInUrl: checkInUrl(publicUrl, camp.id, row.checkInToken),
    camp: await presentPublicCamp(db, camp, now),
  };
}
