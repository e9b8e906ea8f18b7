// Donors' answers to asks (issue #12, items 6 and 7): the signed link, WhatsApp replies, STOP, the race of two
// YESes for the last unit, and replacement donors the family brings.
import { eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DonorAskPublicView } from '../../src/shared/contracts/outreach.js';
import type { AsksView } from '../../src/shared/contracts/outreach.js';
import { rowsOf } from '../../src/server/db/client.js';
import { findDonorCandidates } from '../../src/server/db/queries/donor-candidates.js';
import { donorAsks, donors, outreachRuns } from '../../src/server/db/schema/index.js';
import { kolkataDay } from '../../src/server/domain/blood/calendar.js';
import { signAnswerToken } from '../../src/server/domain/outreach/answer-token.js';
import { compatibleDonorGroups } from '../../src/server/domain/outreach/need-products.js';
import { answerAsk } from '../../src/server/usecases/outreach/answer-ask.js';
import { processNextInboxItem } from '../../src/server/usecases/channels/process-next-inbox-item.js';
import { caseBody, freshPhone } from '../factories/cases.js';
import { createChannelAccount, postInbound, type TestAccount } from '../factories/channels.js';
import { createDonor, donorBody } from '../factories/donors.js';
import { testSecret } from '../support/app.js';
import { listenToCaseStream } from '../support/case-stream-listener.js';
import { expectProblem } from '../support/problem.js';
import { useTestWorld } from '../support/setup.js';

const ctx = useTestWorld({ roles: ['operatorKanpur', 'viewerA', 'operatorPrayagraj'] });
const hospital = 'Hallet Hospital';
let whatsapp: TestAccount;

beforeAll(async () => {
  whatsapp = await createChannelAccount(ctx.database.db, ctx.world.orgA.id, 'whatsapp');
  await ctx.app.listen({ port: 0, host: '127.0.0.1' });
});

/** A Kanpur case needing `units` of B+ blood at Hallet Hospital, worked by the Kanpur operator. */
async function bloodCase(
  units: number,
): Promise<{ caseId: string; needId: string; reference: string; requester: string }> {
  const body = caseBody(ctx.world.kanpur, {
    needs: [{ resource: 'blood', quantity: units, bloodGroup: 'B+' }],
    location: { district: ctx.world.kanpur, locality: 'Swaroop Nagar', hospital },
  });
  const created = await ctx.client('operatorKanpur').request({ method: 'POST', url: '/api/v1/cases', payload: body });
  expect(created.statusCode, created.body).toBe(201);
  const { caseId, reference } = created.json() as { caseId: string; reference: string };
  const needs = rowsOf<{ id: string }>(
    await ctx.database.db.execute(sql`select id from case_needs where case_id = ${caseId}::uuid`),
  );
  return { caseId, needId: needs[0]?.id ?? '', reference, requester: body.requester.phones[0] ?? '' };
}

/** Donors asked for the need, as a wave leaves them: the message sent, an answer awaited; with the run going. */
async function askDonors(
  target: { caseId: string; needId: string },
  count: number,
  language: 'hi' | 'en' = 'hi',
): Promise<Array<{ donorId: string; askId: string; phone: string; token: string }>> {
  const db = ctx.database.db;
  await db
    .insert(outreachRuns)
    .values({ needId: target.needId, caseId: target.caseId, organisationId: ctx.world.orgA.id, radiusKm: 10, wave: 1 })
    .onConflictDoNothing();
  const asked = [];
  for (let i = 0; i < count; i += 1) {
    const donor = await createDonor(db, ctx.world.orgA.id, ctx.world.kanpur, { language });
    const [ask] = await db
      .insert(donorAsks)
      .values({
        organisationId: ctx.world.orgA.id,
        caseId: target.caseId,
        needId: target.needId,
        donorId: donor.id,
        phone: donor.phone,
        kind: 'wave',
        state: 'sent',
        wave: 1,
        askedById: ctx.world.operatorKanpur.id,
        sentAt: new Date(),
      })
      .returning({ id: donorAsks.id });
    if (!ask) throw new Error('ask not written');
    asked.push({ donorId: donor.id, askId: ask.id, phone: donor.phone, token: signAnswerToken(ask.id, testSecret) });
  }
  return asked;
}

