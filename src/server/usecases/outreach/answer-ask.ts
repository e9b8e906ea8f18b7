// Records a donor's YES or NO to one ask, atomically. The case row is locked first (as every case action does), so
// answers to one case are taken one at a time and two YESes for the last unit match exactly one donor; the ask is
// locked next, so the same answer arriving twice (the link and WhatsApp) is recorded once: the first one stands.
import { and, eq, sql } from 'drizzle-orm';
import {
  closedCaseStatuses,
  type CaseStatus,
  type DonorAnswer,
  type DonorAnswerChannel,
} from '../../../shared/enums.js';
import { rowsOf, type DbOrTx, type Tx } from '../../db/client.js';
import { caseNeeds, cases, donorAsks, donorEvents, donors } from '../../db/schema/index.js';
import {
  allUnitsArranged,
  answerEffect,
  isAnswerable,
  stateAfter,
  type AnswerEffect,
} from '../../domain/outreach/answer-outcome.js';
import { laterAskDay } from '../../domain/outreach/ask-day.js';
import { needProducts } from '../../domain/outreach/need-products.js';
import { channelText } from '../../i18n.js';
import { recordCaseEvent, type CaseRow } from '../cases/case-context.js';
import { finishOutreach } from './answer-close-asks.js';
import { askPlace, deskPhone } from './answer-contact.js';
import { queueAnswerReply, type ReplyRoute } from './answer-reply.js';

export interface AnswerAskParams {
  askId: string;
  answer: DonorAnswer;
  channel: DonorAnswerChannel;
  /** The way the answer came in (a WhatsApp or SMS reply goes back the same way). */
  via?: ReplyRoute | null;
  now?: Date;
}

export interface AskAnswered {
  /** What the answer did; `unchanged` when the ask was answered before or is closed (nothing written). */
  effect: AnswerEffect | 'unchanged';
  /** The case as locked, for the live bus after commit; null when nothing was written. */
  changedCase: CaseRow | null;
}

export async function answerAsk(tx: Tx, params: AnswerAskParams): Promise<AskAnswered> {
  const now = params.now ?? new Date();
  const unchanged: AskAnswered = { effect: 'unchanged', changedCase: null };
  const [target] = await tx.select({ caseId: donorAsks.caseId }).from(donorAsks).where(eq(donorAsks.id, params.askId));
  if (!target) return unchanged;
  const [caseRow] = await tx.select().from(cases).where(eq(cases.id, target.caseId)).for('update');
  const [ask] = await tx.select().from(donorAsks).where(eq(donorAsks.id, params.askId)).for('update');
  if (!caseRow || !ask || !isAnswerable(ask)) return unchanged;
  const [need] = await tx.select().from(caseNeeds).where(eq(caseNeeds.id, ask.needId));
  const [donor] = await tx
    .select({
      id: donors.id,
      name: donors.name,
      phone: donors.phone,
      language: donors.language,
      preferredChannel: donors.preferredChannel,
    })
    .from(donors)
    .where(eq(donors.id, ask.donorId));
  if (!need || !donor) return unchanged;

  const caseOpen = !(closedCaseStatuses as readonly CaseStatus[]).includes(caseRow.status);
  const arrangedBefore = await unitsArranged(tx, need.id, need.quantityFulfilled);
  const effect = answerEffect({
    answer: params.answer,
    caseOpen,
    unitsRequested: need.quantityRequested,
    unitsArranged: arrangedBefore,
  });
  const state = stateAfter(effect);
  await tx
    .update(donorAsks)
    .set({ state, answeredAt: now, answerChannel: params.channel })
    .where(eq(donorAsks.id, ask.id));
  await tx
    .update(donors)
    .set(params.answer === 'yes' ? { timesYes: sql`${donors.timesYes} + 1` } : { timesNo: sql`${donors.timesNo} + 1` })
    .where(eq(donors.id, donor.id));
  const facts = { askId: ask.id, needId: need.id, answer: params.answer, channel: params.channel, effect };
  await tx.insert(donorEvents).values([
    {
      donorId: donor.id,
      organisationId: ask.organisationId,
      type: 'answered',
      at: now,
      caseId: caseRow.id,
      details: facts,
    },
    ...(effect === 'matched'
      ? [
          {
            donorId: donor.id,
            organisationId: ask.organisationId,
            type: 'matched' as const,
            at: now,
            caseId: caseRow.id,
            details: { askId: ask.id, needId: need.id },
          },
        ]
      : []),
  ]);
  const arranged = arrangedBefore + (effect === 'matched' ? 1 : 0);
  await recordCaseEvent(tx, {
    caseId: caseRow.id,
    actorId: null,
    type: effect === 'matched' ? 'donor_matched' : 'donor_answered',
    after: { ...facts, donorId: donor.id, unitsArranged: arranged, unitsRequested: need.quantityRequested },
    at: now,
  });
  if (effect === 'matched' && allUnitsArranged(arranged, need.quantityRequested)) {
    await finishOutreach(tx, caseRow.id, need.id, now);
  }
  await tx
    .update(cases)
    .set({ version: sql`${cases.version} + 1`, updatedAt: now })
    .where(eq(cases.id, caseRow.id));

  const products = needProducts(need.resource);
  const productText = products ? channelText(donor.language, `donor_thanks.product.${products.donorProduct}`) : '';
  await queueAnswerReply(
    tx,
    {
      askId: ask.id,
      caseId: caseRow.id,
      organisationId: ask.organisationId,
      outboxId: ask.outboxId,
      donor: { ...donor, phone: ask.phone },
      reference: caseRow.reference,
      effect,
      need: [need.bloodGroup, productText].filter(Boolean).join(' '),
      place: await askPlace(tx, caseRow, donor.language),
      day: laterAskDay(caseRow, now),
      deskPhone: effect === 'matched' ? await deskPhone(tx, caseRow, ask) : null,
    },
    params.via ?? null,
    now,
  );
  return { effect, changedCase: caseRow };
}

/** Donors matched for the need plus units recorded as delivered (the contract's `unitsArranged`). */
export async function unitsArranged(tx: DbOrTx, needId: string, quantityFulfilled: number): Promise<number> {
  const rows = rowsOf<{ n: number }>(
    await tx.execute(
      sql`select count(*)::int as n from donor_asks where need_id = ${needId}::uuid and state = 'matched'`,
    ),
  );
  return (rows[0]?.n ?? 0) + quantityFulfilled;
}

/** The answerable ask a phone's reply answers, newest first, among those the organisation sent lately. */
export async function answerableAskOf(tx: Tx, phone: string, organisationId: string, now: Date) {
  const since = new Date(now.getTime() - answerWindowDays * 86_400_000);
  const [ask] = await tx
    .select({ id: donorAsks.id })
    .from(donorAsks)
    .where(
      and(
        eq(donorAsks.phone, phone),
        eq(donorAsks.organisationId, organisationId),
        sql`${donorAsks.askedAt} > ${since.toISOString()}::timestamptz`,
        sql`${donorAsks.answeredAt} is null and ${donorAsks.state} in ('queued', 'sent', 'expired')`,
      ),
    )
    // An ask the donor has received first, then one still waiting to go out, then one that lapsed; newest first.
    .orderBy(sql`case ${donorAsks.state} when 'sent' then 0 when 'queued' then 1 else 2 end, ${donorAsks.askedAt} desc`)
    .limit(1);
  return ask ?? null;
}

/** A reply this long after the ask is still read as its answer; later, it is an ordinary message. */
export const answerWindowDays = 7;
