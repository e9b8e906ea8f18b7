// Bad input gets a 4xx problem+json naming the field, and writes nothing.
import { count } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditEvents, organisations, users } from '../../src/server/db/schema/index.js';
import { sessionCookieName } from '../../src/server/domain/auth/session-token.js';
import { expectProblem } from '../support/problem.js';
import { useTestWorld } from '../support/setup.js';

const ctx = useTestWorld({ roles: ['admin'] });
const admin = ctx.client('admin');

async function rowCounts(): Promise<number[]> {
  const db = ctx.database.db;
  const [u] = await db.select({ n: count() }).from(users);
  const [o] = await db.select({ n: count() }).from(organisations);
  const [a] = await db.select({ n: count() }).from(auditEvents);
  return [u?.n ?? 0, o?.n ?? 0, a?.n ?? 0];
}

const validUser = () => ({
  name: 'Meena Devi',
  phone: '98390 12345',
  password: 'long-enough-pass',
  membership: { role: 'operator', organisationId: ctx.world.orgA.id, districts: [ctx.world.kanpur] },
});

describe('bad input', () => {
  it('malformed JSON → 400 bad_json', async () => {
    const before = await rowCounts();
    const response = await admin.request({
      method: 'POST',
      url: '/api/v1/users',
      headers: { 'content-type': 'application/json' },
      payload: '{"name": "Meena", ',
    });
    expectProblem(response, 400, 'bad_json');
    expect(await rowCounts()).toEqual(before);
  });

  it("malformed or empty JSON is explained in Hindi to a Hindi reader, without the framework's English", async () => {
    for (const payload of ['{"name": "Meena", ', '', '{"__proto__": {"admin": true}}']) {
      const response = await admin.request({
        method: 'POST',
        url: '/api/v1/users',
        headers: { 'content-type': 'application/json', 'accept-language': 'hi' },
        payload,
      });
      const problem = expectProblem(response, 400, 'bad_json');
      expect(problem.detail).toMatch(/[\u0900-\u097F]/);
      expect(problem.detail).not.toMatch(/Body|content-type|\{\{/);
    }
  });

  it('a value under its bound names the bound, so a client can word it in its own way', async () => {
    const response = await admin.request({
      method: 'POST',
      url: '/api/v1/organisations',
      payload: { name: '', kind: 'ngo', districts: [ctx.world.kanpur] },
    });
    const problem = expectProblem(response, 400, 'validation_failed');
    expect(problem.errors?.find((e) => e.field === 'name')).toMatchObject({ code: 'too_small', minimum: 2 });
  });

  it('wrong types → 400 naming each field', async () => {
    const before = await rowCounts();
    const response = await admin.request({
      method: 'POST',
      url: '/api/v1/users',
      payload: { ...validUser(), name: 42, membership: { ...validUser().membership, districts: 'KNP' } },
    });
    const body = expectProblem(response, 400, 'validation_failed');
    expect(body.errors?.map((e) => e.field).sort()).toEqual(['membership.districts', 'name']);
    expect(await rowCounts()).toEqual(before);
  });

  it('a wrong type is said in words of the reader, never as the framework names types', async () => {
    const payload = { ...validUser(), name: 42, membership: { ...validUser().membership, districts: 'KNP' } };
    for (const [language, text, list] of [
      ['hi', 'यहाँ पाठ चाहिए।', 'यहाँ एक सूची चाहिए।'],
      ['en', 'Expected text.', 'Expected a list.'],
    ] as const) {
      const response = await admin.request({
        method: 'POST',
        url: '/api/v1/users',
        headers: { 'accept-language': language },
        payload,
      });
      const body = expectProblem(response, 400, 'validation_failed');
      const message = (field: string) => body.errors?.find((e) => e.field === field)?.message;
      expect({ name: message('name'), districts: message('membership.districts') }).toEqual({
        name: text,
        districts: list,
      });
    }
  });

  it('unknown fields → 400 naming the field', async () => {
    const response = await admin.request({
      method: 'POST',
      url: '/api/v1/users',
      payload: { ...validUser(), isAdmin: true },
    });
    const body = expectProblem(response, 400, 'validation_failed');
    expect(body.errors).toEqual([expect.objectContaining({ field: 'isAdmin', code: 'unrecognized_key' })]);
  });

  it('missing fields and an invalid phone → 400 with messages in Hindi when asked', async () => {
    const response = await admin.request({
      method: 'POST',
      url: '/api/v1/users',
      headers: { 'accept-language': 'hi' },
      payload: { ...validUser(), name: undefined, phone: '12345' },
    });
    const body = expectProblem(response, 400, 'validation_failed');
    expect(body.title).toBe('कुछ फ़ील्ड ठीक करने होंगे');
    expect(body.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'name', code: 'required', message: 'यह भरना ज़रूरी है।' }),
        expect.objectContaining({ field: 'phone', code: 'invalid_phone' }),
      ]),
    );
  });

  it('oversized body → 413', async () => {
    const before = await rowCounts();
    const response = await admin.request({
      method: 'POST',
      url: '/api/v1/organisations',
      payload: { name: 'x'.repeat(300_000), kind: 'ngo', districts: [ctx.world.kanpur] },
    });
    expectProblem(response, 413, 'body_too_large');
    expect(await rowCounts()).toEqual(before);
  });

  it('wrong content type → 415', async () => {
    const response = await admin.request({
      method: 'POST',
      url: '/api/v1/organisations',
      headers: { 'content-type': 'text/plain' },
      payload: 'name=x',
    });
    expectProblem(response, 415, 'unsupported_media_type');
  });

  it('a bad id in the path → 400, an unknown one → 404', async () => {
    expectProblem(await admin.request({ method: 'GET', url: '/api/v1/users/not-a-uuid' }), 400, 'validation_failed');
    expectProblem(
      await admin.request({ method: 'GET', url: '/api/v1/users/00000000-0000-4000-8000-000000000000' }),
      404,
      'not_found',
    );
  });

  it('unknown districts and duplicates are refused and leave nothing half-written', async () => {
    const before = await rowCounts();
    const unknown = await admin.request({
      method: 'POST',
      url: '/api/v1/organisations',
      payload: { name: 'Nowhere Seva', kind: 'ngo', districts: ['ZZ-999'] },
    });
    expectProblem(unknown, 400, 'unknown_districts');
    const outside = await admin.request({
      method: 'POST',
      url: '/api/v1/users',
      payload: {
        ...validUser(),
        phone: '9839012346',
        membership: { ...validUser().membership, districts: [ctx.world.prayagraj] },
      },
    });
    expectProblem(outside, 400, 'invalid_membership');
    expect(await rowCounts()).toEqual(before);

    expect((await admin.request({ method: 'POST', url: '/api/v1/users', payload: validUser() })).statusCode).toBe(201);
    const afterFirst = await rowCounts();
    const again = await admin.request({
      method: 'POST',
      url: '/api/v1/users',
      payload: { ...validUser(), phone: '+91 98390-12345' },
    });
    expect(expectProblem(again, 409, 'conflict_phone').errors?.[0]?.field).toBe('phone');
    expect(await rowCounts()).toEqual(afterFirst);
  });

  it('an unknown API path is a 404 problem, not the web app', async () => {
    expectProblem(await admin.request({ method: 'GET', url: '/api/v1/nothing-here' }), 404, 'not_found');
  });

  it('an unknown API path is a 404 for anyone, signed in or not (the routes are public in the OpenAPI document)', async () => {
    for (const method of ['GET', 'POST'] as const) {
      expectProblem(await ctx.app.inject({ method, url: '/api/v1/nothing-here' }), 404, 'not_found');
      // Signed in, without the CSRF token: there is no handler to forge a request to.
      const signedIn = await ctx.app.inject({
        method,
        url: '/api/v1/nothing-here',
        cookies: { [sessionCookieName]: admin.cookie },
      });
      expectProblem(signedIn, 404, 'not_found');
    }
  });

  it("a known API path asked with another method is a 405 naming the methods it takes, in the reader's language", async () => {
    const cases = [
      ['DELETE', '/api/v1/auth/sign-in', 'POST'],
      ['PUT', '/api/v1/cases', 'GET, HEAD, POST'],
      ['DELETE', '/api/v1/cases/00000000-0000-4000-8000-000000000000', 'GET, HEAD, PATCH'],
      ['PATCH', '/api/v1/public/challenge?x=1', 'GET, HEAD'],
    ] as const;
    for (const [method, url, allow] of cases) {
      const anonymous = await ctx.app.inject({ method, url, headers: { 'accept-language': 'hi' } });
      const body = expectProblem(anonymous, 405, 'method_not_allowed');
      expect(anonymous.headers.allow).toBe(allow);
      expect(body.title).toMatch(/[\u0900-\u097F]/);
      expect(body.detail).toContain(allow);
      const signedIn = await admin.request({ method, url });
      expectProblem(signedIn, 405, 'method_not_allowed');
      expect(signedIn.headers.allow).toBe(allow);
    }
  });
});
