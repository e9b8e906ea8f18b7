// The outbound queue: replies and case updates in the requester's language, opt-outs honoured, the loop guard,
// the sender's retries and provider status callbacks, and escalations reaching coordinators' phones.
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../../src/server/db/client.js';
import { TokenBucket } from '../../src/server/domain/channels/outbound/rate-limit.js';
import type { Provider } from '../../src/shared/enums.js';
import { enqueueOutbound, type OutboundDraft } from '../../src/server/usecases/channels/enqueue-outbound.js';
import { processNextInboxItem } from '../../src/server/usecases/channels/process-next-inbox-item.js';
import { sendDueOutbound } from '../../src/server/usecases/channels/send-due-outbound.js';
import { escalateOverdueCases } from '../../src/server/usecases/notifications/escalate-overdue-cases.js';
import { signHubSignature } from '../../src/server/channels/sign.js';
import { whatsappStatusPayload } from '../../src/server/channels/payloads.js';
import { freshPhone } from '../factories/cases.js';
import { createChannelAccount, postInbound, type TestAccount } from '../factories/channels.js';
import { factoryPassword } from '../factories/index.js';
import { signIn } from '../support/app.js';
import { useTestWorld } from '../support/setup.js';

const ctx = useTestWorld();
let whatsapp: TestAccount;

const db = () => ctx.database.db;
async function drain(): Promise<void> {
  while ((await processNextInboxItem({ db: db() })) !== 'none');
}
async function outboxTo(address: string) {
  return rowsOf<{
    id: string;
    body: string;
    language: string;
    state: string;
    template: string;
    purpose: string;
    error: string | null;
    attempts: number;
    provider_message_id: string | null;
  }>(
    await db().execute(sql`select id, body, language, state, template, purpose, error, attempts, provider_message_id
      from outbox where to_address = ${address} order by created_at, dedupe_key`),
  );
}
/** A fake provider: answers each send with the next status given, and records the bodies it got. */
function fakeFetch(statuses: number[]) {
  const calls: { url: string; body: string }[] = [];
  const impl = (async (url: string | URL | Request, init?: RequestInit) => {
    calls.push({ url: String(url), body: String(init?.body ?? '') });
    const status = statuses.shift() ?? 200;
    const body =
      status < 300 ? { messages: [{ id: `wamid.sent-${calls.length}` }] } : { error: { message: 'boom', code: 1 } };
    return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  }) as typeof fetch;
  return { impl, calls };
}
function senderDeps(fetchImpl: typeof fetch) {
  const buckets = new Map<Provider, TokenBucket>([['whatsapp', new TokenBucket({ ratePerSecond: 1000, burst: 1000 })]]);
  return {
    db: db(),
    baseUrlFor: () => 'http://fake.invalid',
    publicUrl: 'http://localhost:3000',
    buckets,
    fetch: fetchImpl,
  };
}
/** A reply from the test WhatsApp account, in English, with its one-of-a-kind key. */
function reply(to: string, body: string, dedupeKey: string): OutboundDraft {
  return {
    accountId: whatsapp.id,
    organisationId: ctx.world.orgA.id,
    provider: 'whatsapp',
    channel: 'whatsapp',
    to,
    language: 'en',
    template: null,
    body,
    purpose: 'reply',
    dedupeKey,
  };
}
async function caseOf(phone: string) {
  return rowsOf<{ id: string; reference: string }>(
    await db().execute(sql`select id, reference from cases where ${phone} = any(requester_phones)`),
  )[0];
}

beforeAll(async () => {
  whatsapp = await createChannelAccount(db(), ctx.world.orgA.id, 'whatsapp');
});

