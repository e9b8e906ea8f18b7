// Phone numbers are masked in every response by one rule — the case header, its messages and their text, the
// timeline, messages sent, the fraud list — unless the reader revealed them (recorded once per reveal).
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { rowsOf } from '../../src/server/db/client.js';
import { outbox } from '../../src/server/db/schema/index.js';
import { caseBody, freshPhone } from '../factories/cases.js';
import { createChannelAccount } from '../factories/channels.js';
import { signIn, type Client } from '../support/app.js';
import { expectProblem } from '../support/problem.js';
import { useTestWorld } from '../support/setup.js';

const ctx = useTestWorld({ roles: ['operatorKanpur', 'viewerA', 'operatorPrayagraj'] });
const operator = ctx.client('operatorKanpur');
const viewer = ctx.client('viewerA');
const prayagraj = ctx.client('operatorPrayagraj');

/** The ten digits that must not appear in full: the number written any way a person might. */
const national = (e164: string) => e164.slice(3);

/** A case whose number shows in the header, the plea's text, an edit on the timeline and a message sent. */
async function caseWithNumbersEverywhere() {
  const first = freshPhone();
  const second = freshPhone();
  const created = (
    await operator.request({
      method: 'POST',
      url: '/api/v1/cases',
      payload: caseBody(ctx.world.kanpur, {
        requester: { name: 'Sunita', phones: [first], language: 'hi', consentToShare: true },
        text: `Oxygen chahiye, call ${national(first).slice(0, 5)} ${national(first).slice(5)} or ${second}`,
      }),
    })
  ).json() as { caseId: string };
  await operator.request({
    method: 'PATCH',
    url: `/api/v1/cases/${created.caseId}`,
    payload: { requester: { phones: [first, second], consentToShare: true } },
  });
  const account = await createChannelAccount(ctx.database.db, ctx.world.orgA.id, 'twilio');
  await ctx.database.db.insert(outbox).values({
    organisationId: ctx.world.orgA.id,
    accountId: account.id,
    provider: 'twilio',
    channel: 'sms',
    toAddress: first,
    language: 'hi',
    body: `Request noted. We will call ${first}.`,
    purpose: 'reply',
    caseId: created.caseId,
    dedupeKey: `test:${created.caseId}`,
    state: 'failed',
    error: 'interrupted',
  });
  return { id: created.caseId, phones: [first, second] };
}

