import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents } from '../../src/server/db/schema/index.js';
import { sessionCookieName } from '../../src/server/domain/auth/session-token.js';
import { createPerson, factoryPassword } from '../factories/index.js';
import { createTestApp, signIn, type TestContext } from '../support/app.js';
import { expectProblem } from '../support/problem.js';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(async () => ctx.close());

const signInRequest = (identifier: string, password: string, language = 'en') =>
  ctx.app.inject({
    method: 'POST',
    url: '/api/v1/auth/sign-in',
    headers: { 'accept-language': language },
    payload: { identifier, password },
  });

async function auditCount(action: string, userId: string): Promise<number> {
  const rows = await ctx.database.db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.action, action as 'auth.sign_in'), eq(auditEvents.subjectId, userId)));
  return rows.length;
}

describe('sign-in', () => {
  it('accepts the phone in any common form, or the e-mail, and sets a safe cookie', async () => {
    const person = await createPerson(ctx.database.db, { role: 'operator' });
    const national = person.phone.slice(3);
    for (const identifier of [
      person.phone,
      national,
      `0${national}`,
      `${national.slice(0, 5)} ${national.slice(5)}`,
      person.email.toUpperCase(),
    ]) {
      const response = await signInRequest(identifier, factoryPassword);
      expect(response.statusCode, identifier).toBe(200);
      const cookie = response.cookies.find((c) => c.name === sessionCookieName);
      expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    }
    expect(await auditCount('auth.sign_in', person.id)).toBe(5);
  });

  it('refuses a wrong password with a clear message in the reader’s language, and records it', async () => {
    const person = await createPerson(ctx.database.db, { role: 'operator' });
    const english = expectProblem(await signInRequest(person.phone, 'wrong-password'), 401, 'invalid_credentials');
    expect(english.title).toBe('Wrong phone, e-mail or password');
    const hindi = expectProblem(
      await signInRequest(person.phone, 'wrong-password', 'hi-IN,hi;q=0.9'),
      401,
      'invalid_credentials',
    );
    expect(hindi.title).toBe('फ़ोन, ई-मेल या पासवर्ड गलत है');
    expect(await auditCount('auth.sign_in_failed', person.id)).toBe(2);
  });

  it('gives the same answer for an unknown account as for a wrong password', async () => {
    expectProblem(await signInRequest('9876501234', 'whatever-password'), 401, 'invalid_credentials');
  });

  it('locks an identifier after 5 failures, even for the right password, and says for how long', async () => {
    const person = await createPerson(ctx.database.db, { role: 'volunteer' });
    for (let i = 0; i < 4; i += 1)
      expectProblem(await signInRequest(person.phone, `wrong-${i}`), 401, 'invalid_credentials');
    const fifthResponse = await signInRequest(person.phone, 'wrong-5');
    expect(fifthResponse.headers['retry-after']).toBe('900');
    const fifth = expectProblem(fifthResponse, 429, 'sign_in_locked');
    expect(fifth.detail).toContain('15 minutes');
    const right = expectProblem(await signInRequest(person.phone, factoryPassword, 'hi'), 429, 'sign_in_locked');
    expect(right.detail).toContain('15 मिनट');
    expect(await auditCount('auth.sign_in_locked', person.id)).toBe(1);
    // Another person is unaffected.
    const other = await createPerson(ctx.database.db, { role: 'volunteer' });
    expect((await signInRequest(other.phone, factoryPassword)).statusCode).toBe(200);
  });

  it('refuses a deactivated person', async () => {
    const admin = await createPerson(ctx.database.db, { role: 'admin' });
    const person = await createPerson(ctx.database.db, { role: 'admin' });
    const client = await signIn(ctx.app, admin.phone, admin.password);
    const patch = await client.request({
      method: 'PATCH',
      url: `/api/v1/users/${person.id}`,
      payload: { isActive: false },
    });
    expect(patch.statusCode).toBe(200);
    // The right password is told the account is off (so they ask rather than retry); a wrong one learns nothing.
    expectProblem(await signInRequest(person.phone, factoryPassword), 403, 'account_disabled');
    expectProblem(await signInRequest(person.phone, 'not-the-password-1'), 401, 'invalid_credentials');
  });
});

