// A donor the patient's family brings to replace what the blood centre issues (issue #12, item 7): registered
// through the registry's one way in and recorded against the need as matched, in one transaction with the case
// locked, so the need's count, the donor's history and the case's timeline agree or nothing is written.
import { and, eq, sql } from 'drizzle-orm';
import type { DonorInput } from '../../../shared/contracts/donor-input.js';
import type { AsksView } from '../../../shared/contracts/outreach.js';
import type { Actor } from '../../../shared/permissions.js';
import { rowsOf, type Db } from '../../db/client.js';
import { donorEvents, donors } from '../../db/schema/index.js';
import { allUnitsArranged } from '../../domain/outreach/answer-outcome.js';
import { AppError } from '../../errors.js';
import { caseChange, type CaseBus } from '../../events/case-bus.js';
import { recordCaseEvent, touchCase } from '../cases/case-context.js';
import { registerDonor } from '../donors/register-donor.js';
import { unitsArranged } from './answer-ask.js';
import { finishOutreach } from './answer-close-asks.js';
import { loadNeedContext, requireOutreach } from './need-context.js';
import { asksView } from './outreach-view.js';

export async function addReplacementDonor(
  deps: { db: Db; bus?: CaseBus | undefined },
  actor: Actor,
  caseId: string,
  needId: string,
  body: DonorInput,
  now = new Date(),
): Promise<AsksView> {
  const { view, caseRow } = await deps.db.transaction(async (tx) => {
    const context = await loadNeedContext(tx, actor, caseId, needId, { lock: true, now });
    requireOutreach(context.abilities.addReplacement);
    const organisation = context.organisation;
    if (!organisation) throw new AppError('outreach_unavailable', { reasonKey: 'outreach.no_organisation' });
    // Someone already in the registry keeps their category (a police donor the family brings is still police, for
    // the figures); anyone new is a family replacement donor, whatever the form said.
    const [known] = await tx
      .select({ category: donors.category })
      .from(donors)
      .where(and(eq(donors.organisationId, organisation.id), eq(donors.phone, body.phone)));
    const { donorId } = await registerDonor(tx, {
      organisationId: organisation.id,
      input: { ...body, category: known?.category ?? 'family_replacement' },
      source: 'replacement',
      actorId: actor.userId,
      now,
    });
    // Asked before for this need (a wave reached them too): that ask becomes the match.
    const [ask] = rowsOf<{ id: string }>(
      await tx.execute(sql`insert into donor_asks (organisation_id, case_id, need_id, donor_id, phone, kind, state,
          asked_by_id, asked_at, answered_at, answer_channel)
        values (${organisation.id}::uuid, ${caseId}::uuid, ${needId}::uuid, ${donorId}::uuid, ${body.phone},
          'replacement', 'matched', ${actor.userId}::uuid, ${now.toISOString()}::timestamptz,
          ${now.toISOString()}::timestamptz, 'operator')
        on conflict (need_id, donor_id) do update set kind = 'replacement', state = 'matched',
          answered_at = excluded.answered_at, answer_channel = 'operator'
        returning id`),
    );
    if (!ask) throw new Error('replacement ask not written');
    await tx.insert(donorEvents).values({
      donorId,
      organisationId: organisation.id,
      type: 'matched',
      actorId: actor.userId,
      at: now,
      caseId,
      details: { askId: ask.id, needId, replacement: true },
    });
    const arranged = await unitsArranged(tx, needId, context.need.quantityFulfilled);
    await recordCaseEvent(tx, {
      caseId,
      actorId: actor.userId,
      type: 'replacement_donor_added',
      after: {
        askId: ask.id,
        needId,
        donorId,
        donorName: body.name,
        bloodGroup: body.bloodGroup,
        unitsArranged: arranged,
        unitsRequested: context.need.quantityRequested,
      },
      at: now,
    });
    if (allUnitsArranged(arranged, context.need.quantityRequested)) await finishOutreach(tx, caseId, needId, now);
    await touchCase(tx, context.caseRow, actor);
    const after = await loadNeedContext(tx, actor, caseId, needId, { now });
    return { view: await asksView(tx, after, now), caseRow: context.caseRow };
  });
  deps.bus?.publish(caseChange(caseRow));
  return view;
}
