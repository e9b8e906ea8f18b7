import { count } from 'drizzle-orm';
import { solveChallenge } from 'altcha-lib/v1';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cases, messages } from '../../src/server/db/schema/index.js';
import { IntakeGuard } from '../../src/server/infrastructure/intake-guard.js';
import { freshPhone } from '../factories/cases.js';
import { createTestApp, type TestContext } from '../support/app.js';
import { expectProblem } from '../support/problem.js';
import { districtCode } from '../factories/index.js';

let ctx: TestContext;
let kanpur: string;
beforeAll(async () => {
  ctx = await createTestApp({ intakeGuard: new IntakeGuard({ challengeAfterPerIp: 3, maxPerIp: 12, maxPerPhone: 4 }) });
  kanpur = await districtCode(ctx.database.db, 'UP', 'Kanpur Nagar');
});
afterAll(async () => ctx.close());

const plea = (over: Record<string, unknown> = {}) => ({
  name: 'सुनीता देवी',
  phone: freshPhone(),
  patientName: `रामप्रसाद ${Math.random().toString(36).slice(2, 7)}`,
  age: 64,
  spo2: 84,
  needs: [{ resource: 'oxygen_cylinder', quantity: 1 }],
  district: kanpur,
  locality: 'किदवई नगर',
  details: 'पिताजी की साँस फूल रही है, ऑक्सीजन सिलेंडर चाहिए',
  language: 'hi',
  consent: true,
  ...over,
});
const submit = (body: object, ip = '203.0.113.7', language = 'hi') =>
  ctx.app.inject({
    method: 'POST',
    url: '/api/v1/public/requests',
    payload: body,
    remoteAddress: ip,
    headers: { 'accept-language': language },
  });

async function counts(): Promise<number[]> {
  const [c] = await ctx.database.db.select({ n: count() }).from(cases);
  const [m] = await ctx.database.db.select({ n: count() }).from(messages);
  return [c?.n ?? 0, m?.n ?? 0];
}

async function solvedChallenge(): Promise<string> {
  const challenge = (await ctx.app.inject({ method: 'GET', url: '/api/v1/public/challenge' })).json() as {
    algorithm: string;
    challenge: string;
    salt: string;
    signature: string;
    maxnumber: number;
  };
  const solution = await solveChallenge(challenge.challenge, challenge.salt, challenge.algorithm, challenge.maxnumber)
    .promise;
  if (!solution) throw new Error('unsolved');
  return Buffer.from(JSON.stringify({ ...challenge, number: solution.number })).toString('base64');
}

