// Provider webhooks → inbox → conversation → case, with the replies queued in the person's language.
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../../src/server/db/client.js';
import { processInboxBatch, processNextInboxItem } from '../../src/server/usecases/channels/process-next-inbox-item.js';
import { signHubSignature } from '../../src/server/channels/sign.js';
import { freshPhone } from '../factories/cases.js';
import { createChannelAccount, postInbound, type TestAccount } from '../factories/channels.js';
import { expectProblem } from '../support/problem.js';
import { useTestWorld } from '../support/setup.js';

const ctx = useTestWorld();
let whatsapp: TestAccount;
let twilio: TestAccount;
let exotel: TestAccount;
let facebook: TestAccount;

async function drain(): Promise<void> {
  while ((await processNextInboxItem({ db: ctx.database.db })) !== 'none');
}

async function count(table: string, where = sql`true`): Promise<number> {
  const rows = rowsOf<{ n: number }>(
    await ctx.database.db.execute(sql`select count(*)::int as n from ${sql.raw(table)} where ${where}`),
  );
  return rows[0]?.n ?? 0;
}

async function repliesTo(address: string) {
  return rowsOf<{ body: string; language: string; state: string; template: string }>(
    await ctx.database.db.execute(
      sql`select body, language, state, template from outbox where to_address = ${address} order by created_at, dedupe_key`,
    ),
  );
}

beforeAll(async () => {
  whatsapp = await createChannelAccount(ctx.database.db, ctx.world.orgA.id, 'whatsapp');
  twilio = await createChannelAccount(ctx.database.db, ctx.world.orgA.id, 'twilio');
  exotel = await createChannelAccount(ctx.database.db, ctx.world.orgA.id, 'exotel');
  facebook = await createChannelAccount(ctx.database.db, ctx.world.orgA.id, 'facebook');
});