const answerByLink = (token: string, answer: 'yes' | 'no') =>
  ctx.app.inject({ method: 'POST', url: `/api/v1/public/donor-answers/${token}`, payload: { answer } });

async function askStates(needId: string): Promise<Record<string, string>> {
  const rows = await ctx.database.db
    .select({ id: donorAsks.id, state: donorAsks.state })
    .from(donorAsks)
    .where(eq(donorAsks.needId, needId));
  return Object.fromEntries(rows.map((r) => [r.id, r.state]));
}

async function repliesTo(phone: string) {
  return rowsOf<{ template: string; body: string; state: string }>(
    await ctx.database.db.execute(
      sql`select template, body, state from outbox where to_address = ${phone} order by created_at`,
    ),
  );
}

async function caseEvents(caseId: string) {
  return rowsOf<{ type: string; after: Record<string, unknown> | null }>(
    await ctx.database.db.execute(sql`select type, after from case_events where case_id = ${caseId}::uuid order by id`),
  );
}

async function drainInbox(): Promise<void> {
  while ((await processNextInboxItem({ db: ctx.database.db })) !== 'none');
}

describe('the signed link', () => {
  it('shows what is asked — product, group, hospital, area — with no patient name and no numbers', async () => {
    const target = await bloodCase(1);
    const [donor] = await askDonors(target, 1);
    const response = await ctx.app.inject({ method: 'GET', url: `/api/v1/public/donor-answers/${donor?.token}` });
    expect(response.statusCode, response.body).toBe(200);
    const view = response.json() as DonorAskPublicView;
    expect(view).toMatchObject({
      outcome: 'open',
      language: 'hi',
      bloodGroup: 'B+',
      product: 'red_cells',
      units: 1,
      hospital,
      caseReference: target.reference,
      answer: null,
      contact: null,
    });
    expect(view.area).toContain('Swaroop Nagar');
    expect(response.body).not.toMatch(/Patient /);
    expect(response.body).not.toMatch(/\+?91\d{10}/);
  });

  it('refuses a tampered, foreign or malformed token with 404 and writes nothing', async () => {
    const target = await bloodCase(1);
    const [donor] = await askDonors(target, 1);
    const token = donor?.token ?? '';
    const flipped = `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`;
    const foreign = signAnswerToken(donor?.askId ?? '', 'another-secret-that-is-long-enough-0123456789');
    for (const bad of [flipped, foreign, 'not-a-token', `${token}x`]) {
      expectProblem(
        await ctx.app.inject({ method: 'GET', url: `/api/v1/public/donor-answers/${bad}` }),
        404,
        'not_found',
      );
      expectProblem(await answerByLink(bad, 'yes'), 404, 'not_found');
    }
    expect(await askStates(target.needId)).toEqual({ [donor?.askId ?? '']: 'sent' });
  });

  it('matches the first YES, gives them the hospital and the desk’s number (never the requester’s), thanks a later YES', async () => {
    const target = await bloodCase(1);
    const [first, second, silent] = await askDonors(target, 3, 'en');
    if (!first || !second || !silent) throw new Error('asks missing');
    const desk = await listenToCaseStream(ctx.app, ctx.client('operatorKanpur'));

    const matched = await answerByLink(first.token, 'yes');
    expect(matched.statusCode, matched.body).toBe(200);
    expect(matched.json()).toMatchObject({
      outcome: 'matched',
      answer: 'yes',
      contact: { hospital, deskPhone: ctx.world.operatorKanpur.phone },
    });
    await expect.poll(() => desk.events.map((e) => e.id), { timeout: 5000 }).toContain(target.caseId);
    desk.close();

    const late = await answerByLink(second.token, 'yes');
    expect(late.json()).toMatchObject({ outcome: 'already_arranged', answer: 'yes', contact: null });

    expect(await askStates(target.needId)).toEqual({
      [first.askId]: 'matched',
      [second.askId]: 'yes',
      // Every unit arranged: the one still waiting is closed, and the run is done.
      [silent.askId]: 'expired',
    });
    const [run] = await ctx.database.db.select().from(outreachRuns).where(eq(outreachRuns.needId, target.needId));
    expect(run).toMatchObject({ state: 'done', stopReason: 'all_units_arranged' });

    const [toFirst] = await repliesTo(first.phone);
    expect(toFirst?.template).toBe('donor_answer.matched');
    expect(toFirst?.body).toContain(hospital);
    expect(toFirst?.body).toContain(ctx.world.operatorKanpur.phone);
    expect(toFirst?.body).not.toContain(target.requester);
    expect((await repliesTo(second.phone))[0]?.template).toBe('donor_answer.already_arranged');

    const events = await caseEvents(target.caseId);
    expect(events.map((e) => e.type)).toEqual(
      expect.arrayContaining(['donor_matched', 'donor_answered', 'outreach_stopped']),
    );
    expect(events.find((e) => e.type === 'donor_matched')?.after).toMatchObject({
      askId: first.askId,
      unitsArranged: 1,
      unitsRequested: 1,
    });
    const [counted] = await ctx.database.db
      .select({ timesYes: donors.timesYes })
      .from(donors)
      .where(eq(donors.id, first.donorId));
    expect(counted?.timesYes).toBe(1);
  });

  it('records the first answer only: a second answer to the same ask changes nothing', async () => {
    const target = await bloodCase(2);
    const [donor] = await askDonors(target, 1);
    const token = donor?.token ?? '';
    expect((await answerByLink(token, 'no')).json()).toMatchObject({ outcome: 'declined', answer: 'no' });
    expect((await answerByLink(token, 'yes')).json()).toMatchObject({ outcome: 'declined', answer: 'no' });
    expect(Object.values(await askStates(target.needId))).toEqual(['no']);
    expect((await repliesTo(donor?.phone ?? '')).map((r) => r.template)).toEqual(['donor_answer.declined']);
  });

  it('two YESes at once for the last unit match exactly one donor', async () => {
    const target = await bloodCase(1);
    const asked = await askDonors(target, 2);
    const answers = await Promise.all(asked.map((a) => answerByLink(a.token, 'yes')));
    expect(answers.map((a) => a.statusCode)).toEqual([200, 200]);
    const outcomes = answers.map((a) => (a.json() as DonorAskPublicView).outcome).sort();
    expect(outcomes).toEqual(['already_arranged', 'matched']);
    expect(Object.values(await askStates(target.needId)).sort()).toEqual(['matched', 'yes']);
  });

  it('ten answers taken at once by the use case for two units match exactly two donors', async () => {
    const target = await bloodCase(2);
    const asked = await askDonors(target, 10);
    await Promise.all(
      asked.map((a) =>
        ctx.database.db.transaction((tx) => answerAsk(tx, { askId: a.askId, answer: 'yes', channel: 'whatsapp' })),
      ),
    );
    const states = Object.values(await askStates(target.needId));
    expect(states.filter((s) => s === 'matched')).toHaveLength(2);
  });

  it('five YESes at once for two units match exactly two donors', async () => {
    const target = await bloodCase(2);
    const asked = await askDonors(target, 5);
    await Promise.all(asked.map((a) => answerByLink(a.token, 'yes')));
    const states = Object.values(await askStates(target.needId));
    expect(states.filter((s) => s === 'matched')).toHaveLength(2);
    expect(states.filter((s) => s === 'yes')).toHaveLength(3);
    const matched = (await caseEvents(target.caseId)).filter((e) => e.type === 'donor_matched');
    expect(matched.map((e) => e.after?.unitsArranged).sort()).toEqual([1, 2]);
  });

  it('tells a donor the need has ended once the case is closed', async () => {
    const target = await bloodCase(1);
    const [donor] = await askDonors(target, 1);
    await ctx.database.db.execute(
      sql`update cases set status = 'closed', close_reason = 'unreachable', closed_at = now() where id = ${target.caseId}::uuid`,
    );
    const view = (
      await ctx.app.inject({ method: 'GET', url: `/api/v1/public/donor-answers/${donor?.token}` })
    ).json() as DonorAskPublicView;
    expect(view.outcome).toBe('closed');
    expect((await answerByLink(donor?.token ?? '', 'yes')).json()).toMatchObject({ outcome: 'already_arranged' });
    expect((await repliesTo(donor?.phone ?? ''))[0]?.template).toBe('donor_answer.no_longer_needed');
  });
});

