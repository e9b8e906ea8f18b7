// A donor sent STOP: every donor record on that phone is opted out (never asked again, whichever organisation
// holds it), each with its history row; the ask they replied to is closed as a NO on the case's timeline and every
// other open ask of that phone is closed before it goes out.
import { eq, sql } from 'drizzle-orm';
import type { DonorAnswerChannel } from '../../../shared/enums.js';
import { rowsOf, type Tx } from '../../db/client.js';
import { cases, donorAsks, donorEvents } from '../../db/schema/index.js';
import { isAnswerable } from '../../domain/outreach/answer-outcome.js';
import { recordCaseEvent, type CaseRow } from '../cases/case-context.js';
import { closeOpenAsks } from './answer-close-asks.js';

export interface DonorStopped {
  donorsOptedOut: number;
  /** The case of the ask replied to, for the live bus after commit. */
  changedCase: CaseRow | null;
}

export async function stopDonorPhone(
  tx: Tx,
  params: { phone: string; askId: string | null; channel: DonorAnswerChannel; now?: Date },
): Promise<DonorStopped> {
  const now = params.now ?? new Date();
  let changedCase: CaseRow | null = null;
  if (params.askId) {
    const [target] = await tx
      .select({ caseId: donorAsks.caseId })
      .from(donorAsks)
      .where(eq(donorAsks.id, params.askId));
    const [caseRow] = target ? await tx.select().from(cases).where(eq(cases.id, target.caseId)).for('update') : [];
    const [ask] = await tx.select().from(donorAsks).where(eq(donorAsks.id, params.askId)).for('update');
    if (caseRow && ask && isAnswerable(ask)) {
      await tx
        .update(donorAsks)
        .set({ state: 'no', answeredAt: now, answerChannel: params.channel })
        .where(eq(donorAsks.id, ask.id));
      await recordCaseEvent(tx, {
        caseId: caseRow.id,
        actorId: null,
        type: 'donor_answered',
        after: { askId: ask.id, needId: ask.needId, donorId: ask.donorId, answer: 'stop', channel: params.channel },
        at: now,
      });
      await tx
        .update(cases)
        .set({ version: sql`${cases.version} + 1`, updatedAt: now })
        .where(eq(cases.id, caseRow.id));
      changedCase = caseRow;
    }
  }
  const stopped = rowsOf<{ id: string; organisation_id: string }>(
    await tx.execute(sql`update donors set opted_out_at = ${now.toISOString()}::timestamptz, updated_at = now()
      where phone = ${params.phone} and opted_out_at is null returning id, organisation_id`),
  );
  if (stopped.length > 0) {
    await tx.insert(donorEvents).values(
      stopped.map((d) => ({
        donorId: d.id,
        organisationId: d.organisation_id,
        type: 'opted_out' as const,
        at: now,
        details: { via: params.channel, askId: params.askId },
      })),
    );
  }
  await closeOpenAsks(tx, sql`phone = ${params.phone}`, now);
  return { donorsOptedOut: stopped.length, changedCase };
}