describe('the public "ask for help" form', () => {
  it('takes a plea in Hindi and gives a short reference; the status page shows only status and time', async () => {
    const body = plea();
    const response = await submit(body, '203.0.113.1');
    expect(response.statusCode, response.body).toBe(201);
    const { reference } = response.json() as { reference: string };
    expect(reference).toMatch(/^KNP-[0-9A-Z]{4}$/);
    const status = await ctx.app.inject({
      method: 'GET',
      url: `/api/v1/public/requests/${reference.toLowerCase()}?phoneLast4=${body.phone.slice(-4)}`,
    });
    expect(status.statusCode).toBe(200);
    expect(status.json()).toMatchObject({ reference, status: 'new', minutes: 0, fulfilledAt: null });
    expect(status.body).not.toContain('सुनीता');
    expect(status.body).not.toContain(body.phone.slice(3, 8));
  });

  it('finds a plea from a district whose prefix has an L in it (Bilaspur → BLS) by its reference', async () => {
    const body = plea({ district: 'CT-BILASPUR', phone: freshPhone() });
    const { reference } = (await submit(body, '203.0.113.8')).json() as { reference: string };
    expect(reference).toMatch(/^BLS-/);
    const status = await ctx.app.inject({
      method: 'GET',
      url: `/api/v1/public/requests/${reference.toLowerCase()}?phoneLast4=${body.phone.slice(-4)}`,
    });
    expect(status.statusCode).toBe(200);
  });

  it('reveals nothing without the right reference and digits', async () => {
    const body = plea();
    const { reference } = (await submit(body, '203.0.113.2')).json() as { reference: string };
    const wrongDigits = await ctx.app.inject({
      method: 'GET',
      url: `/api/v1/public/requests/${reference}?phoneLast4=0000`,
    });
    const wrongRef = await ctx.app.inject({
      method: 'GET',
      url: `/api/v1/public/requests/KNP-ZZZZ?phoneLast4=${body.phone.slice(-4)}`,
    });
    expect(wrongDigits.body.replace(/"requestId":"[^"]+"|"instance":"[^"]+"/g, '')).toBe(
      wrongRef.body.replace(/"requestId":"[^"]+"|"instance":"[^"]+"/g, ''),
    );
    expectProblem(wrongDigits, 404, 'not_found');
    expectProblem(
      await ctx.app.inject({ method: 'GET', url: `/api/v1/public/requests/${reference}` }),
      400,
      'validation_failed',
    );
  });

  it('answers bad input in Hindi, naming the fields, and stores nothing', async () => {
    const before = await counts();
    const response = await submit(plea({ phone: '12345', spo2: 140, consent: false, needs: [] }), '203.0.113.3');
    const problem = expectProblem(response, 400, 'validation_failed');
    expect(problem.title).toBe('कुछ फ़ील्ड ठीक करने होंगे');
    expect(problem.errors?.map((e) => e.field).sort()).toEqual(['consent', 'needs', 'phone', 'spo2']);
    expect(problem.errors?.find((e) => e.field === 'phone')?.message).toBe('सही फ़ोन नंबर लिखें, जैसे 98390 12345।');
    const unknownDistrict = await submit(plea({ district: 'UP-NOWHERE' }), '203.0.113.3');
    expectProblem(unknownDistrict, 400, 'unknown_districts');
    expect(await counts()).toEqual(before);
  });

  it('the same phone asking again joins its open request', async () => {
    const body = plea();
    const first = (await submit(body, '203.0.113.4')).json() as { reference: string };
    const second = (await submit({ ...body, needs: [{ resource: 'oxygen', quantity: 1 }] }, '203.0.113.4')).json() as {
      reference: string;
      attached: boolean;
    };
    expect(second).toEqual({ reference: first.reference, attached: true });
  });

  it('a bad plea arriving together with good ones fails alone', async () => {
    const before = await counts();
    const good = [plea({ phone: freshPhone() }), plea({ phone: freshPhone() })];
    const answers = await Promise.all([
      submit(good[0] ?? {}, '203.0.113.70'),
      submit(plea({ district: 'UP-NOWHERE', phone: freshPhone() }), '203.0.113.71'),
      submit(good[1] ?? {}, '203.0.113.72'),
    ]);
    expect(answers.map((a) => a.statusCode)).toEqual([201, 400, 201]);
    expectProblem(answers[1] as never, 400, 'unknown_districts');
    const after = await counts();
    expect(after).toEqual([(before[0] ?? 0) + 2, (before[1] ?? 0) + 2]);
  });

  it('pleas from one phone arriving at the same moment make one case', async () => {
    const body = plea();
    const answers = await Promise.all(Array.from({ length: 4 }, (_, i) => submit(body, `203.0.113.${60 + i}`)));
    const references = answers.map((a) => (a.json() as { reference: string }).reference);
    expect(new Set(references).size).toBe(1);
    expect(answers.filter((a) => (a.json() as { attached: boolean }).attached)).toHaveLength(3);
  });

  it('refuses a filled honeypot and writes nothing', async () => {
    const before = await counts();
    expectProblem(await submit(plea({ website: 'http://spam.example' }), '203.0.113.5'), 400, 'spam_suspected');
    expect(await counts()).toEqual(before);
  });

  it('asks a noisy source for proof of work, accepts a solved challenge once however it is re-encoded, then limits it', async () => {
    const ip = '198.51.100.9';
    for (let i = 0; i < 3; i += 1) expect((await submit(plea(), ip)).statusCode).toBe(201);
    expectProblem(await submit(plea(), ip), 428, 'challenge_required');
    const altcha = await solvedChallenge();
    expect((await submit(plea({ altcha }), ip)).statusCode).toBe(201);
    // A solution buys one request: replayed as sent, or re-encoded around the same signed challenge, it is refused.
    const decoded = JSON.parse(Buffer.from(altcha, 'base64').toString()) as Record<string, unknown>;
    const reencoded = [
      altcha,
      Buffer.from(JSON.stringify(Object.fromEntries(Object.entries(decoded).reverse()))).toString('base64'),
      Buffer.from(JSON.stringify(decoded, null, 2)).toString('base64'),
      Buffer.from(JSON.stringify({ ...decoded, number: Number(decoded.number) + 0.0 }))
        .toString('base64')
        .replace(/=+$/, ''),
      Buffer.from(JSON.stringify(decoded)).toString('base64url'),
      Buffer.from('{"forged":true}').toString('base64'),
    ];
    for (const replay of reencoded)
      expectProblem(await submit(plea({ altcha: replay }), ip), 428, 'challenge_required');
    // Refused attempts count against the address too: 3 + 1 + 1 + 6 = 11 of its 12, so one more solved plea passes.
    expect((await submit(plea({ altcha: await solvedChallenge() }), ip)).statusCode).toBe(201);
    const limited = await submit(plea({ altcha: await solvedChallenge() }), ip);
    expectProblem(limited, 429, 'rate_limited');
    expect(limited.headers['retry-after']).toBe('3600');
  });

  it('50 pleas from one address at the same moment: exactly the free ones get through', async () => {
    const before = await counts();
    const answers = await Promise.all(Array.from({ length: 50 }, () => submit(plea(), '198.51.100.50')));
    const statuses = answers.map((a) => a.statusCode);
    expect(statuses.filter((s) => s === 201)).toHaveLength(3);
    expect(statuses.filter((s) => s !== 201).every((s) => s === 428 || s === 429)).toBe(true);
    expect((await counts())[0]).toBe((before[0] ?? 0) + 3);
  });

  it('limits one phone across addresses', async () => {
    const phone = freshPhone();
    for (let i = 0; i < 4; i += 1) expect((await submit(plea({ phone }), `192.0.2.${i + 10}`)).statusCode).toBe(201);
    expectProblem(await submit(plea({ phone }), '192.0.2.99'), 429, 'rate_limited');
  });

  it('20 pleas from one phone through 20 addresses at once: only its limit gets through', async () => {
    const body = plea({ phone: freshPhone() });
    const answers = await Promise.all(Array.from({ length: 20 }, (_, i) => submit(body, `192.0.2.${100 + i}`)));
    expect(answers.filter((a) => a.statusCode === 201)).toHaveLength(4);
    expect(answers.filter((a) => a.statusCode === 429)).toHaveLength(16);
  });
});