describe('session', () => {
  it('shows the person, memberships and navigation, and ends at sign-out', async () => {
    const person = await createPerson(ctx.database.db, { role: 'admin', name: 'आशा वर्मा' });
    const client = await signIn(ctx.app, person.phone, person.password);
    const session = await client.request({ method: 'GET', url: '/api/v1/auth/session' });
    expect(session.json()).toMatchObject({
      user: { id: person.id, name: 'आशा वर्मा' },
      memberships: [{ role: 'admin', organisationId: null }],
      nav: [
        'home',
        'desk',
        'new_case',
        'callbacks',
        'leads',
        'flagged_phones',
        'donors',
        'camps',
        'blood_figures',
        'thalassemia',
        'lending',
        'lending_figures',
        'channels',
        'organisations',
        'people',
        'audit',
        'jobs',
        'account',
      ],
    });
    expect((await client.request({ method: 'POST', url: '/api/v1/auth/sign-out' })).statusCode).toBe(204);
    expectProblem(await client.request({ method: 'GET', url: '/api/v1/auth/session' }), 401, 'unauthenticated');
  });

  it('refuses writes without the CSRF token', async () => {
    const person = await createPerson(ctx.database.db, { role: 'operator' });
    const client = await signIn(ctx.app, person.phone, person.password);
    const response = await client.request({
      method: 'PATCH',
      url: '/api/v1/me',
      headers: { 'x-csrf-token': 'forged' },
      payload: { preferredLanguage: 'hi' },
    });
    expectProblem(response, 403, 'csrf_failed');
    const session = await client.request({ method: 'GET', url: '/api/v1/auth/session' });
    expect((session.json() as { user: { preferredLanguage: string } }).user.preferredLanguage).toBe('en');
  });

  it('remembers the chosen language per person', async () => {
    const person = await createPerson(ctx.database.db, { role: 'operator', language: 'en' });
    const client = await signIn(ctx.app, person.phone, person.password);
    const response = await client.request({ method: 'PATCH', url: '/api/v1/me', payload: { preferredLanguage: 'hi' } });
    expect((response.json() as { user: { preferredLanguage: string } }).user.preferredLanguage).toBe('hi');
    const again = await signIn(ctx.app, person.phone, person.password);
    const session = await again.request({ method: 'GET', url: '/api/v1/auth/session' });
    expect((session.json() as { user: { preferredLanguage: string } }).user.preferredLanguage).toBe('hi');
    // With no Accept-Language, errors follow the person's language.
    const problem = await again.request({ method: 'GET', url: '/api/v1/users' });
    expect(expectProblem(problem, 403, 'forbidden').title).toBe('आपको यह करने की अनुमति नहीं है');
  });
});

describe('change password', () => {
  it('needs the current password; afterwards only the new one works and other sessions end', async () => {
    const person = await createPerson(ctx.database.db, { role: 'volunteer' });
    const first = await signIn(ctx.app, person.phone, person.password);
    const second = await signIn(ctx.app, person.phone, person.password);
    const wrong = await first.request({
      method: 'POST',
      url: '/api/v1/auth/password',
      payload: { currentPassword: 'not-it', newPassword: 'a-brand-new-password' },
    });
    expect(expectProblem(wrong, 400, 'wrong_password').errors?.[0]?.field).toBe('currentPassword');
    const tooShort = await first.request({
      method: 'POST',
      url: '/api/v1/auth/password',
      payload: { currentPassword: person.password, newPassword: 'short' },
    });
    expect(expectProblem(tooShort, 400, 'validation_failed').errors?.[0]).toMatchObject({
      field: 'newPassword',
      code: 'too_small',
    });
    const ok = await first.request({
      method: 'POST',
      url: '/api/v1/auth/password',
      payload: { currentPassword: person.password, newPassword: 'a-brand-new-password' },
    });
    expect(ok.statusCode).toBe(204);
    expect((await first.request({ method: 'GET', url: '/api/v1/auth/session' })).statusCode).toBe(200);
    expectProblem(await second.request({ method: 'GET', url: '/api/v1/auth/session' }), 401, 'unauthenticated');
    expectProblem(await signInRequest(person.phone, person.password), 401, 'invalid_credentials');
    expect((await signInRequest(person.phone, 'a-brand-new-password')).statusCode).toBe(200);
    expect(await auditCount('auth.password_changed', person.id)).toBe(1);
  });
});
