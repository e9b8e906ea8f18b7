// Who may configure channels, work missed calls and leads — and bad input on those endpoints.
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../../src/server/db/client.js';
import { processNextInboxItem } from '../../src/server/usecases/channels/process-next-inbox-item.js';
import { freshPhone } from '../factories/cases.js';
import { createChannelAccount, postInbound, type TestAccount } from '../factories/channels.js';
import { factoryPassword } from '../factories/index.js';
import { signIn, type Client } from '../support/app.js';
import { expectProblem } from '../support/problem.js';
import { useTestWorld } from '../support/setup.js';
import { and, eq } from 'drizzle-orm';
import { auditEvents, callbacks, leads } from '../../src/server/db/schema/index.js';

const ctx = useTestWorld();
let exotelA: TestAccount;
let whatsappA: TestAccount;
let whatsappB: TestAccount;
const as = (person: { phone: string }): Promise<Client> => signIn(ctx.app, person.phone, factoryPassword);
async function drain(): Promise<void> {
  while ((await processNextInboxItem({ db: ctx.database.db })) !== 'none');
}

beforeAll(async () => {
  exotelA = await createChannelAccount(ctx.database.db, ctx.world.orgA.id, 'exotel');
  whatsappA = await createChannelAccount(ctx.database.db, ctx.world.orgA.id, 'whatsapp');
  whatsappB = await createChannelAccount(ctx.database.db, ctx.world.orgB.id, 'whatsapp');
});

describe('channel accounts', () => {
  it('are refused to anonymous callers, operators and volunteers', async () => {
    expectProblem(await ctx.app.inject({ method: 'GET', url: '/api/v1/channel-accounts' }), 401, 'unauthenticated');
    for (const person of [ctx.world.operatorKanpur, ctx.world.volunteerKanpur, ctx.world.viewerA]) {
      expectProblem(
        await (await as(person)).request({ method: 'GET', url: '/api/v1/channel-accounts' }),
        403,
        'forbidden',
      );
    }
  });

  it('a coordinator sees only their organisation, and secrets only as their last four characters', async () => {
    const coordinator = await as(ctx.world.coordinatorKanpur);
    const response = await coordinator.request({ method: 'GET', url: '/api/v1/channel-accounts' });
    expect(response.statusCode).toBe(200);
    const items = (
      response.json() as { items: { id: string; organisationId: string; secrets: Record<string, string | null> }[] }
    ).items;
    // Every account of the organisation (other tests may add some), and none of another's.
    const ofA = rowsOf<{ id: string }>(
      await ctx.database.db.execute(
        sql`select id from channel_accounts where organisation_id = ${ctx.world.orgA.id}::uuid`,
      ),
    ).map((a) => a.id);
    expect(ofA).toEqual(expect.arrayContaining([exotelA.id, whatsappA.id]));
    expect(items.map((i) => i.id).sort()).toEqual(ofA.sort());
    expect(items.map((i) => i.id)).not.toContain(whatsappB.id);
    const shown = items.find((i) => i.id === whatsappA.id);
    expect(shown?.secrets.webhookSecret).toBe(`••••${whatsappA.secrets.webhookSecret?.slice(-4)}`);
    expect(response.body).not.toContain(whatsappA.secrets.webhookSecret);
    expect(response.body).not.toContain(whatsappA.secrets.accessToken);
  });

  it("a coordinator cannot add to or change another organisation's channels", async () => {
    const coordinator = await as(ctx.world.coordinatorKanpur);
    const create = await coordinator.request({
      method: 'POST',
      url: '/api/v1/channel-accounts',
      payload: {
        organisationId: ctx.world.orgB.id,
        provider: 'twilio',
        address: '+919000000123',
        label: 'x',
        secrets: { webhookSecret: 's', accountId: 'AC1' },
      },
    });
    expectProblem(create, 403, 'forbidden');
    const patch = await coordinator.request({
      method: 'PATCH',
      url: `/api/v1/channel-accounts/${whatsappB.id}`,
      payload: { enabled: false },
    });
    expectProblem(patch, 404, 'not_found');
  });

  it('adds an SMS number in E.164, refuses a duplicate and a missing secret, and audits without secrets', async () => {
    const coordinator = await as(ctx.world.coordinatorKanpur);
    const payload = {
      organisationId: ctx.world.orgA.id,
      provider: 'twilio',
      address: '090000 77123',
      label: 'SMS',
      secrets: { webhookSecret: 'very-secret-token', accountId: 'AC123' },
    };
    const audited = async () =>
      rowsOf<{ details: string }>(
        await ctx.database.db.execute(sql`select details::text from audit_events where action = 'channel.created'`),
      );
    const auditedBefore = (await audited()).length;
    const created = await coordinator.request({ method: 'POST', url: '/api/v1/channel-accounts', payload });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({
      address: '+919000077123',
      provider: 'twilio',
      webhookUrls: [{ kind: 'messages', url: 'http://localhost:3000/webhooks/twilio/sms' }],
    });
    expectProblem(
      await coordinator.request({ method: 'POST', url: '/api/v1/channel-accounts', payload }),
      409,
      'conflict_channel_account',
    );
    const missing = expectProblem(
      await coordinator.request({
        method: 'POST',
        url: '/api/v1/channel-accounts',
        payload: { ...payload, address: '+919000077124', secrets: { accountId: 'AC1' } },
      }),
      400,
      'validation_failed',
    );
    expect(missing.errors?.map((e) => e.field)).toEqual(['secrets.webhookSecret']);
    const audit = await audited();
    expect(audit).toHaveLength(auditedBefore + 1);
    expect(audit.map((a) => a.details).join('\n')).not.toContain('very-secret-token');
  });

  it('refuses bad input with a clear 400 naming the field', async () => {
    const admin = await as(ctx.world.admin);
    const bad = expectProblem(
      await admin.request({
        method: 'POST',
        url: '/api/v1/channel-accounts',
        payload: { organisationId: 'nope', provider: 'pigeon', address: '', label: 'x', secrets: {}, extra: 1 },
      }),
      400,
      'validation_failed',
    );
    expect(bad.errors?.map((e) => e.field)).toEqual(
      expect.arrayContaining(['organisationId', 'provider', 'address', 'extra']),
    );
    const hindi = await admin.request({
      method: 'PATCH',
      url: `/api/v1/channel-accounts/${whatsappA.id}`,
      headers: { 'accept-language': 'hi' },
      payload: { label: '' },
    });
    expect(expectProblem(hindi, 400, 'validation_failed').title).toMatch(/[\u0900-\u097F]/);
  });
});

