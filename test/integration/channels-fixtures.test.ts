// Each provider's recorded payloads (test/fixtures/webhooks), signed as the provider signs them and posted to
// the real webhook URL: accepted and kept once; forged ones refused with nothing kept; statuses don't make cases.
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../../src/server/db/client.js';
import { signHubSignature, signTwilio, exotelCallbackUrl } from '../../src/server/channels/sign.js';
import { processNextInboxItem } from '../../src/server/usecases/channels/process-next-inbox-item.js';
import { createChannelAccount, type TestAccount } from '../factories/channels.js';
import { fixtureBytes, fixtureJson } from '../fixtures/webhooks/load.js';
import { expectProblem } from '../support/problem.js';
import { useTestWorld } from '../support/setup.js';

const ctx = useTestWorld();

const accounts: Record<string, TestAccount> = {};

async function inboxCount(): Promise<number> {
  return rowsOf<{ n: number }>(await ctx.database.db.execute(sql`select count(*)::int as n from inbox`))[0]?.n ?? 0;
}
/** The provider message ids a recorded WhatsApp payload carries. */
function whatsappMessageIds(name: string): string[] {
  const payload = fixtureJson('whatsapp', name) as {
    entry: Array<{ changes: Array<{ value: { messages?: Array<{ id: string }> } }> }>;
  };
  return [
    ...new Set(payload.entry.flatMap((e) => e.changes.flatMap((c) => (c.value.messages ?? []).map((m) => m.id)))),
  ];
}
async function keptCount(providerMessageIds: string[]): Promise<number> {
  return (
    rowsOf<{ n: number }>(
      await ctx.database.db.execute(sql`select count(*)::int as n from inbox where provider = 'whatsapp'
        and provider_message_id in (${sql.join(providerMessageIds, sql`, `)})`),
    )[0]?.n ?? 0
  );
}
async function drain(): Promise<void> {
  while ((await processNextInboxItem({ db: ctx.database.db })) !== 'none');
}

function postHub(provider: 'whatsapp' | 'facebook', name: string, secret: string) {
  const body = fixtureBytes(provider, name);
  return ctx.app.inject({
    method: 'POST',
    url: `/webhooks/${provider}`,
    headers: { 'content-type': 'application/json', 'x-hub-signature-256': signHubSignature(body, secret) },
    payload: body,
  });
}
function postTwilio(name: string, secret: string) {
  const fields = fixtureJson('twilio', name) as Record<string, string>;
  return ctx.app.inject({
    method: 'POST',
    url: '/webhooks/twilio/sms',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      'x-twilio-signature': signTwilio('http://localhost:3000/webhooks/twilio/sms', fields, secret),
    },
    payload: new URLSearchParams(fields).toString(),
  });
}
function getExotel(path: string, name: string, secret: string) {
  const fields = new URLSearchParams(fixtureJson('exotel', name) as Record<string, string>).toString();
  return ctx.app.inject({ method: 'GET', url: exotelCallbackUrl(`${path}?${fields}`, secret) });
}

beforeAll(async () => {
  const db = ctx.database.db;
  accounts.whatsapp = await createChannelAccount(db, ctx.world.orgA.id, 'whatsapp', { address: '106540352242922' });
  accounts.facebook = await createChannelAccount(db, ctx.world.orgA.id, 'facebook', { address: '108765432101234' });
  accounts.twilio = await createChannelAccount(db, ctx.world.orgB.id, 'twilio', { address: '+918035735123' });
  accounts.exotelSms = await createChannelAccount(db, ctx.world.orgB.id, 'exotel', { address: '+918047185123' });
  accounts.exotelCall = await createChannelAccount(db, ctx.world.orgB.id, 'exotel', { address: '+918047185124' });
});

const secret = (key: string) => accounts[key]?.secrets.webhookSecret ?? '';

/** The recorded payloads that carry a person's message (kept in the inbox). */
const whatsappMessages = [
  'text',
  'image',
  'location',
  'interactive-button',
  'interactive-list',
  'button',
  'sticker',
  'batch',
];
const messengerMessages = ['text', 'quick-reply', 'postback', 'attachments', 'sticker'];
const twilioMessages = ['inbound-sms', 'inbound-mms'];

