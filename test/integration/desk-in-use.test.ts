// The desk as operators use it (issue #11), on the server's side: a number typed any way finds its case, fulfilling
// records what was delivered, a case closed without help has no "met in time", the home overview counts, the
// coordinator's audit shows their people's sign-ins with names, urgency words raise a plea, matching says with whom,
// and Exotel's webhook addresses come complete for those who set them up.
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { leads } from '../../src/server/db/schema/index.js';
import { caseBody, freshPhone } from '../factories/cases.js';
import { createChannelAccount, postInbound } from '../factories/channels.js';
import { processNextInboxItem } from '../../src/server/usecases/channels/process-next-inbox-item.js';
import { signIn, type Client } from '../support/app.js';
import { expectProblem } from '../support/problem.js';
import { useTestWorld } from '../support/setup.js';

const ctx = useTestWorld({ roles: ['operatorKanpur', 'coordinatorKanpur', 'viewerA', 'admin'] });
const operator = ctx.client('operatorKanpur');
const coordinator = ctx.client('coordinatorKanpur');
const viewer = ctx.client('viewerA');

interface Detail {
  id: string;
  status: string;
  needs: Array<{ id: string; quantityRequested: number; quantityFulfilled: number }>;
  sla: { state: string };
  claimExpiresAt: string | null;
  events: Array<{ type: string; after: Record<string, unknown> | null }>;
  can: { recordQuantity: boolean };
}

async function newCase(client: Client, over: Parameters<typeof caseBody>[1] = {}): Promise<string> {
  const created = await client.request({
    method: 'POST',
    url: '/api/v1/cases',
    payload: caseBody(ctx.world.kanpur, over),
  });
  expect(created.statusCode, created.body).toBe(201);
  return (created.json() as { caseId: string }).caseId;
}
const detail = async (id: string, client: Client = operator) =>
  (await client.request({ method: 'GET', url: `/api/v1/cases/${id}` })).json() as Detail;
const transition = (id: string, payload: Record<string, unknown>) =>
  operator.request({ method: 'POST', url: `/api/v1/cases/${id}/transitions`, payload });