describe('missed calls to call back', () => {
  it('are held by one operator at a time and hidden from other organisations', async () => {
    const caller = freshPhone();
    expect((await postInbound(ctx.app, exotelA, { from: caller, text: '', kind: 'missed_call' })).statusCode).toBe(200);
    await drain();
    const kanpur = await as(ctx.world.operatorKanpur);
    const unnao = await as(ctx.world.operatorUnnao);
    const prayagraj = await as(ctx.world.operatorPrayagraj);
    const [stored] = await ctx.database.db.select().from(callbacks).where(eq(callbacks.callerPhone, caller));
    const list = (await kanpur.request({ method: 'GET', url: '/api/v1/callbacks' })).json() as {
      items: { id: string; callerPhone: string }[];
    };
    const item = list.items.find((i) => i.id === stored?.id);
    // Masked until this operator says "I'm calling" (the hold records who).
    expect(item?.callerPhone).toMatch(/^\+91 \d{2}xxx xx\d{3}$/);
    const elsewhere = (await prayagraj.request({ method: 'GET', url: '/api/v1/callbacks' })).json() as {
      items: { id: string }[];
    };
    expect(elsewhere.items.map((i) => i.id)).not.toContain(item?.id);
    expectProblem(
      await prayagraj.request({ method: 'POST', url: `/api/v1/callbacks/${item?.id}/claim` }),
      404,
      'not_found',
    );

    expect((await kanpur.request({ method: 'POST', url: `/api/v1/callbacks/${item?.id}/claim` })).json()).toMatchObject(
      { status: 'calling', callerPhone: caller },
    );
    // The number shown by the claim is in the audit log, as every number shown is.
    const [claimed] = rowsOf<{ actor_id: string }>(
      await ctx.database.db.execute(sql`select actor_id from audit_events
        where action = 'callback.claimed' and subject_id = ${item?.id ?? ''}`),
    );
    expect(claimed?.actor_id).toBe(ctx.world.operatorKanpur.id);
    const seenByUnnao = (await unnao.request({ method: 'GET', url: '/api/v1/callbacks' })).json() as {
      items: { id: string; callerPhone: string }[];
    };
    expect(seenByUnnao.items.find((i) => i.id === item?.id)?.callerPhone).not.toBe(caller);
    expectProblem(
      await unnao.request({ method: 'POST', url: `/api/v1/callbacks/${item?.id}/claim` }),
      409,
      'callback_taken',
    );
    expectProblem(
      await kanpur.request({
        method: 'POST',
        url: `/api/v1/callbacks/${item?.id}/complete`,
        payload: { outcome: 'maybe' },
      }),
      400,
      'validation_failed',
    );
    const done = await kanpur.request({
      method: 'POST',
      url: `/api/v1/callbacks/${item?.id}/complete`,
      payload: { outcome: 'reached' },
    });
    expect(done.json()).toMatchObject({ status: 'done', outcome: 'reached' });
    // Done is done: said in words, in the caller's language (not a placeholder).
    const again = await kanpur.request({
      method: 'POST',
      url: `/api/v1/callbacks/${item?.id}/claim`,
      headers: { 'accept-language': 'hi' },
    });
    expect(expectProblem(again, 409, 'invalid_transition').detail).toMatch(/कॉल-बैक पूरा हो चुका है/);
    expectProblem(
      await (await as(ctx.world.volunteerKanpur)).request({ method: 'GET', url: '/api/v1/callbacks' }),
      403,
      'forbidden',
    );
  });
});