describe('recorded provider payloads', () => {
  it.each(whatsappMessages)(
    'WhatsApp %s: kept once; a replay is a duplicate; a forged copy is refused',
    async (name) => {
      // Counted by the payload's own message ids: `batch` repeats `text`'s message, and the last test below posts
      // them all, so whichever comes first keeps a message and the others find it kept.
      const ids = whatsappMessageIds(name);
      expect(ids.length).toBeGreaterThan(0);
      const first = await postHub('whatsapp', name, secret('whatsapp'));
      expect(first.statusCode).toBe(200);
      expect(await keptCount(ids)).toBe(ids.length);
      const again = await postHub('whatsapp', name, secret('whatsapp'));
      expect(again.json()).toMatchObject({ accepted: 0 });
      expect(await keptCount(ids)).toBe(ids.length);
      const before = await inboxCount();
      expectProblem(await postHub('whatsapp', name, 'forged'), 401, 'bad_signature');
      expect(await inboxCount()).toBe(before);
    },
  );

  it.each(messengerMessages)('Messenger %s is kept', async (name) => {
    expect((await postHub('facebook', name, secret('facebook'))).json()).toMatchObject({ ok: true });
    expectProblem(await postHub('facebook', name, 'forged'), 401, 'bad_signature');
  });

  it('Messenger echoes of our own sends, deliveries and reads keep nothing', async () => {
    const before = await inboxCount();
    for (const name of ['echo', 'delivery', 'read']) {
      expect((await postHub('facebook', name, secret('facebook'))).statusCode).toBe(200);
    }
    expect(await inboxCount()).toBe(before);
  });

  it('WhatsApp status callbacks keep nothing in the inbox', async () => {
    const before = await inboxCount();
    for (const name of ['statuses', 'status-failed']) {
      expect((await postHub('whatsapp', name, secret('whatsapp'))).json()).toMatchObject({ accepted: 0 });
    }
    expect(await inboxCount()).toBe(before);
  });

  it('Twilio inbound SMS and MMS are kept; status callbacks are not; forged ones are refused', async () => {
    for (const name of twilioMessages) expect((await postTwilio(name, secret('twilio'))).statusCode).toBe(200);
    const before = await inboxCount();
    for (const name of ['status-delivered', 'status-queued', 'status-undelivered']) {
      expect((await postTwilio(name, secret('twilio'))).statusCode).toBe(200);
    }
    expect(await inboxCount()).toBe(before);
    expectProblem(await postTwilio('inbound-sms', 'forged'), 401, 'bad_signature');
  });

  it('Exotel incoming SMS and a Passthru call are kept with the token, refused without it', async () => {
    expect((await getExotel('/webhooks/exotel/sms', 'incoming-sms', secret('exotelSms'))).statusCode).toBe(200);
    expect((await getExotel('/webhooks/exotel/call', 'call-passthru', secret('exotelCall'))).statusCode).toBe(200);
    expectProblem(await getExotel('/webhooks/exotel/call', 'call-passthru', 'wrong'), 401, 'bad_signature');
  });

  it('every kept message is processed: the pleas open cases routed to the organisation whose number they reached', async () => {
    // Posted here too: a payload an earlier test posted is kept once, so this test reads the same inbox alone or after them.
    for (const name of whatsappMessages) {
      expect((await postHub('whatsapp', name, secret('whatsapp'))).statusCode).toBe(200);
    }
    for (const name of messengerMessages) {
      expect((await postHub('facebook', name, secret('facebook'))).statusCode).toBe(200);
    }
    for (const name of twilioMessages) expect((await postTwilio(name, secret('twilio'))).statusCode).toBe(200);
    expect((await getExotel('/webhooks/exotel/sms', 'incoming-sms', secret('exotelSms'))).statusCode).toBe(200);
    expect((await getExotel('/webhooks/exotel/call', 'call-passthru', secret('exotelCall'))).statusCode).toBe(200);
    await drain();
    const states = rowsOf<{ state: string; n: number }>(
      await ctx.database.db.execute(sql`select state, count(*)::int as n from inbox group by state`),
    );
    expect(states.map((s) => s.state)).toEqual(['done']);
    // The Exotel SMS (Prayagraj) reached Police Mitra's number: its case belongs to that organisation.
    const exotelCase = rowsOf<{ organisation_id: string; channel: string }>(
      await ctx.database.db
        .execute(sql`select organisation_id, channel from cases where '+919839012345' = any(requester_phones)
        and channel = 'sms'`),
    );
    expect(exotelCase).toEqual([{ organisation_id: accounts.exotelSms?.organisationId, channel: 'sms' }]);
    const callbacks = rowsOf<{ n: number }>(
      await ctx.database.db.execute(
        sql`select count(*)::int as n from callbacks where organisation_id = ${accounts.exotelCall?.organisationId}::uuid`,
      ),
    );
    expect(callbacks[0]?.n).toBe(1);
  });
});
