import { sql } from 'drizzle-orm';
import type { DonorView, WithdrawConsentBody } from '../../../shared/contracts/donors.js';
import type { Actor } from '../../../shared/permissions.js';
import type { Db } from '../../db/client.js';
import { closeOpenAsks } from '../outreach/answer-close-asks.js';
import { runDonorAction } from './donor-action.js';

/**
 * The donor no longer wants to be in the registry's outreach: the record stays (their donations count in the
 * figures) but nobody asks them or changes it any more (donor-abilities.ts; matching reads consent_withdrawn_at).
 * Asks already made of them are closed in the same step, so a message still waiting in the queue never goes out.
 */
export function withdrawConsent(db: Db, actor: Actor, donorId: string, body: WithdrawConsentBody): Promise<DonorView> {
  return runDonorAction(db, actor, donorId, 'withdrawConsent', async (tx, _row, now) => {
    await closeOpenAsks(tx, sql`donor_id = ${donorId}::uuid`, now);
    return {
      set: { consentWithdrawnAt: now },
      event: { type: 'consent_withdrawn', details: { note: body.note ?? null } },
    };
  });
}