describe('answers by WhatsApp', () => {
  it('हाँ from an asked donor matches them, replies on WhatsApp in Hindi and opens no case', async () => {
    const target = await bloodCase(1);
    const [donor] = await askDonors(target, 1);
    const phone = donor?.phone ?? '';
    expect((await postInbound(ctx.app, whatsapp, { from: phone, text: 'हाँ' })).statusCode).toBe(200);
    await drainInbox();
    expect(await askStates(target.needId)).toEqual({ [donor?.askId ?? '']: 'matched' });
    const [reply] = await repliesTo(phone);
    expect(reply?.template).toBe('donor_answer.matched');
    expect(reply?.body).toMatch(/[\u0900-\u097F]/);
    const [answered] = await ctx.database.db
      .select({ channel: donorAsks.answerChannel })
      .from(donorAsks)
      .where(eq(donorAsks.id, donor?.askId ?? ''));
    expect(answered?.channel).toBe('whatsapp');
    const opened = rowsOf<{ n: number }>(
      await ctx.database.db.execute(sql`select count(*)::int as n from cases where ${phone} = any(requester_phones)`),
    );
    expect(opened[0]?.n).toBe(0);
  });

  it('2 is a NO; a message that is not an answer goes on as a plea', async () => {
    const target = await bloodCase(1);
    const [donor] = await askDonors(target, 1);
    const phone = donor?.phone ?? '';
    await postInbound(ctx.app, whatsapp, { from: phone, text: 'oxygen cylinder chahiye, Kanpur' });
    await drainInbox();
    expect(await askStates(target.needId)).toEqual({ [donor?.askId ?? '']: 'sent' });
    const opened = rowsOf<{ n: number }>(
      await ctx.database.db.execute(sql`select count(*)::int as n from cases where ${phone} = any(requester_phones)`),
    );
    expect(opened[0]?.n).toBe(1);
    await postInbound(ctx.app, whatsapp, { from: phone, text: '2' });
    await drainInbox();
    expect(await askStates(target.needId)).toEqual({ [donor?.askId ?? '']: 'no' });
  });

  it('YES from a phone nobody asked is an ordinary message', async () => {
    const phone = freshPhone();
    await postInbound(ctx.app, whatsapp, { from: phone, text: 'YES' });
    await drainInbox();
    expect((await repliesTo(phone)).map((r) => r.template)).not.toContain('donor_answer.matched');
  });

  it('STOP opts the donor out: their asks close, they are never matched or messaged again', async () => {
    const first = await bloodCase(1);
    const second = await bloodCase(1);
    const [donor] = await askDonors(first, 1);
    const phone = donor?.phone ?? '';
    // The same donor asked for another need too: that ask closes with the STOP.
    const [other] = await ctx.database.db
      .insert(donorAsks)
      .values({
        organisationId: ctx.world.orgA.id,
        caseId: second.caseId,
        needId: second.needId,
        donorId: donor?.donorId ?? '',
        phone,
        kind: 'direct',
        state: 'queued',
        sendAfter: new Date(Date.now() + 3_600_000),
      })
      .returning({ id: donorAsks.id });
    await postInbound(ctx.app, whatsapp, { from: phone, text: 'STOP' });
    await drainInbox();

    const [row] = await ctx.database.db
      .select()
      .from(donors)
      .where(eq(donors.id, donor?.donorId ?? ''));
    expect(row?.optedOutAt).not.toBeNull();
    const history = rowsOf<{ type: string }>(
      await ctx.database.db.execute(
        sql`select type from donor_events where donor_id = ${donor?.donorId ?? ''}::uuid order by id`,
      ),
    );
    expect(history.map((h) => h.type)).toContain('opted_out');
    expect(await askStates(first.needId)).toEqual({ [donor?.askId ?? '']: 'no' });
    expect(await askStates(second.needId)).toEqual({ [other?.id ?? '']: 'cancelled' });
    // The channel's own STOP went on as before: confirmed, and the number is muted.
    expect((await repliesTo(phone)).map((r) => r.template)).toEqual(['opted_out']);

    // Matching leaves them out from now on.
    const candidates = await findDonorCandidates(ctx.database.db, {
      organisationId: ctx.world.orgA.id,
      districtCodes: null,
      ...compatibleDonorGroups({ group: 'B+' }, 'red_cells'),
      product: 'whole_blood',
      today: kolkataDay(new Date()),
      centre: { lat: row?.lat ?? 0, lon: row?.lon ?? 0 },
      radiusKm: 50,
      asksSince: new Date(Date.now() - 30 * 86_400_000),
      excludeNeedId: null,
      limit: 500,
    });
    expect(candidates.map((c) => c.id)).not.toContain(donor?.donorId);
  });
});