describe('the desk in use', () => {
  it('search finds a case by its number written any way, or its last digits, without showing the number', async () => {
    const phone = freshPhone();
    const id = await newCase(operator, {
      requester: { name: 'Search Me', phones: [phone], language: 'hi', consentToShare: true },
    });
    const national = phone.slice(3);
    for (const typed of [national, `${national.slice(0, 5)} ${national.slice(5)}`, phone, national.slice(-4)]) {
      const found = await operator.request({ method: 'GET', url: `/api/v1/cases?q=${encodeURIComponent(typed)}` });
      const body = found.json() as { items: { id: string }[] };
      expect(
        body.items.map((c) => c.id),
        typed,
      ).toContain(id);
      expect(found.body).not.toContain(national);
    }
    // A reader cannot use the box to test guesses of a number.
    const byViewer = (
      await viewer.request({ method: 'GET', url: `/api/v1/cases?q=${encodeURIComponent(phone)}` })
    ).json() as {
      items: { id: string }[];
    };
    expect(byViewer.items.map((c) => c.id)).not.toContain(id);
  });

  it('fulfilling records what was delivered, in full unless told otherwise, and stays correctable', async () => {
    const id = await newCase(operator, {
      needs: [
        { resource: 'oxygen_cylinder', quantity: 2 },
        { resource: 'medicine', quantity: 1, medicine: 'remdesivir' },
      ],
    });
    await operator.request({ method: 'POST', url: `/api/v1/cases/${id}/claim` });
    for (const to of ['verifying', 'verified', 'matched', 'fulfilling'])
      expect((await transition(id, { to })).statusCode).toBe(200);
    const [cylinder, medicine] = (await detail(id)).needs;
    expectProblem(
      await transition(id, { to: 'closed', closeReason: 'no_longer_needed', delivered: [] }),
      400,
      'validation_failed',
    );
    const fulfilled = await transition(id, {
      to: 'fulfilled',
      delivered: [{ needId: cylinder?.id, quantityFulfilled: 1 }],
    });
    expect(fulfilled.statusCode, fulfilled.body).toBe(200);
    const after = fulfilled.json() as Detail;
    expect(after.needs.map((n) => [n.quantityRequested, n.quantityFulfilled])).toEqual([
      [2, 1],
      [1, 1],
    ]);
    expect(after.events.filter((e) => e.type === 'quantity_recorded')).toHaveLength(2);
    expect(after.can.recordQuantity).toBe(true);
    expect(after.claimExpiresAt).toBeNull();
    expect(after.sla.state).toMatch(/^(met|missed)$/);
    const corrected = await operator.request({
      method: 'POST',
      url: `/api/v1/cases/${id}/quantities`,
      payload: { needId: cylinder?.id, quantityFulfilled: 2 },
    });
    expect((corrected.json() as Detail).needs[0]?.quantityFulfilled).toBe(2);
    expect(medicine).toBeDefined();
  });

  it('a case closed without help has no verdict on its time', async () => {
    const id = await newCase(operator);
    const closed = await transition(id, { to: 'closed', closeReason: 'no_longer_needed' });
    expect((closed.json() as Detail).sla.state).toBe('closed');
  });

  it('the home overview counts what is open, overdue and mine, by district', async () => {
    const before = (await operator.request({ method: 'GET', url: '/api/v1/overview' })).json() as {
      openByPriority: { critical: number };
      mine: number;
    };
    const id = await newCase(operator, {
      patient: { name: 'Overview', age: 60, conditions: [], spo2: 82 },
      receivedAt: new Date(Date.now() - 60 * 60_000).toISOString(),
    });
    await operator.request({ method: 'POST', url: `/api/v1/cases/${id}/claim` });
    const after = (await operator.request({ method: 'GET', url: '/api/v1/overview' })).json() as {
      openByPriority: { critical: number };
      overdueNow: number;
      mine: number;
      callbacksWaiting: number | null;
      byDistrict: { district: { code: string }; critical: number; overdue: number }[];
    };
    expect(after.openByPriority.critical).toBe(before.openByPriority.critical + 1);
    expect(after.mine).toBe(before.mine + 1);
    expect(after.overdueNow).toBeGreaterThanOrEqual(1);
    expect(after.callbacksWaiting).not.toBeNull();
    expect(after.byDistrict[0]?.district.code).toBe(ctx.world.kanpur);
    const forViewer = (await viewer.request({ method: 'GET', url: '/api/v1/overview' })).json() as {
      callbacksWaiting: number | null;
    };
    expect(forViewer.callbacksWaiting).toBeNull();
  });

  it("a coordinator's audit log shows their operator's sign-ins, with names instead of ids", async () => {
    await signIn(ctx.app, ctx.world.operatorKanpur.phone, ctx.world.operatorKanpur.password);
    const audit = (await coordinator.request({ method: 'GET', url: '/api/v1/audit-events?limit=200' })).json() as {
      items: Array<{ action: string; actorId: string | null; subjectId: string | null; names: Record<string, string> }>;
    };
    const signIns = audit.items.filter((e) => e.action === 'auth.sign_in' && e.actorId === ctx.world.operatorKanpur.id);
    expect(signIns.length).toBeGreaterThanOrEqual(1);
    expect(Object.keys(signIns[0]?.names ?? {})).toContain(ctx.world.operatorKanpur.id);
    // Not another organisation's people.
    await signIn(ctx.app, ctx.world.operatorPrayagraj.phone, ctx.world.operatorPrayagraj.password);
    const again = (await coordinator.request({ method: 'GET', url: '/api/v1/audit-events?limit=200' })).json() as {
      items: Array<{ actorId: string | null }>;
    };
    expect(again.items.some((e) => e.actorId === ctx.world.operatorPrayagraj.id)).toBe(false);
  });

  it('the audit log masks the numbers in it: a mistyped sign-in, a flagged number', async () => {
    const typed = freshPhone();
    const failed = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/sign-in',
      payload: { identifier: typed, password: 'not-the-password' },
    });
    expect(failed.statusCode).toBe(401);
    const flagged = freshPhone();
    const flag = await operator.request({
      method: 'POST',
      url: '/api/v1/flagged-phones',
      payload: { phone: flagged, reason: 'asked for money upfront' },
    });
    expect(flag.statusCode, flag.body).toBeLessThan(300);
    const admin = ctx.client('admin');
    const audit = await admin.request({ method: 'GET', url: '/api/v1/audit-events?limit=200' });
    const body = audit.json() as { items: Array<{ action: string; subjectId: string | null }> };
    expect(body.items.some((e) => e.action === 'phone.flagged' && e.subjectId?.endsWith(flagged.slice(-3)))).toBe(true);
    expect(audit.body).not.toContain(typed.slice(3));
    expect(audit.body).not.toContain(flagged.slice(3));
  });

  it('"urgent" in a plea raises it to high, and the intake form can show so before saving', async () => {
    const preview = await operator.request({
      method: 'POST',
      url: '/api/v1/cases/triage-preview',
      payload: {
        district: ctx.world.kanpur,
        text: 'Papa ke liye oxygen chahiye jaldi se',
        needs: [{ resource: 'medicine' }],
      },
    });
    expect(preview.json()).toEqual({ priority: 'high', reasons: ['urgent_words'], urgency: 'jaldi se' });
    const id = await newCase(operator, {
      text: 'URGENT: need remdesivir for my father in Kanpur',
      needs: [{ resource: 'medicine', quantity: 1, medicine: 'remdesivir' }],
      patient: { conditions: [] },
    });
    const created = (await operator.request({ method: 'GET', url: `/api/v1/cases/${id}` })).json() as {
      priority: string;
      priorityReasons: string[];
    };
    expect(created).toMatchObject({ priority: 'high', priorityReasons: ['urgent_words'] });
  });

  it('matching says with whom: in words, or a verified lead of ours in the district', async () => {
    const inWords = await newCase(operator);
    await transition(inWords, { to: 'verifying' });
    await transition(inWords, { to: 'verified' });
    const matched = await transition(inWords, { to: 'matched', matchedWith: { text: 'Sharma Oxygen, Kidwai Nagar' } });
    expect((matched.json() as Detail).events.at(-1)?.after).toMatchObject({
      matchedWith: { kind: 'text', text: 'Sharma Oxygen, Kidwai Nagar' },
    });
    const whatsapp = await createChannelAccount(ctx.database.db, ctx.world.orgA.id, 'whatsapp');
    const offeredBy = freshPhone();
    await postInbound(ctx.app, whatsapp, {
      from: offeredBy,
      name: 'Anil (cylinders)',
      text: 'I have 2 oxygen cylinders available to give in Kanpur, free of cost',
    });
    while ((await processNextInboxItem({ db: ctx.database.db })) !== 'none');
    const [lead] = await ctx.database.db.select().from(leads).where(eq(leads.fromAddress, offeredBy));
    expect(lead?.kind).toBe('offer');
    const withLead = await newCase(operator);
    await transition(withLead, { to: 'verifying' });
    await transition(withLead, { to: 'verified' });
    expectProblem(
      await transition(withLead, { to: 'matched', matchedWith: { leadId: lead?.id } }),
      400,
      'validation_failed',
    );
    await ctx.database.db
      .update(leads)
      .set({ status: 'verified' })
      .where(eq(leads.id, lead?.id ?? ''));
    const linked = await transition(withLead, { to: 'matched', matchedWith: { leadId: lead?.id } });
    expect((linked.json() as Detail).events.at(-1)?.after).toMatchObject({
      matchedWith: { kind: 'lead', leadKind: 'offer', name: 'Anil (cylinders)', resources: ['oxygen_cylinder'] },
    });
    expect(linked.body).not.toContain(offeredBy.slice(3));
  });

  it("Exotel's two addresses come complete, token included, for those who set the account up", async () => {
    const exotel = await createChannelAccount(ctx.database.db, ctx.world.orgA.id, 'exotel');
    const accounts = (await coordinator.request({ method: 'GET', url: '/api/v1/channel-accounts' })).json() as {
      items: Array<{ id: string; webhookUrls: Array<{ kind: string; url: string }> }>;
    };
    const urls = accounts.items.find((a) => a.id === exotel.id)?.webhookUrls ?? [];
    const token = encodeURIComponent(exotel.secrets.webhookSecret ?? '');
    expect(urls).toEqual([
      { kind: 'sms', url: `http://localhost:3000/webhooks/exotel/sms?token=${token}` },
      { kind: 'missed_calls', url: `http://localhost:3000/webhooks/exotel/call?token=${token}` },
    ]);
  });
});
