// The public's donor registration (/donate) and a donor's own record (/donate/me): one-time codes sent through the
// outbound queue, refused when wrong, expired or guessed too often (also in parallel), the same phone updating, and
// bad fields named in the caller's language with nothing written.
import { and, count, desc, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { donations, donorEvents, donors, outbox, phoneCodes } from '../../src/server/db/schema/index.js';
import { phoneCodePolicy } from '../../src/server/domain/donors/phone-code.js';
import { IntakeGuard } from '../../src/server/infrastructure/intake-guard.js';
import { freshPhone } from '../factories/cases.js';
import { createChannelAccount, type TestAccount } from '../factories/channels.js';
import { donorBody } from '../factories/donors.js';
import { createOrganisation, districtCode } from '../factories/index.js';
import { createTestApp, type TestContext } from '../support/app.js';
import { expectProblem } from '../support/problem.js';

let ctx: TestContext;
/** Served only by `home` (with a WhatsApp and an SMS number), so every registration there is theirs. */
let lalitpur: string;
/** Served by nobody. */
let unserved: string;
let home: { id: string; name: string };
let whatsapp: TestAccount;
let sms: TestAccount;
const devanagari = /[\u0900-\u097F]/;

beforeAll(async () => {
  ctx = await createTestApp({
    intakeGuard: new IntakeGuard({ challengeAfterPerIp: 1_000, maxPerIp: 1_000, maxPerPhone: 3 }),
  });
  const db = ctx.database.db;
  lalitpur = await districtCode(db, 'UP', 'Lalitpur');
  unserved = await districtCode(db, 'UP', 'Mahoba');
  home = await createOrganisation(db, { districts: [lalitpur], kind: 'police' });
  // A wider organisation serving the district too: the most local one is chosen.
  await createOrganisation(db, { districts: [lalitpur, await districtCode(db, 'UP', 'Jhansi')] });
  whatsapp = await createChannelAccount(db, home.id, 'whatsapp');
  sms = await createChannelAccount(db, home.id, 'twilio');
});
afterAll(async () => ctx.close());

let ipCounter = 0;
/** Each test its own address, so the per-address limits of one do not touch another. */
const freshIp = () => `198.51.100.${++ipCounter}`;

const post = (url: string, payload: object, ip: string, language = 'en') =>
  ctx.app.inject({
    method: 'POST',
    url: `/api/v1${url}`,
    payload,
    remoteAddress: ip,
    headers: { 'accept-language': language },
  });

/** The newest message queued to `phone`: the code as the person reads it. */
async function lastMessageTo(phone: string) {
  const [row] = await ctx.database.db
    .select()
    .from(outbox)
    .where(eq(outbox.toAddress, phone))
    .orderBy(desc(outbox.createdAt))
    .limit(1);
  return row;
}

async function askCode(phone: string, ip: string, over: Record<string, unknown> = {}): Promise<string> {
  const response = await post('/public/donors/code', { phone, language: 'hi', district: lalitpur, ...over }, ip);
  expect(response.statusCode, response.body).toBe(202);
  const message = await lastMessageTo(phone);
  const code = /\b(\d{6})\b/.exec(message?.body ?? '')?.[1];
  if (!code) throw new Error(`no code in ${message?.body}`);
  return code;
}

/** As if the codes sent to the phone went out over a minute ago: a phone gets at most one code a minute. */
async function ageCodes(phone: string): Promise<void> {
  await ctx.database.db
    .update(phoneCodes)
    .set({ createdAt: sql`${phoneCodes.createdAt} - interval '61 seconds'` })
    .where(eq(phoneCodes.phone, phone));
}

/** A registration as /donate sends it: the registry's shape without a category (the public are citizens). */
function registration(phone: string, over: Record<string, unknown> = {}) {
  const { category: _category, ...body } = donorBody(lalitpur, { phone, name: 'सुनील कुमार यादव', language: 'hi' });
  return { ...body, ...over };
}

async function donorsWith(phone: string) {
  return ctx.database.db.select().from(donors).where(eq(donors.phone, phone));
}
async function eventsOf(phone: string): Promise<number> {
  const [row] = await ctx.database.db
    .select({ n: count() })
    .from(donorEvents)
    .innerJoin(donors, eq(donors.id, donorEvents.donorId))
    .where(eq(donors.phone, phone));
  return row?.n ?? 0;
}
async function attemptsOnNewestCode(phone: string): Promise<number | undefined> {
  const [row] = await ctx.database.db
    .select({ attempts: phoneCodes.attempts })
    .from(phoneCodes)
    .where(eq(phoneCodes.phone, phone))
    .orderBy(desc(phoneCodes.createdAt))
    .limit(1);
  return row?.attempts;
}

const codeError = (body: { errors?: Array<{ field: string; code: string }> }) =>
  body.errors?.find((e) => e.field === 'code')?.code;

describe('registering on /donate', () => {
  it('sends the code through the outbound queue, in Hindi, from the number of the organisation serving the district', async () => {
    const phone = freshPhone();
    await askCode(phone, freshIp());
    const message = await lastMessageTo(phone);
    expect(message).toMatchObject({
      purpose: 'donor_code',
      language: 'hi',
      channel: 'whatsapp',
      accountId: whatsapp.id,
      organisationId: home.id,
      state: 'pending',
    });
    expect(message?.body).toMatch(devanagari);
    expect(message?.body).toContain(String(phoneCodePolicy.validMinutes));
    // Only a hash is kept.
    const [stored] = await ctx.database.db.select().from(phoneCodes).where(eq(phoneCodes.phone, phone));
    expect(stored?.codeHash).not.toContain(/\d{6}/.exec(message?.body ?? '')?.[0] ?? 'none');

    const bySms = freshPhone();
    await post('/public/donors/code', { phone: bySms, language: 'en', channel: 'sms', district: lalitpur }, freshIp());
    expect(await lastMessageTo(bySms)).toMatchObject({ channel: 'sms', accountId: sms.id, language: 'en' });
    expect((await lastMessageTo(bySms))?.body).toMatch(/^Sahayata: your code to register/);
  });

  it('registers with the code (source web, with the serving organisation), and the code works once', async () => {
    const phone = freshPhone();
    const ip = freshIp();
    const code = await askCode(phone, ip);
    const response = await post('/public/donors', { ...registration(phone), code }, ip);
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json()).toMatchObject({ created: true, organisation: home.name });
    const [donor] = await donorsWith(phone);
    expect(donor).toMatchObject({
      organisationId: home.id,
      category: 'citizen',
      source: 'web',
      consentChannel: 'web',
      name: 'सुनील कुमार यादव',
      createdById: null,
    });
    expect(await eventsOf(phone)).toBe(1);

    const again = await post('/public/donors', { ...registration(phone), code }, ip);
    expect(codeError(expectProblem(again, 400, 'validation_failed'))).toBe('code_expired');
  });

  it('the same phone registering again updates the donor, never a second one', async () => {
    const phone = freshPhone();
    const ip = freshIp();
    const first = await post('/public/donors', { ...registration(phone), code: await askCode(phone, ip) }, ip);
    expect(first.statusCode, first.body).toBe(201);
    await ageCodes(phone);
    const second = await post(
      '/public/donors',
      { ...registration(phone, { name: 'सुनील यादव', bloodGroup: null }), code: await askCode(phone, ip) },
      ip,
    );
    expect(second.statusCode, second.body).toBe(201);
    expect(second.json()).toMatchObject({ created: false });
    const rows = await donorsWith(phone);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ name: 'सुनील यादव', bloodGroup: null });
    const types = await ctx.database.db
      .select({ type: donorEvents.type })
      .from(donorEvents)
      .where(eq(donorEvents.donorId, rows[0]?.id ?? ''));
    expect(types.map((t) => t.type).sort()).toEqual(['registered', 'updated']);
  });

  it('refuses a wrong code, writing nothing but the guess; the right code still works after', async () => {
    const phone = freshPhone();
    const ip = freshIp();
    const code = await askCode(phone, ip);
    const wrong = code === '000000' ? '111111' : '000000';
    const refused = await post('/public/donors', { ...registration(phone), code: wrong }, ip, 'hi');
    const body = expectProblem(refused, 400, 'validation_failed');
    expect(body.errors).toEqual([expect.objectContaining({ field: 'code', code: 'code_wrong' })]);
    expect(body.errors?.[0]?.message).toMatch(devanagari);
    expect(await donorsWith(phone)).toHaveLength(0);
    expect(await attemptsOnNewestCode(phone)).toBe(1);
    const accepted = await post('/public/donors', { ...registration(phone), code }, ip);
    expect(accepted.statusCode, accepted.body).toBe(201);
  });

  it('holds the attempts limit under parallel wrong guesses: the right code is refused after them', async () => {
    const phone = freshPhone();
    const ip = freshIp();
    const code = await askCode(phone, ip);
    const guesses = Array.from({ length: 12 }, (_, i) => String((Number(code) + 1 + i) % 1_000_000).padStart(6, '0'));
    const answers = await Promise.all(
      guesses.map((guess) => post('/public/donors', { ...registration(phone), code: guess }, ip)),
    );
    const codes = answers.map((a) => codeError(expectProblem(a, 400, 'validation_failed')));
    expect(codes.filter((c) => c === 'code_wrong')).toHaveLength(phoneCodePolicy.maxAttempts);
    expect(codes.filter((c) => c === 'code_used_up')).toHaveLength(guesses.length - phoneCodePolicy.maxAttempts);
    expect(await attemptsOnNewestCode(phone)).toBe(phoneCodePolicy.maxAttempts);
    const late = await post('/public/donors', { ...registration(phone), code }, ip);
    expect(codeError(expectProblem(late, 400, 'validation_failed'))).toBe('code_used_up');
    expect(await donorsWith(phone)).toHaveLength(0);
  });

  it('spends a code once when the right code arrives twice at the same moment', async () => {
    const phone = freshPhone();
    const ip = freshIp();
    const code = await askCode(phone, ip);
    const answers = await Promise.all(
      ['सुनील', 'अनिल', 'कमल'].map((name) => post('/public/donors', { ...registration(phone, { name }), code }, ip)),
    );
    expect(answers.map((a) => a.statusCode).sort()).toEqual([201, 400, 400]);
    expect(await donorsWith(phone)).toHaveLength(1);
    expect(await eventsOf(phone)).toBe(1);
  });

  it('refuses an expired code', async () => {
    const phone = freshPhone();
    const ip = freshIp();
    const code = await askCode(phone, ip);
    // Eleven minutes pass.
    await ctx.database.db
      .update(phoneCodes)
      .set({
        createdAt: sql`${phoneCodes.createdAt} - interval '11 minutes'`,
        expiresAt: sql`${phoneCodes.expiresAt} - interval '11 minutes'`,
      })
      .where(eq(phoneCodes.phone, phone));
    const refused = await post('/public/donors', { ...registration(phone), code }, ip);
    expect(codeError(expectProblem(refused, 400, 'validation_failed'))).toBe('code_expired');
    expect(await donorsWith(phone)).toHaveLength(0);
  });

  it.each([
    ['dateOfBirth', { dateOfBirth: '2012-03-04' }, 'donor_age'],
    ['dateOfBirth', { dateOfBirth: '1990-02-30' }, 'not_a_date'],
    ['weightBand', { weightBand: '<45' }, 'donor_weight'],
    ['weightBand', { weightBand: '40kg' }, 'invalid_value'],
    ['bloodGroup', { bloodGroup: 'C+' }, 'invalid_value'],
    ['district', { district: 'UP-NOWHERE' }, 'district_not_served'],
  ])(
    'a bad %s (%j) is a 400 naming the field in Hindi, nothing written, the code untouched',
    async (field, over, code) => {
      const phone = freshPhone();
      const ip = freshIp();
      const sent = await askCode(phone, ip);
      const refused = await post('/public/donors', { ...registration(phone, over), code: sent }, ip, 'hi');
      const body = expectProblem(refused, 400, 'validation_failed');
      expect(body.title).toMatch(devanagari);
      const error = body.errors?.find((e) => e.field === field);
      expect(error, refused.body).toMatchObject({ code });
      expect(error?.message).toMatch(devanagari);
      expect(await donorsWith(phone)).toHaveLength(0);
      expect(await eventsOf(phone)).toBe(0);
      expect(await attemptsOnNewestCode(phone)).toBe(0);
    },
  );

  it('takes no category from the public: someone registering themselves is a citizen', async () => {
    const phone = freshPhone();
    const ip = freshIp();
    const code = await askCode(phone, ip);
    const refused = await post('/public/donors', { ...registration(phone), category: 'police', code }, ip);
    const body = expectProblem(refused, 400, 'validation_failed');
    expect(body.errors).toEqual([expect.objectContaining({ field: 'category', code: 'unrecognized_key' })]);
    expect(await donorsWith(phone)).toHaveLength(0);
  });

  it('names the district when no organisation serves it', async () => {
    const phone = freshPhone();
    const ip = freshIp();
    const code = await askCode(phone, ip, { district: unserved });
    const refused = await post('/public/donors', { ...registration(phone, { district: unserved }), code }, ip, 'hi');
    const body = expectProblem(refused, 400, 'validation_failed');
    expect(body.errors).toEqual([expect.objectContaining({ field: 'district', code: 'district_not_served' })]);
    expect(await donorsWith(phone)).toHaveLength(0);
  });

  it('limits code requests per phone like the help form', async () => {
    const phone = freshPhone();
    for (let i = 0; i < 3; i += 1) {
      await askCode(phone, freshIp());
      await ageCodes(phone);
    }
    const fourth = await post('/public/donors/code', { phone, language: 'hi', district: lalitpur }, freshIp());
    expectProblem(fourth, 429, 'rate_limited');
    const [sentCodes] = await ctx.database.db
      .select({ n: count() })
      .from(phoneCodes)
      .where(eq(phoneCodes.phone, phone));
    expect(sentCodes?.n).toBe(3);
  });

  it.each([
    ['dateOfBirth', { dateOfBirth: '2030-01-01' }, 'date_in_future'],
    ['lastDonation', { lastDonation: '2031-05-05' }, 'date_in_future'],
    ['district', { district: 'UP-NOWHERE' }, 'district_not_served'],
  ])(
    'says what would refuse the registration (%s) before sending a code, in Hindi; fixed, it gets its code',
    async (field, over, code) => {
      const phone = freshPhone();
      const ip = freshIp();
      const asked = await post(
        '/public/donors/code',
        { phone, language: 'hi', district: lalitpur, registration: registration(phone, over) },
        ip,
        'hi',
      );
      const body = expectProblem(asked, 400, 'validation_failed');
      const error = body.errors?.find((e) => e.field === field);
      expect(error, asked.body).toMatchObject({ code });
      expect(error?.message).toMatch(devanagari);
      expect(await lastMessageTo(phone)).toBeUndefined();
      // Fixed, the same request gets its code: the refusal used none of the phone's or the address's tries.
      const fixed = await post(
        '/public/donors/code',
        { phone, language: 'hi', district: lalitpur, registration: registration(phone) },
        ip,
        'hi',
      );
      expect(fixed.statusCode, fixed.body).toBe(202);
      expect(await lastMessageTo(phone)).toBeDefined();
    },
  );

  it('sends one code for a burst of requests for one phone; the code sent works', async () => {
    const phone = freshPhone();
    const answers = await Promise.all(
      Array.from({ length: 8 }, () =>
        post('/public/donors/code', { phone, language: 'hi', district: lalitpur }, freshIp()),
      ),
    );
    expect(answers.filter((a) => a.statusCode === 202).length).toBeGreaterThan(1);
    const [sentCodes] = await ctx.database.db
      .select({ n: count() })
      .from(phoneCodes)
      .where(eq(phoneCodes.phone, phone));
    expect(sentCodes?.n).toBe(1);
    const code = /\b(\d{6})\b/.exec((await lastMessageTo(phone))?.body ?? '')?.[1];
    const ip = freshIp();
    const registered = await post('/public/donors', { ...registration(phone), code }, ip);
    expect(registered.statusCode, registered.body).toBe(201);
  });

  it('refuses a filled honeypot without sending anything', async () => {
    const phone = freshPhone();
    const response = await post('/public/donors/code', { phone, website: 'http://spam.example' }, freshIp());
    expectProblem(response, 400, 'spam_suspected');
    expect(await lastMessageTo(phone)).toBeUndefined();
  });
});

