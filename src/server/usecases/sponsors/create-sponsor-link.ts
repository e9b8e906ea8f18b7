// A sponsor's private link: a new random token each time (the old link stops working), shown once in the answer;
// only its SHA-256 is kept, so the database never holds a working link.
import { createHash, randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { SponsorLinkView } from '../../../shared/contracts/sponsors.js';
import type { Actor } from '../../../shared/permissions.js';
import type { Db } from '../../db/client.js';
import { sponsors } from '../../db/schema/index.js';
import { canUseLending, sponsorAbilities } from '../../domain/lending/abilities.js';
import { forbidden, notFound } from '../../errors.js';
import { lendingError } from '../equipment/lending-error.js';

export const sponsorTokenHash = (token: string): string => createHash('sha256').update(token).digest('hex');

/** The web page a sponsor opens (it reads GET /api/v1/public/sponsors/{token}). */
export const sponsorPageUrl = (publicUrl: string, token: string): string =>
  `${publicUrl.replace(/\/+$/, '')}/sponsors/${token}`;

export async function createSponsorLink(
  db: Db,
  actor: Actor,
  sponsorId: string,
  publicUrl: string,
): Promise<SponsorLinkView> {
  if (!canUseLending(actor)) throw forbidden();
  const token = randomBytes(24).toString('base64url');
  const now = new Date();
  await db.transaction(async (tx) => {
    const [row] = await tx.select().from(sponsors).where(eq(sponsors.id, sponsorId)).for('update');
    if (!row) throw notFound();
    const verdict = sponsorAbilities(actor, row).rotateLink;
    if (verdict !== true) throw lendingError(verdict);
    await tx
      .update(sponsors)
      .set({ linkTokenHash: sponsorTokenHash(token), linkCreatedAt: now, updatedAt: now })
      .where(eq(sponsors.id, sponsorId));
  });
  return { url: sponsorPageUrl(publicUrl, token), createdAt: now.toISOString() };
}
