// Registering as a blood donor by WhatsApp and SMS: the menu's "donate blood" asks group, district and last donation,
// then the person is a donor of the channel's organisation, answered in their language — and asked no sooner than
// the rules allow.
import { and, eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../../src/server/db/client.js';
import { donorEvents, donors, leads } from '../../src/server/db/schema/index.js';
import { processNextInboxItem } from '../../src/server/usecases/channels/process-next-inbox-item.js';
import { freshPhone } from '../factories/cases.js';
import { createChannelAccount, postInbound, type TestAccount } from '../factories/channels.js';
import { useTestWorld } from '../support/setup.js';

const ctx = useTestWorld();
let whatsapp: TestAccount;
let sms: TestAccount;

async function drain(): Promise<void> {
  while ((await processNextInboxItem({ db: ctx.database.db })) !== 'none');
}

async function converse(account: TestAccount, from: string, texts: string[], name?: string): Promise<void> {
  for (const text of texts) {
    await postInbound(ctx.app, account, { from, text, ...(name ? { name } : {}) });
    await drain();
  }
}

async function replies(address: string) {
  return rowsOf<{ body: string; language: string; template: string }>(
    await ctx.database.db.execute(
      sql`select body, language, template from outbox where to_address = ${address} order by created_at, dedupe_key`,
    ),
  );
}

const donorOf = async (phone: string) =>
  ctx.database.db
    .select()
    .from(donors)
    .where(and(eq(donors.phone, phone), eq(donors.organisationId, ctx.world.orgA.id)));

beforeAll(async () => {
  whatsapp = await createChannelAccount(ctx.database.db, ctx.world.orgA.id, 'whatsapp');
  sms = await createChannelAccount(ctx.database.db, ctx.world.orgA.id, 'twilio');
});

describe('registering as a donor by message', () => {
  it('asks three questions in Hindi and registers the donor, who can give now', async () => {
    const from = freshPhone();
    await converse(whatsapp, from, ['नमस्ते', '2', 'बी पॉजिटिव', 'कानपुर', 'कभी नहीं'], 'रमेश कुमार');
    const sent = await replies(from);
    expect(sent.map((r) => r.template)).toEqual([
      'menu',
      'donor_ask_group',
      'donor_ask_district',
      'donor_ask_last_donation',
      'donor_registered.now',
    ]);
    expect(sent.every((r) => r.language === 'hi')).toBe(true);
    expect(sent.at(-1)?.body).toMatch(/रक्तदाता/u);
    const [donor] = await donorOf(from);
    expect(donor).toMatchObject({
      name: 'रमेश कुमार',
      bloodGroup: 'B+',
      districtCode: ctx.world.kanpur,
      source: 'whatsapp',
      preferredChannel: 'whatsapp',
      language: 'hi',
      firstTimeDonor: true,
      sex: null,
      dateOfBirth: null,
      verifiedAt: null,
    });
    const history = await ctx.database.db
      .select()
      .from(donorEvents)
      .where(eq(donorEvents.donorId, donor?.id ?? ''));
    expect(history.map((e) => e.type)).toEqual(['registered']);
  });

  it('a donor who gave last month is told when they can give again, by SMS in English', async () => {
    const from = freshPhone();
    const lastMonth = new Date(Date.now() - 30 * 86_400_000).toISOString().slice(0, 10);
    const written = lastMonth.split('-').reverse().join('-');
    await converse(sms, from, ['menu', '2', 'O negative', 'Unnao', written]);
    const sent = await replies(from);
    expect(sent.at(-1)).toMatchObject({ template: 'donor_registered.later', language: 'en' });
    const [donor] = await donorOf(from);
    expect(donor).toMatchObject({
      bloodGroup: 'O-',
      districtCode: ctx.world.unnao,
      source: 'sms',
      lastDonatedOn: null,
    });
    expect(donor?.declaredLastDonation).toBe(lastMonth);
    expect(donor?.eligibleWholeBloodFrom && donor.eligibleWholeBloodFrom > lastMonth).toBe(true);
    expect(sent.at(-1)?.body).toContain((donor?.eligibleWholeBloodFrom ?? '').split('-').reverse().join('-'));
  });

  it('the same phone again updates its donor, never a second one', async () => {
    const from = freshPhone();
    await converse(whatsapp, from, ['hi', '2', 'A+', 'Kanpur', 'never']);
    await converse(whatsapp, from, ['hi', '2', 'AB+', 'Kanpur', 'never']);
    const found = await donorOf(from);
    expect(found).toHaveLength(1);
    expect(found[0]?.bloodGroup).toBe('AB+');
  });

  it('two misses keep the words as a donor lead for a person to call, and no donor', async () => {
    const from = freshPhone();
    await converse(whatsapp, from, ['hi', '2', 'Kanpur', 'tomorrow maybe']);
    expect(await donorOf(from)).toHaveLength(0);
    const found = await ctx.database.db.select().from(leads).where(eq(leads.fromAddress, from));
    expect(found.map((l) => l.kind)).toEqual(['donor']);
    expect((await replies(from)).at(-1)?.template).toBe('lead_donor_thanks');
  });
});
