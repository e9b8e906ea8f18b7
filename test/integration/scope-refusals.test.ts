// Requests that reach past the caller's scope are refused before anything is written, and say only what the caller
// may know: a case moved out of one's districts, a callback linked to a hidden case, a number another organisation
// holds. A reply that never arrived is shown on its case and can be sent again once.
import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { callbacks, cases, outbox } from '../../src/server/db/schema/index.js';
import { caseBody, freshPhone } from '../factories/cases.js';
import { createChannelAccount } from '../factories/channels.js';
import { signIn, type Client } from '../support/app.js';
import { expectProblem } from '../support/problem.js';
import { useTestWorld } from '../support/setup.js';

const ctx = useTestWorld({ roles: ['operatorKanpur', 'coordinatorKanpur', 'operatorPrayagraj'] });
const operator = ctx.client('operatorKanpur');
const coordinator = ctx.client('coordinatorKanpur');
const prayagraj = ctx.client('operatorPrayagraj');

const newCase = async (client: Client, district: string) =>
  (
    (await client.request({ method: 'POST', url: '/api/v1/cases', payload: caseBody(district) })).json() as {
      caseId: string;
    }
  ).caseId;

describe('refusals at the edge of scope', () => {
  it('an operator cannot move a case into a district outside their own, and nothing is saved', async () => {
    const id = await newCase(operator, ctx.world.kanpur);
    const [before] = await ctx.database.db.select().from(cases).where(eq(cases.id, id));
    const moved = await operator.request({
      method: 'PATCH',
      url: `/api/v1/cases/${id}`,
      payload: { location: { district: ctx.world.prayagraj }, patient: { age: 70 } },
    });
    const problem = expectProblem(moved, 400, 'validation_failed');
    expect(problem.errors).toEqual([expect.objectContaining({ field: 'location.district', code: 'out_of_scope' })]);
    const [after] = await ctx.database.db.select().from(cases).where(eq(cases.id, id));
    expect(after).toEqual(before);
    // Within their districts it moves.
    const admin = await signIn(ctx.app, ctx.world.admin.phone, ctx.world.admin.password);
    expect(
      (
        await admin.request({
          method: 'PATCH',
          url: `/api/v1/cases/${id}`,
          payload: { location: { district: ctx.world.unnao } },
        })
      ).statusCode,
    ).toBe(200);
  });

  it('a callback is linked only to a case the operator can see; a missing one is not a 500', async () => {
    const hidden = await newCase(prayagraj, ctx.world.prayagraj);
    const [callback] = await ctx.database.db
      .insert(callbacks)
      .values({
        organisationId: ctx.world.orgA.id,
        callerPhone: freshPhone(),
        firstCallAt: new Date(),
        lastCallAt: new Date(),
      })
      .returning();
    const complete = (caseId: string) =>
      operator.request({
        method: 'POST',
        url: `/api/v1/callbacks/${callback?.id}/complete`,
        payload: { outcome: 'reached', caseId },
      });
    for (const caseId of [hidden, randomUUID()]) {
      const problem = expectProblem(await complete(caseId), 400, 'validation_failed');
      expect(problem.errors?.[0]).toMatchObject({ field: 'caseId', code: 'unknown_case' });
    }
    const [unchanged] = await ctx.database.db
      .select()
      .from(callbacks)
      .where(eq(callbacks.id, callback?.id ?? ''));
    expect(unchanged?.status).toBe('open');
    expect((await complete(await newCase(operator, ctx.world.kanpur))).statusCode).toBe(200);
  });

  it("a number held outside the caller's scope 'cannot be used', without saying it exists", async () => {
    const body = (phone: string) => ({
      name: 'New Operator',
      phone,
      password: 'a long unique passphrase',
      membership: { role: 'operator', organisationId: ctx.world.orgA.id, districts: [ctx.world.kanpur] },
    });
    const outside = expectProblem(
      await coordinator.request({
        method: 'POST',
        url: '/api/v1/users',
        payload: body(ctx.world.operatorPrayagraj.phone),
      }),
      409,
      'value_unavailable',
    );
    expect(JSON.stringify(outside)).not.toMatch(/already|Prayagraj/i);
    expectProblem(
      await coordinator.request({
        method: 'POST',
        url: '/api/v1/users',
        payload: body(ctx.world.operatorKanpur.phone),
      }),
      409,
      'conflict_phone',
    );
    const taken = await createChannelAccount(ctx.database.db, ctx.world.orgB.id, 'twilio');
    const kanpurCoordinatorOfA = coordinator;
    expectProblem(
      await kanpurCoordinatorOfA.request({
        method: 'POST',
        url: '/api/v1/channel-accounts',
        payload: {
          organisationId: ctx.world.orgA.id,
          provider: 'twilio',
          address: taken.address,
          label: 'SMS',
          secrets: { webhookSecret: 'a-secret-of-our-own', accountId: 'AC1' },
        },
      }),
      409,
      'value_unavailable',
    );
  });

  it("refuses trivial and common passwords, and ones made of the person's own number", async () => {
    const addPerson = (phone: string, password: string) =>
      coordinator.request({
        method: 'POST',
        url: '/api/v1/users',
        payload: {
          name: 'X',
          phone,
          password,
          membership: { role: 'operator', organisationId: ctx.world.orgA.id, districts: [ctx.world.kanpur] },
        },
      });
    const phone = freshPhone();
    for (const [password, code] of [
      ['aaaaaaaaaa', 'password_too_simple'],
      ['1234567890', 'password_too_simple'],
      ['password@123', 'password_too_common'],
      [`my-${phone.slice(3)}`, 'password_contains_identity'],
    ] as const) {
      const problem = expectProblem(await addPerson(phone, password), 400, 'validation_failed');
      expect(problem.errors?.[0]).toMatchObject({ field: 'password', code });
    }
    expect((await addPerson(phone, 'kanpur mitra night shift')).statusCode).toBe(201);
  });

  it('a reply cut off by a crash shows on its case and is sent again once, with the resend on the timeline', async () => {
    const id = await newCase(operator, ctx.world.kanpur);
    const account = await createChannelAccount(ctx.database.db, ctx.world.orgA.id, 'twilio');
    const [failed] = await ctx.database.db
      .insert(outbox)
      .values({
        organisationId: ctx.world.orgA.id,
        accountId: account.id,
        provider: 'twilio',
        channel: 'sms',
        toAddress: freshPhone(),
        language: 'hi',
        body: 'आपका अनुरोध KNP-TEST दर्ज हुआ',
        purpose: 'reply',
        caseId: id,
        dedupeKey: `test:${id}`,
        state: 'failed',
        error: 'interrupted: the server stopped while sending; delivery unknown',
      })
      .returning();
    const detail = (await operator.request({ method: 'GET', url: `/api/v1/cases/${id}` })).json() as {
      undeliveredMessages: number;
    };
    expect(detail.undeliveredMessages).toBe(1);
    const viewer = await signIn(ctx.app, ctx.world.viewerA.phone, ctx.world.viewerA.password);
    const seenByViewer = (await viewer.request({ method: 'GET', url: `/api/v1/cases/${id}/outbound` })).json() as {
      items: Array<{ can: { resend: boolean } }>;
    };
    expect(seenByViewer.items[0]?.can.resend).toBe(false);
    const resend = () => operator.request({ method: 'POST', url: `/api/v1/cases/${id}/outbound/${failed?.id}/resend` });
    const [first, second] = await Promise.all([resend(), resend()]);
    expect([first?.statusCode, second?.statusCode].sort()).toEqual([200, 409]);
    const copies = await ctx.database.db
      .select()
      .from(outbox)
      .where(sql`${outbox.caseId} = ${id} and ${outbox.state} = 'pending'`);
    expect(copies).toHaveLength(1);
    const after = (await operator.request({ method: 'GET', url: `/api/v1/cases/${id}` })).json() as {
      undeliveredMessages: number;
      events: Array<{ type: string }>;
    };
    expect(after.undeliveredMessages).toBe(0);
    expect(after.events.filter((e) => e.type === 'message_resent')).toHaveLength(1);
  });
});