describe('personal data masking', () => {
  it('a viewer never reads a full number, in the case, its timeline or the messages sent', async () => {
    const c = await caseWithNumbersEverywhere();
    const detail = await viewer.request({ method: 'GET', url: `/api/v1/cases/${c.id}` });
    const sent = await viewer.request({ method: 'GET', url: `/api/v1/cases/${c.id}/outbound` });
    expect(detail.statusCode).toBe(200);
    expect(sent.statusCode).toBe(200);
    // The message sent is there to be read (masked), so its absence cannot pass for masking.
    const messagesSent = (sent.json() as { items: Array<{ toAddress: string }> }).items;
    expect(messagesSent).toHaveLength(1);
    expect(messagesSent[0]?.toAddress).toMatch(/xxx/);
    for (const phone of c.phones) {
      for (const body of [detail.body, sent.body]) {
        expect(body).not.toContain(national(phone));
        expect(body).not.toContain(national(phone).slice(0, 5));
      }
    }
    const view = detail.json() as {
      requester: { phones: string[] };
      events: Array<{ type: string; after: { requesterPhones?: string[] } | null }>;
      can: { revealContact: boolean };
    };
    expect(view.requester.phones[0]).toMatch(/^\+91 \d{2}xxx xx\d{3}$/);
    expect(view.events.find((e) => e.type === 'field_edited')?.after?.requesterPhones?.[1]).toMatch(/xxx/);
    expect(view.can.revealContact).toBe(false);
    expectProblem(
      await viewer.request({ method: 'POST', url: `/api/v1/cases/${c.id}/reveal-contact` }),
      403,
      'forbidden',
    );
  });

  it('a reveal lasts for that operator on that case, is recorded once, and shows every number', async () => {
    const c = await caseWithNumbersEverywhere();
    const before = await operator.request({ method: 'GET', url: `/api/v1/cases/${c.id}` });
    expect(before.body).not.toContain(national(c.phones[0] ?? ''));
    await operator.request({ method: 'POST', url: `/api/v1/cases/${c.id}/reveal-contact` });
    await operator.request({ method: 'POST', url: `/api/v1/cases/${c.id}/reveal-contact` });
    const after = await operator.request({ method: 'GET', url: `/api/v1/cases/${c.id}` });
    const view = after.json() as {
      requester: { phones: string[]; phonesRevealed: boolean; revealedUntil: string | null };
      messages: Array<{ text: string }>;
      events: Array<{ type: string }>;
    };
    expect(view.requester.phones).toEqual(c.phones);
    expect(view.requester.phonesRevealed).toBe(true);
    expect(Date.parse(view.requester.revealedUntil ?? '')).toBeGreaterThan(Date.now() + 25 * 60_000);
    expect(view.messages[0]?.text).toContain(c.phones[1]);
    expect(view.events.filter((e) => e.type === 'contact_revealed')).toHaveLength(1);
    // And in the audit log, with every other number shown.
    const audited = rowsOf<{ actor_id: string }>(
      await ctx.database.db.execute(sql`select actor_id from audit_events
        where action = 'case.contact_revealed' and subject_id = ${c.id}`),
    );
    expect(audited.map((a) => a.actor_id)).toEqual([ctx.world.operatorKanpur.id]);
    const sent = await operator.request({ method: 'GET', url: `/api/v1/cases/${c.id}/outbound` });
    expect((sent.json() as { items: Array<{ toAddress: string }> }).items[0]?.toAddress).toBe(c.phones[0]);
    // Another desk worker of the same district has not revealed anything.
    const coordinator = await signIn(ctx.app, ctx.world.coordinatorKanpur.phone, ctx.world.coordinatorKanpur.password);
    expect((await coordinator.request({ method: 'GET', url: `/api/v1/cases/${c.id}` })).body).not.toContain(
      national(c.phones[0] ?? ''),
    );
  });

  it('similar cases need a whole number, from someone who takes pleas, and not too often', async () => {
    const c = await caseWithNumbersEverywhere();
    const similar = (client: Client, phone: string) =>
      client.request({ method: 'GET', url: `/api/v1/cases/similar?phone=${encodeURIComponent(phone)}` });
    expectProblem(await similar(viewer, c.phones[0] ?? ''), 403, 'forbidden');
    expectProblem(await similar(operator, national(c.phones[0] ?? '').slice(0, 7)), 400, 'validation_failed');
    const found = await similar(operator, c.phones[0] ?? '');
    expect((found.json() as { items: Array<{ id: string }> }).items.map((i) => i.id)).toContain(c.id);
    const coordinator = await signIn(ctx.app, ctx.world.coordinatorUnnao.phone, ctx.world.coordinatorUnnao.password);
    const answers = [];
    for (let i = 0; i < 31; i += 1) answers.push((await similar(coordinator, freshPhone())).statusCode);
    expect(answers.slice(0, 30).every((s) => s === 200)).toBe(true);
    expect(answers[30]).toBe(429);
  });

  it('the fraud list: masked for viewers, and only the flagging organisation takes a flag off', async () => {
    const phone = freshPhone();
    const flagged = await operator.request({
      method: 'POST',
      url: '/api/v1/flagged-phones',
      payload: { phone, reason: 'asked for money up front' },
    });
    expect(flagged.statusCode).toBe(201);
    expect(flagged.json()).toMatchObject({ organisation: { id: ctx.world.orgA.id }, can: { remove: true } });
    const seenByViewer = await viewer.request({ method: 'GET', url: '/api/v1/flagged-phones' });
    expect(seenByViewer.statusCode).toBe(200);
    const listed = (seenByViewer.json() as { items: Array<{ phone: string }> }).items.map((f) => f.phone);
    expect(listed.filter((shown) => shown.endsWith(phone.slice(-3)) && shown.includes('xxx'))).toHaveLength(1);
    expect(seenByViewer.body).not.toContain(national(phone));
    const seenByOther = (await prayagraj.request({ method: 'GET', url: '/api/v1/flagged-phones' })).json() as {
      items: Array<{ phone: string; can: { remove: boolean } }>;
    };
    expect(seenByOther.items.find((f) => f.phone === phone)?.can.remove).toBe(false);
    const remove = (client: Client) =>
      client.request({ method: 'DELETE', url: `/api/v1/flagged-phones/${encodeURIComponent(phone)}` });
    expectProblem(await remove(prayagraj), 403, 'forbidden');
    expect((await remove(operator)).statusCode).toBe(204);
  });
});
