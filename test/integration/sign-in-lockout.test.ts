// The sign-in lockout holds under parallel guessing, counts per account as well as per identifier, and cannot be
// used to keep the real person out: a one-time code sent to their phone lets them in with their password.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, outbox } from '../../src/server/db/schema/index.js';
import { createChannelAccount } from '../factories/channels.js';
import { createOrganisation, createPerson, districtCode, type Person } from '../factories/index.js';
import { createTestApp, signIn, type TestContext } from '../support/app.js';
import { expectProblem } from '../support/problem.js';

let ctx: TestContext;
let organisationId: string;
let coordinator: Person;

beforeAll(async () => {
  ctx = await createTestApp();
  const kanpur = await districtCode(ctx.database.db, 'UP', 'Kanpur Nagar');
  organisationId = (await createOrganisation(ctx.database.db, { districts: [kanpur] })).id;
  await createChannelAccount(ctx.database.db, organisationId, 'twilio');
  coordinator = await createPerson(ctx.database.db, { role: 'coordinator', organisationId });
});
afterAll(async () => ctx.close());

const attempt = (identifier: string, password: string, extra: Record<string, unknown> = {}, ip = '198.51.100.1') =>
  ctx.app.inject({
    method: 'POST',
    url: '/api/v1/auth/sign-in',
    payload: { identifier, password, ...extra },
    remoteAddress: ip,
  });

const operator = () => createPerson(ctx.database.db, { role: 'operator', organisationId });

/** The 6-digit code in the newest sign-in message queued for this phone. */
async function codeSentTo(phone: string): Promise<string> {
  const sent = await ctx.database.db.select().from(outbox).where(eq(outbox.toAddress, phone));
  const body = sent.filter((m) => m.purpose === 'sign_in_code').at(-1)?.body ?? '';
  const code = /\b([0-9]{6})\b/.exec(body)?.[1];
  if (!code) throw new Error(`no sign-in code was queued for ${phone}`);
  return code;
}

