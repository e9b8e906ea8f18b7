// Text no database stores (a NUL, a lone UTF-16 surrogate), impossible dates and ids that point nowhere are
// answered with a 400 naming the field — never a 500, never half a record. Providers' messages are cleaned, not
// refused, and one bad message in a batch does not fail the others.
import { count, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { cases, inbox } from '../../src/server/db/schema/index.js';
import { processNextInboxItem } from '../../src/server/usecases/channels/process-next-inbox-item.js';
import { caseBody, freshPhone } from '../factories/cases.js';
import { createChannelAccount, postInbound, type TestAccount } from '../factories/channels.js';
import { expectProblem } from '../support/problem.js';
import { useTestWorld } from '../support/setup.js';

const ctx = useTestWorld({ roles: ['operatorKanpur'] });
const operator = ctx.client('operatorKanpur');
let whatsapp: TestAccount;

beforeAll(async () => {
  whatsapp = await createChannelAccount(ctx.database.db, ctx.world.orgA.id, 'whatsapp');
});

const caseCount = async () => (await ctx.database.db.select({ n: count() }).from(cases))[0]?.n ?? 0;

/** JSON text with a raw escape kept as written (JSON.stringify would not emit a lone surrogate). */
const withEscape = (body: object, marker: string, escape: string) => JSON.stringify(body).replace(marker, escape);

describe('input hygiene', () => {
  it.each([
    ['a NUL', '\\u0000'],
    ['a lone surrogate', '\\ud800'],
    ['a lone low surrogate', 'abc\\udfff'],
  ])('the public plea with %s in a text field: 400 naming the field, nothing stored', async (_, escape) => {
    const before = await caseCount();
    const plea = {
      name: 'MARKER',
      phone: freshPhone(),
      needs: [{ resource: 'oxygen_cylinder', quantity: 1 }],
      district: ctx.world.kanpur,
      consent: true,
    };
    const response = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/public/requests',
      headers: { 'content-type': 'application/json', 'accept-language': 'hi' },
      payload: withEscape(plea, 'MARKER', `Sun${escape}ita`),
    });
    const problem = expectProblem(response, 400, 'validation_failed');
    expect(problem.errors).toEqual([expect.objectContaining({ field: 'name', code: 'ill_formed_text' })]);
    expect(problem.errors?.[0]?.message).toMatch(/[\u0900-\u097f]/);
    expect(await caseCount()).toBe(before);
  });

  it('sign-in with a NUL or a lone surrogate in the identifier is a 400, not a 500', async () => {
    for (const escape of ['\\u0000', '\\ud83d']) {
      const response = await ctx.app.inject({
        method: 'POST',
        url: '/api/v1/auth/sign-in',
        headers: { 'content-type': 'application/json' },
        payload: withEscape({ identifier: 'MARKER', password: 'whatever-1' }, 'MARKER', `a${escape}@b.example`),
      });
      expectProblem(response, 400, 'validation_failed');
    }
  });

  it('keys, query strings and nesting are checked too', async () => {
    const nestedTooDeep = `{"name":${'['.repeat(5000)}${']'.repeat(5000)}}`;
    expectProblem(
      await operator.request({
        method: 'POST',
        url: '/api/v1/cases',
        headers: { 'content-type': 'application/json' },
        payload: nestedTooDeep,
      }),
      400,
      'validation_failed',
    );
    expectProblem(
      await operator.request({ method: 'GET', url: '/api/v1/cases?q=oxy%00gen' }),
      400,
      'validation_failed',
    );
    expectProblem(
      await operator.request({
        method: 'POST',
        url: '/api/v1/cases',
        headers: { 'content-type': 'application/json' },
        payload: withEscape({ MARKER: 1 }, 'MARKER', 'k\\u0000'),
      }),
      400,
      'validation_failed',
    );
  });

  it('a time of the first message must be a real recent moment', async () => {
    const before = await caseCount();
    for (const receivedAt of [
      '0001-01-01T00:00:00Z',
      '9999-12-31T23:59:59Z',
      new Date(Date.now() + 3_600_000).toISOString(),
    ]) {
      const problem = expectProblem(
        await operator.request({
          method: 'POST',
          url: '/api/v1/cases',
          payload: { ...caseBody(ctx.world.kanpur), receivedAt },
        }),
        400,
        'validation_failed',
      );
      expect(problem.errors?.[0]).toMatchObject({ field: 'receivedAt', code: 'time_out_of_range' });
    }
    expect(await caseCount()).toBe(before);
    const anHourAgo = new Date(Date.now() - 3_600_000).toISOString();
    expect(
      (
        await operator.request({
          method: 'POST',
          url: '/api/v1/cases',
          payload: { ...caseBody(ctx.world.kanpur), receivedAt: anHourAgo },
        })
      ).statusCode,
    ).toBe(201);
  });

  it("a signed WhatsApp message with a NUL and a broken character is kept, cleaned, and doesn't sink its batch", async () => {
    const from = freshPhone();
    const good = freshPhone();
    const [dirty, clean] = await Promise.all([
      postInbound(ctx.app, whatsapp, { from, text: 'Kanpur oxygen\u0000 chahiye \ud800 jaldi' }),
      postInbound(ctx.app, whatsapp, { from: good, text: 'Kanpur mein oxygen chahiye' }),
    ]);
    expect([dirty.statusCode, clean.statusCode]).toEqual([200, 200]);
    while ((await processNextInboxItem({ db: ctx.database.db })) !== 'none');
    const kept = await ctx.database.db.select().from(inbox).where(eq(inbox.accountId, whatsapp.id));
    expect(kept.map((row) => row.state).sort()).toEqual(['done', 'done']);
    const texts = kept.map((row) => (row.message as { text: string }).text);
    expect(texts).toContain('Kanpur oxygen chahiye \ufffd jaldi');
  });

  it('an Exotel caller that is not a phone number is refused, not stored as one', async () => {
    const exotel = await createChannelAccount(ctx.database.db, ctx.world.orgA.id, 'exotel');
    const token = exotel.secrets.webhookSecret ?? '';
    const response = await ctx.app.inject({
      method: 'GET',
      url: `/webhooks/exotel/call?token=${encodeURIComponent(token)}&CallSid=abc123&CallFrom=javascript:alert(1)&CallTo=${encodeURIComponent(exotel.address)}`,
    });
    expectProblem(response, 400, 'malformed_payload');
  });
});