describe('case updates to the requester', () => {
  it('a status change sends the Hindi update on the WhatsApp conversation that opened the case', async () => {
    const from = freshPhone();
    await postInbound(ctx.app, whatsapp, { from, text: 'कानपुर में ऑक्सीजन सिलेंडर चाहिए, SpO2 88' });
    await drain();
    const opened = await caseOf(from);
    expect(opened).toBeDefined();
    const operator = await signIn(ctx.app, ctx.world.operatorKanpur.phone, factoryPassword);
    const claim = await operator.request({ method: 'POST', url: `/api/v1/cases/${opened?.id}/claim` });
    expect(claim.statusCode).toBe(200);
    for (const to of ['verifying', 'verified']) {
      const moved = await operator.request({
        method: 'POST',
        url: `/api/v1/cases/${opened?.id}/transitions`,
        payload: { to },
      });
      expect(moved.statusCode).toBe(200);
    }
    const sent = await outboxTo(from);
    expect(sent.map((m) => m.template)).toEqual(['case_opened', 'notify.verified']);
    expect(sent[1]).toMatchObject({ language: 'hi', purpose: 'case_update', state: 'pending' });
    expect(sent[1]?.body).toContain(opened?.reference);
    expect(sent[1]?.body).toMatch(/[\u0900-\u097F]/);
    // The operator sees the same on the case.
    const listed = await operator.request({ method: 'GET', url: `/api/v1/cases/${opened?.id}/outbound` });
    expect(listed.statusCode).toBe(200);
    expect((listed.json() as { items: unknown[] }).items).toHaveLength(2);
    // Someone from another organisation and district cannot read it.
    const other = await signIn(ctx.app, ctx.world.operatorPrayagraj.phone, factoryPassword);
    expect((await other.request({ method: 'GET', url: `/api/v1/cases/${opened?.id}/outbound` })).statusCode).toBe(404);
  });

  it('an opted-out number receives nothing: later messages are recorded as muted and never sent', async () => {
    const from = freshPhone();
    await postInbound(ctx.app, whatsapp, { from, text: 'Need oxygen cylinder in Kanpur' });
    await postInbound(ctx.app, whatsapp, { from, text: 'STOP' });
    await drain();
    const opened = await caseOf(from);
    const operator = await signIn(ctx.app, ctx.world.operatorKanpur.phone, factoryPassword);
    await operator.request({ method: 'POST', url: `/api/v1/cases/${opened?.id}/claim` });
    await operator.request({
      method: 'POST',
      url: `/api/v1/cases/${opened?.id}/transitions`,
      payload: { to: 'verifying' },
    });
    await operator.request({
      method: 'POST',
      url: `/api/v1/cases/${opened?.id}/transitions`,
      payload: { to: 'verified' },
    });
    const fake = fakeFetch([]);
    while ((await sendDueOutbound(senderDeps(fake.impl))) > 0);
    const messages = await outboxTo(from);
    // STOP arrived before the first reply went out: even that one is held back; the confirmation of STOP is sent.
    expect(messages.map((m) => [m.template, m.state])).toEqual([
      ['case_opened', 'muted'],
      ['opted_out', 'sent'],
      ['notify.verified', 'muted'],
    ]);
    expect(fake.calls.some((c) => c.body.includes(opened?.reference ?? 'x') && c.body.includes('verified'))).toBe(
      false,
    );
    // START lifts it.
    await postInbound(ctx.app, whatsapp, { from, text: 'START' });
    await drain();
    expect((await outboxTo(from)).at(-1)).toMatchObject({ template: 'opted_in', state: 'pending' });
  });
});