describe('sign-in lockout', () => {
  it('40 wrong passwords at once lock the account; only the first few are even checked', async () => {
    const person = await operator();
    const answers = await Promise.all(
      Array.from({ length: 40 }, (_, i) => attempt(person.phone, `wrong-password-${i}`, {}, `198.51.100.${i + 10}`)),
    );
    const statuses = answers.map((a) => a.statusCode);
    expect(statuses.filter((s) => s === 401)).toHaveLength(4);
    expect(statuses.filter((s) => s === 429)).toHaveLength(36);
    expectProblem(await attempt(person.phone, person.password), 429, 'sign_in_locked');
  });

  it("counts the account's phone and e-mail together", async () => {
    const person = await operator();
    for (let i = 0; i < 2; i += 1)
      expectProblem(await attempt(person.phone, 'nope-nope-1'), 401, 'invalid_credentials');
    for (let i = 0; i < 2; i += 1)
      expectProblem(await attempt(person.email, 'nope-nope-2'), 401, 'invalid_credentials');
    expectProblem(await attempt(` ${person.email.toUpperCase()} `, 'nope-nope-3'), 429, 'sign_in_locked');
    expectProblem(await attempt(person.phone, person.password), 429, 'sign_in_locked');
  });

  it('an unknown identifier locks the same way, so a lock reveals nobody', async () => {
    for (let i = 0; i < 4; i += 1)
      expectProblem(await attempt('+919999912345', 'guess-guess'), 401, 'invalid_credentials');
    expectProblem(await attempt('+919999912345', 'guess-guess'), 429, 'sign_in_locked');
  });

  it('lets the real person in with a code sent to their phone, and tells the coordinator', async () => {
    const person = await operator();
    for (let i = 0; i < 5; i += 1) await attempt(person.phone, `attacker-${i}`, {}, '203.0.113.66');
    expectProblem(await attempt(person.phone, person.password), 429, 'sign_in_locked');

    const asked = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/sign-in-code',
      payload: { identifier: person.phone },
    });
    expect(asked.statusCode).toBe(202);
    // The same answer for nobody at all: asking does not reveal accounts.
    const nobody = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/sign-in-code',
      payload: { identifier: '+919999900000' },
    });
    expect({ status: nobody.statusCode, body: nobody.json() }).toEqual({
      status: asked.statusCode,
      body: asked.json(),
    });

    const code = await codeSentTo(person.phone);
    const wrongCode = code === '000000' ? '000001' : '000000';
    expectProblem(await attempt(person.phone, person.password, { code: wrongCode }), 429, 'sign_in_locked');
    // The code alone is not enough: the password is still checked.
    expectProblem(await attempt(person.phone, 'attacker-9', { code }), 401, 'invalid_credentials');
    const signedIn = await attempt(person.phone, person.password, { code });
    expect(signedIn.statusCode, signedIn.body).toBe(200);
    // Spent: once locked again, the same code no longer opens it.
    for (let i = 0; i < 5; i += 1) await attempt(person.phone, `attacker-again-${i}`, {}, '203.0.113.66');
    expectProblem(await attempt(person.phone, person.password, { code }), 429, 'sign_in_locked');

    const coordinatorClient = await signIn(ctx.app, coordinator.phone, coordinator.password);
    const audit = (
      await coordinatorClient.request({ method: 'GET', url: '/api/v1/audit-events?limit=100' })
    ).json() as {
      items: Array<{ action: string; subjectId: string | null }>;
    };
    const aboutPerson = audit.items.filter((e) => e.subjectId === person.id).map((e) => e.action);
    expect(aboutPerson).toEqual(
      expect.arrayContaining(['auth.sign_in_failed', 'auth.sign_in_locked', 'auth.sign_in_code_sent', 'auth.sign_in']),
    );
  });

  it('shows a coordinator which of their people are locked out', async () => {
    const person = await operator();
    for (let i = 0; i < 5; i += 1) await attempt(person.phone, `attacker-${i}`);
    const client = await signIn(ctx.app, coordinator.phone, coordinator.password);
    const view = (await client.request({ method: 'GET', url: `/api/v1/users/${person.id}` })).json() as {
      signIn: { recentFailures: number; lockedUntil: string | null };
    };
    expect(view.signIn.recentFailures).toBe(5);
    expect(Date.parse(view.signIn.lockedUntil ?? '')).toBeGreaterThan(Date.now() + 14 * 60_000);
  });

  it('sends at most one code a minute, and none for an account that is not locked', async () => {
    const person = await operator();
    const ask = () =>
      ctx.app.inject({ method: 'POST', url: '/api/v1/auth/sign-in-code', payload: { identifier: person.email } });
    expect((await ask()).statusCode).toBe(202);
    const codesFor = async () =>
      (await ctx.database.db.select().from(outbox).where(eq(outbox.toAddress, person.phone))).length;
    expect(await codesFor()).toBe(0);
    for (let i = 0; i < 5; i += 1) await attempt(person.email, `attacker-${i}`);
    await Promise.all([ask(), ask(), ask()]);
    expect(await codesFor()).toBe(1);
    const sentEvents = await ctx.database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.action, 'auth.sign_in_code_sent'));
    expect(sentEvents.filter((e) => e.subjectId === person.id)).toHaveLength(1);
  });

  it('throttles guessing the current password on a password change', async () => {
    const person = await operator();
    const client = await signIn(ctx.app, person.phone, person.password);
    const change = (currentPassword: string) =>
      client.request({
        method: 'POST',
        url: '/api/v1/auth/password',
        payload: { currentPassword, newPassword: 'a brand new passphrase' },
      });
    for (let i = 0; i < 4; i += 1) expectProblem(await change(`guess-${i}`), 400, 'wrong_password');
    expectProblem(await change('guess-5'), 400, 'wrong_password');
    expectProblem(await change(person.password), 429, 'rate_limited');
  });
});