describe('replacement donors', () => {
  const url = (t: { caseId: string; needId: string }) =>
    `/api/v1/cases/${t.caseId}/needs/${t.needId}/replacement-donors`;

  it('registers the donor the family brings and records them against the need as matched', async () => {
    const target = await bloodCase(2);
    const body = donorBody(ctx.world.kanpur, { category: 'police' });
    const response = await ctx.client('operatorKanpur').request({ method: 'POST', url: url(target), payload: body });
    expect(response.statusCode, response.body).toBe(201);
    const view = response.json() as AsksView;
    expect(view.need).toMatchObject({ unitsArranged: 1, unitsStillNeeded: 1 });
    expect(view.items).toHaveLength(1);
    expect(view.items[0]).toMatchObject({ kind: 'replacement', state: 'matched', answerChannel: 'operator' });
    expect(view.items[0]?.donor.phone).not.toBe(body.phone);
    const [donor] = await ctx.database.db.select().from(donors).where(eq(donors.phone, body.phone));
    expect(donor).toMatchObject({ category: 'family_replacement', source: 'replacement' });
    expect((await caseEvents(target.caseId)).map((e) => e.type)).toContain('replacement_donor_added');
  });

  it('refuses a bad date of birth naming the field, in Hindi for Hindi callers, and writes nothing', async () => {
    const target = await bloodCase(1);
    const body = { ...donorBody(ctx.world.kanpur), dateOfBirth: '2030-01-01' };
    const response = await ctx.client('operatorKanpur').request({
      method: 'POST',
      url: url(target),
      payload: body,
      headers: { 'accept-language': 'hi' },
    });
    const problem = expectProblem(response, 400, 'validation_failed');
    expect(problem.errors?.map((e) => e.field)).toContain('dateOfBirth');
    expect(problem.title).toMatch(/[\u0900-\u097F]/);
    expect(await ctx.database.db.select().from(donors).where(eq(donors.phone, body.phone))).toEqual([]);
    expect(await askStates(target.needId)).toEqual({});
  });

  it('is refused to a viewer (403) and to another organisation (404)', async () => {
    const target = await bloodCase(1);
    const payload = donorBody(ctx.world.kanpur);
    expectProblem(await ctx.client('viewerA').request({ method: 'POST', url: url(target), payload }), 403, 'forbidden');
    expectProblem(
      await ctx.client('operatorPrayagraj').request({ method: 'POST', url: url(target), payload }),
      404,
      'not_found',
    );
    expect(await askStates(target.needId)).toEqual({});
  });
});