describe('a donor reading their own record on /donate/me', () => {
  it('sends a code only to a registered phone, answering the same either way', async () => {
    const stranger = freshPhone();
    const ip = freshIp();
    const unknown = await post('/public/donors/me/code', { phone: stranger }, ip);
    expect(unknown.statusCode).toBe(202);
    expect(await lastMessageTo(stranger)).toBeUndefined();

    const phone = freshPhone();
    const registered = await post('/public/donors', { ...registration(phone), code: await askCode(phone, ip) }, ip);
    expect(registered.statusCode, registered.body).toBe(201);
    const known = await post('/public/donors/me/code', { phone }, ip);
    expect(known.statusCode).toBe(202);
    expect(known.json()).toEqual(unknown.json());
    expect(await lastMessageTo(phone)).toMatchObject({ purpose: 'donor_code', language: 'hi', accountId: whatsapp.id });
  });

  it('shows only their own donations and next eligible date after the code; a registration code does not open it', async () => {
    const ip = freshIp();
    const phone = freshPhone();
    const other = freshPhone();
    for (const p of [phone, other]) {
      const response = await post('/public/donors', { ...registration(p), code: await askCode(p, ip) }, ip);
      expect(response.statusCode, response.body).toBe(201);
    }
    const [mine] = await donorsWith(phone);
    const [theirs] = await donorsWith(other);
    await ctx.database.db.insert(donations).values([
      {
        donorId: mine?.id ?? '',
        organisationId: home.id,
        product: 'whole_blood',
        bloodCentre: 'District Hospital Blood Centre, Lalitpur',
        donatedOn: '2026-01-15',
        reachedNote: 'a thalassemia child at the district hospital',
      },
      {
        donorId: theirs?.id ?? '',
        organisationId: home.id,
        product: 'plasma',
        bloodCentre: 'Someone else’s centre',
        donatedOn: '2026-02-01',
      },
    ]);
    // The eligibility a recorded donation decides (the registry's donation use case writes it so).
    await ctx.database.db
      .update(donors)
      .set({
        eligibility: {
          whole_blood: {
            eligible: false,
            from: '2099-04-15',
            reasons: [{ code: 'whole_blood_interval', params: { days: 90, date: '2099-04-15' } }],
            ruleSet: 'NBTC-2017/DC-2020/COVID-2021-05',
          },
        },
      })
      .where(eq(donors.id, mine?.id ?? ''));

    // The registration code sent to this phone cannot open the record.
    const registrationCode = await askCode(phone, ip);
    const wrongPurpose = await post('/public/donors/me', { phone, code: registrationCode }, ip);
    expect(codeError(expectProblem(wrongPurpose, 400, 'validation_failed'))).toBe('code_expired');

    expect((await post('/public/donors/me/code', { phone }, ip)).statusCode).toBe(202);
    const code = /\b(\d{6})\b/.exec((await lastMessageTo(phone))?.body ?? '')?.[1] ?? '';
    const wrong = await post('/public/donors/me', { phone, code: code === '999999' ? '888888' : '999999' }, ip, 'hi');
    expect(codeError(expectProblem(wrong, 400, 'validation_failed'))).toBe('code_wrong');

    const response = await post('/public/donors/me', { phone, code }, ip);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['cache-control']).toBe('no-store');
    const view = response.json() as {
      records: Array<{ name: string; organisation: string; nextEligibleOn: string | null; donations: unknown[] }>;
    };
    expect(view.records).toHaveLength(1);
    expect(view.records[0]).toMatchObject({
      name: 'सुनील कुमार यादव',
      organisation: home.name,
      nextEligibleOn: '2099-04-15',
      eligibleNow: false,
      donations: [
        {
          product: 'whole_blood',
          units: 1,
          bloodCentre: 'District Hospital Blood Centre, Lalitpur',
          donatedOn: '2026-01-15',
          reachedNote: 'a thalassemia child at the district hospital',
        },
      ],
    });
    expect(response.body).not.toContain('Someone else');
    expect(response.body).not.toContain(other);
    expect(response.body).not.toContain(phone);

    // The code opened it once.
    const replay = await post('/public/donors/me', { phone, code }, ip);
    expect(codeError(expectProblem(replay, 400, 'validation_failed'))).toBe('code_expired');
    const [kept] = await ctx.database.db
      .select({ n: count() })
      .from(phoneCodes)
      .where(and(eq(phoneCodes.phone, phone), eq(phoneCodes.purpose, 'donor_history')));
    expect(kept?.n).toBe(1);
  });
});