describe('leads', () => {
  it('an offer goes to the leads inbox of the organisation it reached; only that organisation reviews it', async () => {
    const from = freshPhone();
    await postInbound(ctx.app, whatsappA, {
      from,
      text: 'I have 2 oxygen cylinders available to donate in Kanpur, call 9839012345',
    });
    await drain();
    const kanpur = await as(ctx.world.operatorKanpur);
    const [stored] = await ctx.database.db.select().from(leads).where(eq(leads.fromAddress, from));
    const listed = (await kanpur.request({ method: 'GET', url: '/api/v1/leads' })).json() as {
      items: { id: string; fromAddress: string; kind: string; text: string }[];
    };
    const lead = listed.items.find((l) => l.id === stored?.id);
    expect(lead).toMatchObject({ kind: 'offer' });
    // The number it came from and the one in its text are masked until the operator reveals them (recorded once).
    expect(lead?.fromAddress).not.toBe(from);
    expect(lead?.text).not.toContain('9839012345');
    const reveal = () => kanpur.request({ method: 'POST', url: `/api/v1/leads/${lead?.id}/reveal-contact` });
    expect((await reveal()).json()).toMatchObject({ fromAddress: from, text: expect.stringContaining('9839012345') });
    await reveal();
    const reveals = await ctx.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'lead.contact_revealed'), eq(auditEvents.subjectId, lead?.id ?? '')));
    expect(reveals).toHaveLength(1);
    const prayagraj = await as(ctx.world.operatorPrayagraj);
    expectProblem(
      await prayagraj.request({
        method: 'POST',
        url: `/api/v1/leads/${lead?.id}/review`,
        payload: { status: 'verified' },
      }),
      404,
      'not_found',
    );
    expectProblem(
      await kanpur.request({ method: 'POST', url: `/api/v1/leads/${lead?.id}/review`, payload: { status: 'maybe' } }),
      400,
      'validation_failed',
    );
    const reviewed = await kanpur.request({
      method: 'POST',
      url: `/api/v1/leads/${lead?.id}/review`,
      payload: { status: 'verified', note: 'called, genuine' },
    });
    expect(reviewed.json()).toMatchObject({ status: 'verified', reviewNote: 'called, genuine' });
  });
});

describe('the simulator', () => {
  it('does not exist unless switched on', async () => {
    const admin = await as(ctx.world.admin);
    expect((await admin.request({ method: 'GET', url: '/api/v1/simulator/log' })).statusCode).toBe(404);
    expect(
      (await ctx.app.inject({ method: 'POST', url: '/simulator/whatsapp/v21.0/1/messages', payload: {} })).statusCode,
    ).toBe(404);
  });
});