describe('the sender', () => {
  it('holds back the sixth identical text to one number within 30 minutes', async () => {
    const to = freshPhone();
    const states = [];
    for (let i = 0; i < 6; i += 1) {
      states.push(await enqueueOutbound(db(), reply(to, 'Same words again', `loop-test:${to}:${i}`)));
    }
    expect(states).toEqual(['pending', 'pending', 'pending', 'pending', 'pending', 'duplicate']);
    // The same dedupe key twice is one message.
    await enqueueOutbound(db(), reply(to, 'Other words', `loop-test:${to}:0`));
    expect(await outboxTo(to)).toHaveLength(6);
  });

  it('retries a provider 5xx with backoff, gives up on a 4xx, records sent with the provider id', async () => {
    const ok = freshPhone();
    const flaky = freshPhone();
    const refused = freshPhone();
    for (const [to, key] of [
      [ok, 'a'],
      [flaky, 'b'],
      [refused, 'c'],
    ] as const) {
      await enqueueOutbound(db(), reply(to, `hello ${key}`, `sender-test:${to}`));
    }
    await db().execute(sql`update outbox set next_attempt_at = now() - interval '1 day' where state = 'pending'`);
    const byTo = new Map([
      [ok, 200],
      [flaky, 503],
      [refused, 400],
    ]);
    const calls: string[] = [];
    const impl = (async (_url: string | URL | Request, init?: RequestInit) => {
      const to = JSON.parse(String(init?.body)).to as string;
      calls.push(to);
      const status = byTo.get(`+${to}`) ?? 200;
      return new Response(
        JSON.stringify(
          status === 200 ? { messages: [{ id: `wamid.${to}` }] } : { error: { message: 'nope', code: 100 } },
        ),
        { status },
      );
    }) as typeof fetch;
    await sendDueOutbound(senderDeps(impl), 1000);
    expect((await outboxTo(ok))[0]).toMatchObject({ state: 'sent', provider_message_id: `wamid.${ok.slice(1)}` });
    const retried = (await outboxTo(flaky))[0];
    expect(retried).toMatchObject({ state: 'pending', attempts: 1 });
    const due = rowsOf<{ later: boolean }>(
      await db().execute(sql`select next_attempt_at > now() as later from outbox where to_address = ${flaky}`),
    );
    expect(due[0]?.later).toBe(true);
    expect((await outboxTo(refused))[0]).toMatchObject({ state: 'denied' });

    // WhatsApp then says the sent one was delivered and read; a late "delivered" does not undo "read".
    const sentId = `wamid.${ok.slice(1)}`;
    for (const status of ['delivered', 'read', 'delivered'] as const) {
      const body = JSON.stringify(
        whatsappStatusPayload({
          phoneNumberId: whatsapp.address,
          displayPhone: '919000012345',
          id: sentId,
          recipient: ok,
          status,
        }),
      );
      const response = await ctx.app.inject({
        method: 'POST',
        url: '/webhooks/whatsapp',
        headers: {
          'content-type': 'application/json',
          'x-hub-signature-256': signHubSignature(body, whatsapp.secrets.webhookSecret ?? ''),
        },
        payload: body,
      });
      expect(response.statusCode).toBe(200);
    }
    expect((await outboxTo(ok))[0]?.state).toBe('read');
  });

  it('marks a send interrupted by a crash as failed (delivery unknown) instead of sending it twice', async () => {
    const to = freshPhone();
    await enqueueOutbound(db(), reply(to, 'interrupted', `crash-test:${to}`));
    // As a process that died mid-send leaves it: claimed, its lease run out.
    await db().execute(
      sql`update outbox set state = 'sending', next_attempt_at = now() - interval '1 minute' where to_address = ${to}`,
    );
    const fake = fakeFetch([]);
    await sendDueOutbound(senderDeps(fake.impl));
    expect((await outboxTo(to))[0]).toMatchObject({ state: 'failed' });
    expect((await outboxTo(to))[0]?.error).toContain('interrupted');
    expect(fake.calls.filter((c) => c.body.includes('interrupted'))).toHaveLength(0);
  });
});

describe('escalations', () => {
  it('an overdue critical case messages the coordinators of its district in their language', async () => {
    const from = freshPhone();
    await postInbound(ctx.app, whatsapp, { from, text: 'ICU bed chahiye Kanpur, SpO2 80' });
    await drain();
    const opened = await caseOf(from);
    await db().execute(sql`update cases set fulfil_due_at = now() - interval '20 minutes',
      response_due_at = now() - interval '40 minutes' where id = ${opened?.id}::uuid`);
    await escalateOverdueCases(db());
    const coordinatorPhone = ctx.world.coordinatorKanpur.phone;
    const messages = (await outboxTo(coordinatorPhone)).filter((m) => m.body.includes(opened?.reference ?? '?'));
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ purpose: 'escalation', template: 'escalation' });
    // Not the coordinator of Unnao (same organisation, other district).
    const unnao = (await outboxTo(ctx.world.coordinatorUnnao.phone)).filter((m) =>
      m.body.includes(opened?.reference ?? '?'),
    );
    expect(unnao).toHaveLength(0);
  });
});