describe('WhatsApp webhook', () => {
  it('answers the verification handshake only with the right token', async () => {
    const ok = await ctx.app.inject({
      method: 'GET',
      url: `/webhooks/whatsapp?hub.mode=subscribe&hub.verify_token=${whatsapp.secrets.verifyToken}&hub.challenge=12345`,
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.body).toBe('12345');
    const bad = await ctx.app.inject({
      method: 'GET',
      url: '/webhooks/whatsapp?hub.mode=subscribe&hub.verify_token=wrong&hub.challenge=12345',
    });
    expectProblem(bad, 403, 'verify_token_mismatch');
  });

  it('refuses a bad signature with 401 and stores nothing', async () => {
    const before = await count('inbox');
    const body = JSON.stringify({ object: 'whatsapp_business_account', entry: [] });
    const response = await ctx.app.inject({
      method: 'POST',
      url: '/webhooks/whatsapp',
      headers: { 'content-type': 'application/json', 'x-hub-signature-256': signHubSignature(body, 'not-the-secret') },
      payload: body,
    });
    expectProblem(response, 401, 'bad_signature');
    const unsigned = await ctx.app.inject({
      method: 'POST',
      url: '/webhooks/whatsapp',
      headers: { 'content-type': 'application/json' },
      payload: body,
    });
    expectProblem(unsigned, 401, 'bad_signature');
    expect(await count('inbox')).toBe(before);
  });

  it('refuses a correctly signed body that is not a WhatsApp payload with 400', async () => {
    const body = JSON.stringify({ hello: 'world' });
    const response = await ctx.app.inject({
      method: 'POST',
      url: '/webhooks/whatsapp',
      headers: {
        'content-type': 'application/json',
        'x-hub-signature-256': signHubSignature(body, whatsapp.secrets.webhookSecret ?? ''),
      },
      payload: body,
    });
    expectProblem(response, 400, 'malformed_payload');
  });

  it('turns a Hindi plea into a critical case and replies in Hindi with the reference; a replay changes nothing', async () => {
    const from = freshPhone();
    const text = 'मेरे पिता को ऑक्सीजन सिलेंडर चाहिए, SpO2 84, कानपुर';
    const first = await postInbound(ctx.app, whatsapp, { from, text, id: `wamid.test-${from}` });
    expect(first.statusCode).toBe(200);
    await drain();
    const replay = await postInbound(ctx.app, whatsapp, { from, text, id: `wamid.test-${from}` });
    expect(replay.statusCode).toBe(200);
    expect(replay.json()).toMatchObject({ accepted: 0, duplicates: 1 });
    await drain();

    const cases = rowsOf<{
      id: string;
      reference: string;
      channel: string;
      computed_priority: string;
      district_code: string;
      requester_language: string;
    }>(
      await ctx.database.db
        .execute(sql`select id, reference, channel, computed_priority, district_code, requester_language
        from cases where ${from} = any(requester_phones)`),
    );
    expect(cases).toHaveLength(1);
    const [created] = cases;
    expect(created).toMatchObject({
      channel: 'whatsapp',
      computed_priority: 'critical',
      district_code: ctx.world.kanpur,
      requester_language: 'hi',
    });
    const needs = rowsOf<{ resource: string }>(
      await ctx.database.db.execute(sql`select resource from case_needs where case_id = ${created?.id}::uuid`),
    );
    expect(needs.map((n) => n.resource)).toContain('oxygen_cylinder');
    const replies = await repliesTo(from);
    expect(replies).toHaveLength(1);
    expect(replies[0]?.language).toBe('hi');
    expect(replies[0]?.body).toContain(created?.reference);
    expect(replies[0]?.body).toMatch(/[\u0900-\u097F]/);
  });

  it('asks for the district when it is missing, in English for an English message, then opens the case', async () => {
    const from = freshPhone();
    await postInbound(ctx.app, whatsapp, { from, text: 'Need oxygen cylinder urgently for my mother' });
    await drain();
    expect(await count('cases', sql`${from} = any(requester_phones)`)).toBe(0);
    let replies = await repliesTo(from);
    expect(replies.at(-1)).toMatchObject({ language: 'en', template: 'ask_district' });
    await postInbound(ctx.app, whatsapp, { from, text: 'Unnao' });
    await drain();
    expect(await count('cases', sql`${from} = any(requester_phones) and district_code = ${ctx.world.unnao}`)).toBe(1);
    replies = await repliesTo(from);
    expect(replies.at(-1)?.template).toBe('case_opened');
  });

  it('keeps an unknown message type and answers it politely without opening a case', async () => {
    const from = freshPhone();
    const digits = from.slice(1);
    const body = JSON.stringify({
      object: 'whatsapp_business_account',
      entry: [
        {
          id: '1',
          changes: [
            {
              field: 'messages',
              value: {
                messaging_product: 'whatsapp',
                metadata: { display_phone_number: '919000012345', phone_number_id: whatsapp.address },
                contacts: [{ profile: { name: 'Sticker Person' }, wa_id: digits }],
                messages: [
                  {
                    from: digits,
                    id: `wamid.sticker-${digits}`,
                    timestamp: '1700000000',
                    type: 'sticker',
                    sticker: { id: '1' },
                  },
                ],
              },
            },
          ],
        },
      ],
    });
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
    await drain();
    expect(await count('inbox', sql`provider_message_id = ${`wamid.sticker-${digits}`} and state = 'done'`)).toBe(1);
    expect(await count('cases', sql`${from} = any(requester_phones)`)).toBe(0);
    expect((await repliesTo(from)).map((r) => r.template)).toEqual(['unsupported']);
  });
});

describe('a batch of messages', () => {
  it('processed in one transaction, one person asking three times makes one case asked three times', async () => {
    const repeat = freshPhone();
    const other = freshPhone();
    await postInbound(ctx.app, whatsapp, { from: repeat, text: 'Oxygen cylinder chahiye Kanpur, SpO2 85' });
    await postInbound(ctx.app, whatsapp, { from: other, text: 'Oxygen cylinder chahiye Unnao' });
    await postInbound(ctx.app, whatsapp, { from: repeat, text: 'Please, oxygen cylinder still needed in Kanpur' });
    await postInbound(ctx.app, whatsapp, { from: repeat, text: 'oxygen cylinder Kanpur please help' });
    expect(await processInboxBatch({ db: ctx.database.db }, 10)).toEqual({ processed: 4, failed: 0 });
    const rows = rowsOf<{ phones: string[]; message_count: number }>(
      await ctx.database.db.execute(sql`select requester_phones as phones, message_count from cases
        where requester_phones && ${`{${repeat},${other}}`}::text[] order by message_count desc`),
    );
    expect(rows).toEqual([
      { phones: [repeat], message_count: 3 },
      { phones: [other], message_count: 1 },
    ]);
    expect((await repliesTo(repeat)).map((r) => r.template)).toEqual(['case_opened', 'case_attached', 'case_attached']);
  });
});

describe('SMS, Messenger and missed calls', () => {
  it('takes a Twilio SMS (signed over URL and fields) to a case; a bad signature is refused', async () => {
    const from = freshPhone();
    const ok = await postInbound(ctx.app, twilio, { from, text: 'B+ blood chahiye Kanpur, 2 unit' });
    expect(ok.statusCode).toBe(200);
    expect(ok.headers['content-type']).toContain('text/xml');
    await drain();
    expect(await count('cases', sql`${from} = any(requester_phones) and channel = 'sms'`)).toBe(1);
    const forged = await postInbound(
      ctx.app,
      { ...twilio, secrets: { ...twilio.secrets, webhookSecret: 'nope' } },
      { from, text: 'x' },
    );
    expectProblem(forged, 401, 'bad_signature');
  });

  it('asks a Messenger sender (no phone known) for a callback number', async () => {
    const psid = `psid-${Date.now()}`;
    await postInbound(ctx.app, facebook, { from: psid, text: 'need ICU bed in Kanpur for my father' });
    await drain();
    const replies = await repliesTo(psid);
    expect(replies.at(-1)?.template).toBe('ask_phone');
    await postInbound(ctx.app, facebook, { from: psid, text: 'call me on 98390 12345' });
    await drain();
    expect(await count('cases', sql`'+919839012345' = any(requester_phones) and channel = 'facebook'`)).toBe(1);
  });

  it('makes one call-back item per caller from Exotel missed calls, counting repeats', async () => {
    const from = freshPhone();
    expect((await postInbound(ctx.app, exotel, { from, text: '', kind: 'missed_call' })).statusCode).toBe(200);
    expect((await postInbound(ctx.app, exotel, { from, text: '', kind: 'missed_call' })).statusCode).toBe(200);
    await drain();
    const rows = rowsOf<{ call_count: number; status: string }>(
      await ctx.database.db.execute(sql`select call_count, status from callbacks where caller_phone = ${from}`),
    );
    expect(rows).toEqual([{ call_count: 2, status: 'open' }]);
    const forged = await postInbound(
      ctx.app,
      { ...exotel, secrets: { webhookSecret: 'wrong' } },
      { from, text: '', kind: 'missed_call' },
    );
    expectProblem(forged, 401, 'bad_signature');
  });
});
