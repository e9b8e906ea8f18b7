import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { CaseDetail, CaseSummary } from '../../src/shared/contracts/cases.js';
import { caseEvents, cases, messages, notifications } from '../../src/server/db/schema/index.js';
import { escalateOverdueCases } from '../../src/server/usecases/notifications/escalate-overdue-cases.js';
import { caseBody, freshPhone } from '../factories/cases.js';
import { signIn, type Client } from '../support/app.js';
import { expectProblem } from '../support/problem.js';
import { useTestWorld } from '../support/setup.js';

const ctx = useTestWorld({
  roles: ['operatorKanpur', 'coordinatorKanpur', 'operatorPrayagraj', 'viewerA', 'volunteerKanpur'],
});
const operator = ctx.client('operatorKanpur');
const coordinator = ctx.client('coordinatorKanpur');
const prayagrajOperator = ctx.client('operatorPrayagraj');
const viewer = ctx.client('viewerA');
const volunteer = ctx.client('volunteerKanpur');

async function create(client: Client, body: object): Promise<{ caseId: string; reference: string; attached: boolean }> {
  const response = await client.request({ method: 'POST', url: '/api/v1/cases', payload: body });
  expect(response.statusCode, response.body).toBe(201);
  return response.json();
}
async function detail(client: Client, id: string): Promise<CaseDetail> {
  const response = await client.request({ method: 'GET', url: `/api/v1/cases/${id}` });
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
}
async function act(client: Client, id: string, path: string, payload?: object): Promise<CaseDetail> {
  const response = await client.request({
    method: 'POST',
    url: `/api/v1/cases/${id}/${path}`,
    ...(payload ? { payload } : {}),
  });
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
}

describe('intake and triage', () => {
  it('an operator logs a call; SpO2 84 makes it critical and it leads the queue', async () => {
    const normal = await create(
      operator,
      caseBody(ctx.world.kanpur, { patient: { spo2: 95, conditions: [] }, needs: [{ resource: 'food' }] }),
    );
    const { caseId, reference } = await create(
      operator,
      caseBody(ctx.world.kanpur, { patient: { spo2: 84, conditions: [] } }),
    );
    expect(reference).toMatch(/^KNP-[0-9A-Z]{4}$/);
    const queue = (await operator.request({ method: 'GET', url: '/api/v1/cases' })).json() as {
      items: CaseSummary[];
      total: number;
    };
    // Ahead of every case that is not critical (other tests' critical cases may share the lead).
    const position = queue.items.findIndex((c) => c.id === caseId);
    expect(queue.items[position]).toMatchObject({
      id: caseId,
      priority: 'critical',
      status: 'new',
      needs: [{ resource: 'oxygen_cylinder', quantityRequested: 1, quantityFulfilled: 0, fulfilment: 'none' }],
    });
    expect(queue.items.slice(0, position).filter((c) => c.priority !== 'critical')).toEqual([]);
    expect(queue.items.findIndex((c) => c.id === normal.caseId)).toBeGreaterThan(position);
    expect(queue.total).toBe(queue.items.length);
    const pastTheEnd = (await operator.request({ method: 'GET', url: '/api/v1/cases?offset=500' })).json() as {
      items: CaseSummary[];
      total: number;
    };
    expect(pastTheEnd).toEqual({ items: [], total: queue.total });
    const view = await detail(operator, caseId);
    expect(view.priorityReasons).toContain('spo2_critical');
    expect(view.sla).toMatchObject({ state: 'ok', targetMinutes: 10 });
    expect(view.requester.phones[0]).toMatch(/^\+91 \d\dxxx xx\d{3}$/);
    expect(view.events.map((e) => e.type)).toEqual(['created']);
  });

  it('starts the clock at the person’s first message, not when it was typed in', async () => {
    const asked = new Date(Date.now() - 25 * 60_000).toISOString();
    const { caseId } = await create(
      operator,
      caseBody(ctx.world.kanpur, { receivedAt: asked, patient: { spo2: 85, conditions: [] } }),
    );
    const view = await detail(operator, caseId);
    expect(view.sla.waitingMinutes).toBeGreaterThanOrEqual(25);
    expect(view.sla.state).toBe('overdue');
  });

  it('shows revealed phones only on request, and records who saw them', async () => {
    const body = caseBody(ctx.world.kanpur);
    const { caseId } = await create(operator, body);
    const revealed = await act(operator, caseId, 'reveal-contact');
    expect(revealed.requester).toMatchObject({ phonesRevealed: true, phones: body.requester.phones });
    expect(revealed.events.at(-1)).toMatchObject({
      type: 'contact_revealed',
      actor: { id: ctx.world.operatorKanpur.id },
    });
  });
});

describe('understanding at intake', () => {
  it('keeps the pasted text, what the engine read, and what the operator corrected', async () => {
    const text = 'मेरे पिता को ऑक्सीजन सिलेंडर चाहिए, SpO2 84, कानपुर, संपर्क 98390 12345';
    const { caseId } = await create(
      operator,
      caseBody(ctx.world.kanpur, {
        text,
        requester: { phones: ['+919839012345'], consentToShare: true },
        patient: { spo2: 84, age: 67, conditions: [] },
        needs: [{ resource: 'oxygen_cylinder', quantity: 1 }],
      }),
    );
    const [message] = await ctx.database.db.select().from(messages).where(eq(messages.caseId, caseId));
    expect(message?.text).toBe(text);
    expect(message?.understood).toMatchObject({ kind: 'request', resources: ['oxygen_cylinder'], spo2: 84 });
    expect(message?.corrections).toEqual({ age: { understood: null, final: 67 } });
  });
});

describe('deduplication', () => {
  it('the same phone asking again attaches; a different need opens a new case', async () => {
    const phone = freshPhone();
    const first = await create(
      operator,
      caseBody(ctx.world.kanpur, { requester: { phones: [phone], consentToShare: true } }),
    );
    const again = await create(
      operator,
      caseBody(ctx.world.kanpur, {
        channel: 'whatsapp',
        requester: { phones: [phone], consentToShare: true },
        needs: [{ resource: 'oxygen' }],
      }),
    );
    expect(again).toMatchObject({ caseId: first.caseId, attached: true });
    const view = await detail(operator, first.caseId);
    expect(view.messageCount).toBe(2);
    expect(view.channelsUsed).toEqual(['phone', 'whatsapp']);
    expect(view.events.map((e) => e.type)).toEqual(['created', 'message_attached']);
    const other = await create(
      operator,
      caseBody(ctx.world.kanpur, {
        requester: { phones: [phone], consentToShare: true },
        needs: [{ resource: 'blood', bloodGroup: 'B+' }],
      }),
    );
    expect(other.attached).toBe(false);
    expect(other.caseId).not.toBe(first.caseId);
  });

  it('relatives calling at the same moment from different numbers about one patient make one case', async () => {
    const patient = { name: `Kamla Devi ${Math.random().toString(36).slice(2, 6)}`, age: 67, conditions: [] };
    const answers = await Promise.all(
      Array.from({ length: 6 }, () =>
        create(
          operator,
          caseBody(ctx.world.kanpur, {
            requester: { phones: [freshPhone()], language: 'hi', consentToShare: true },
            patient,
          }),
        ),
      ),
    );
    expect(new Set(answers.map((a) => a.caseId)).size).toBe(1);
    expect(answers.filter((a) => !a.attached)).toHaveLength(1);
  });

  it('an earlier message found later moves the clock back', async () => {
    const phone = freshPhone();
    const first = await create(
      operator,
      caseBody(ctx.world.kanpur, { requester: { phones: [phone], consentToShare: true } }),
    );
    const earlier = new Date(Date.now() - 40 * 60_000).toISOString();
    await create(
      operator,
      caseBody(ctx.world.kanpur, {
        channel: 'twitter',
        receivedAt: earlier,
        requester: { phones: [phone], consentToShare: true },
      }),
    );
    expect((await detail(operator, first.caseId)).sla.clockStartedAt).toBe(earlier);
  });

  it('lists likely duplicates while an operator types', async () => {
    const body = caseBody(ctx.world.kanpur);
    const { caseId } = await create(operator, body);
    const phone = body.requester.phones[0] ?? '';
    const similar = await operator.request({
      method: 'GET',
      url: `/api/v1/cases/similar?phone=${encodeURIComponent(phone.slice(3))}`,
    });
    expect((similar.json() as { items: CaseSummary[] }).items.map((c) => c.id)).toContain(caseId);
  });
});

describe('the case lifecycle', () => {
  it('claim → call → verify → matched → quantity → fulfilled, each step on the timeline', async () => {
    const { caseId, reference } = await create(
      operator,
      caseBody(ctx.world.kanpur, { needs: [{ resource: 'oxygen_cylinder', quantity: 2 }] }),
    );
    await act(operator, caseId, 'claim');
    const called = await act(operator, caseId, 'calls', { outcome: 'reached', note: 'Spoke to son' });
    expect(called.sla.respondedAt).not.toBeNull();
    await act(operator, caseId, 'transitions', { to: 'verifying' });
    await act(operator, caseId, 'transitions', { to: 'verified' });
    await act(operator, caseId, 'transitions', { to: 'matched' });
    const needId = called.needs[0]?.id ?? '';
    const partial = await act(operator, caseId, 'quantities', { needId, quantityFulfilled: 1 });
    expect(partial.needs[0]).toMatchObject({ quantityFulfilled: 1, fulfilment: 'partial' });
    await act(operator, caseId, 'quantities', { needId, quantityFulfilled: 2 });
    const done = await act(operator, caseId, 'transitions', { to: 'fulfilled' });
    expect(done.status).toBe('fulfilled');
    expect(done.sla.state).toBe('met');
    expect(done.events.map((e) => e.type)).toEqual([
      'created',
      'claimed',
      'call_logged',
      'status_changed',
      'status_changed',
      'status_changed',
      'quantity_recorded',
      'quantity_recorded',
      'status_changed',
    ]);
    expect(
      done.events.every((e) => e.at && (e.type === 'created' || e.actor?.id === ctx.world.operatorKanpur.id)),
    ).toBe(true);
    const phone = (await act(operator, caseId, 'reveal-contact')).requester.phones[0] ?? '';
    const status = await ctx.app.inject({
      method: 'GET',
      url: `/api/v1/public/requests/${reference}?phoneLast4=${phone.slice(-4)}`,
    });
    expect(status.json()).toMatchObject({ reference, status: 'fulfilled' });
    expect(Object.keys(status.json() as object).sort()).toEqual([
      'closedAt',
      'fulfilledAt',
      'minutes',
      'reference',
      'requestedAt',
      'status',
    ]);
  });

  it('refuses an invalid transition clearly, in Hindi when asked, and writes nothing', async () => {
    const { caseId } = await create(operator, caseBody(ctx.world.kanpur));
    const before = await detail(operator, caseId);
    const response = await operator.request({
      method: 'POST',
      url: `/api/v1/cases/${caseId}/transitions`,
      headers: { 'accept-language': 'hi' },
      payload: { to: 'fulfilled' },
    });
    const problem = expectProblem(response, 409, 'invalid_transition');
    expect(problem.detail).toBe('जो केस "नया" है, वह "पूरा हुआ" नहीं हो सकता।');
    const after = await detail(operator, caseId);
    expect(after.version).toBe(before.version);
    expect(after.events).toHaveLength(before.events.length);
    const noReason = await operator.request({
      method: 'POST',
      url: `/api/v1/cases/${caseId}/transitions`,
      payload: { to: 'closed' },
    });
    expectProblem(noReason, 409, 'invalid_transition');
  });

  it('closing as a duplicate links the original; reopening needs a reason', async () => {
    const original = await create(operator, caseBody(ctx.world.kanpur));
    const copy = await create(
      operator,
      caseBody(ctx.world.kanpur, { needs: [{ resource: 'plasma', bloodGroup: 'O+' }] }),
    );
    const closed = await act(operator, copy.caseId, 'transitions', {
      to: 'closed',
      closeReason: 'duplicate',
      duplicateOf: original.caseId,
    });
    expect(closed).toMatchObject({ status: 'closed', closeReason: 'duplicate', duplicateOf: { id: original.caseId } });
    const noReason = await operator.request({
      method: 'POST',
      url: `/api/v1/cases/${copy.caseId}/transitions`,
      payload: { to: 'new' },
    });
    expectProblem(noReason, 409, 'invalid_transition');
    const reopened = await act(operator, copy.caseId, 'transitions', {
      to: 'new',
      reason: 'Different patient after all',
    });
    expect(reopened).toMatchObject({ status: 'new', closeReason: null, duplicateOf: null });
  });

  it('assigning the one who already holds the case records nothing more, however often it is clicked', async () => {
    const coordinator = await signIn(ctx.app, ctx.world.coordinatorKanpur.phone, ctx.world.coordinatorKanpur.password);
    const { caseId } = await create(operator, caseBody(ctx.world.kanpur));
    const assign = () =>
      coordinator.request({
        method: 'POST',
        url: `/api/v1/cases/${caseId}/assign`,
        payload: { assigneeId: ctx.world.operatorKanpur.id },
      });
    const answers = await Promise.all(Array.from({ length: 6 }, assign));
    for (const answer of answers) expect(answer.statusCode, answer.body).toBe(200);
    expect((await assign()).statusCode).toBe(200);
    const assigned = await ctx.database.db
      .select()
      .from(caseEvents)
      .where(and(eq(caseEvents.caseId, caseId), eq(caseEvents.type, 'assigned')));
    expect(assigned).toHaveLength(1);
    expect((await detail(operator, caseId)).assignee?.id).toBe(ctx.world.operatorKanpur.id);
  });

  it('a claim by someone else is refused until it lapses', async () => {
    const other = await signIn(ctx.app, ctx.world.coordinatorKanpur.phone, ctx.world.coordinatorKanpur.password);
    const { caseId } = await create(operator, caseBody(ctx.world.kanpur));
    await act(operator, caseId, 'claim');
    expectProblem(
      await other.request({ method: 'POST', url: `/api/v1/cases/${caseId}/claim` }),
      409,
      'already_claimed',
    );
    await ctx.database.db
      .update(cases)
      .set({ assigneeActiveAt: new Date(Date.now() - 31 * 60_000) })
      .where(eq(cases.id, caseId));
    expect((await detail(operator, caseId)).assignee).toBeNull();
    expect((await act(other, caseId, 'claim')).assignee?.id).toBe(ctx.world.coordinatorKanpur.id);
  });

  it('an operator overrides the priority with a reason; the clock targets follow', async () => {
    const { caseId } = await create(
      operator,
      caseBody(ctx.world.kanpur, { patient: { spo2: 97, conditions: [] }, needs: [{ resource: 'food' }] }),
    );
    expect((await detail(operator, caseId)).priority).toBe('normal');
    const missing = await operator.request({
      method: 'POST',
      url: `/api/v1/cases/${caseId}/priority`,
      payload: { priority: 'critical' },
    });
    expectProblem(missing, 400, 'validation_failed');
    const raised = await act(operator, caseId, 'priority', {
      priority: 'critical',
      reason: 'Elderly, alone, breathless on call',
    });
    expect(raised).toMatchObject({ priority: 'critical', priorityOverride: { priority: 'critical' } });
    expect(raised.sla.targetMinutes).toBe(10);
  });

  it('field edits are recorded before and after and re-run triage', async () => {
    const { caseId } = await create(
      operator,
      caseBody(ctx.world.kanpur, {
        patient: { spo2: 96, conditions: [] },
        needs: [{ resource: 'medicine', medicine: 'Remdesivir' }],
      }),
    );
    const response = await operator.request({
      method: 'PATCH',
      url: `/api/v1/cases/${caseId}`,
      payload: { patient: { spo2: 86 } },
    });
    const edited = response.json() as CaseDetail;
    expect(edited.priority).toBe('critical');
    expect(edited.events.find((e) => e.type === 'field_edited')).toMatchObject({
      before: { spo2: 96 },
      after: { spo2: 86 },
    });
  });

  it('an edit that moves the priority puts the change on the timeline, with who and when; one that does not, not', async () => {
    const { caseId } = await create(
      operator,
      caseBody(ctx.world.kanpur, {
        patient: { spo2: 96, conditions: [] },
        needs: [{ resource: 'medicine', medicine: 'Remdesivir' }],
      }),
    );
    const changes = (view: CaseDetail) => view.events.filter((e) => e.type === 'priority_changed');
    const before = await detail(operator, caseId);
    const edit = async (payload: Record<string, unknown>) => {
      const response = await operator.request({ method: 'PATCH', url: `/api/v1/cases/${caseId}`, payload });
      expect(response.statusCode, response.body).toBe(200);
      return response.json() as CaseDetail;
    };
    // A new name: the priority stays, so no change is recorded.
    expect(changes(await edit({ patient: { name: 'Ramesh Gupta' } }))).toEqual([]);

    const edited = await edit({ patient: { spo2: 86 } });
    expect(edited.priority).toBe('critical');
    expect(changes(edited)).toEqual([
      expect.objectContaining({
        actor: { id: ctx.world.operatorKanpur.id, name: expect.any(String) },
        before: { priority: before.priority, reasons: before.priorityReasons },
        after: { priority: 'critical', reasons: edited.priorityReasons },
      }),
    ]);
    expect(edited.priorityReasons).toContain('spo2_critical');
    expect(Date.now() - Date.parse(changes(edited)[0]?.at ?? '')).toBeLessThan(60_000);

    // An operator's override holds over the rules: an edit under it does not move the priority the desk works by.
    await act(operator, caseId, 'priority', { priority: 'high', reason: 'Stable on call' });
    expect(changes(await edit({ patient: { spo2: 97 } }))).toHaveLength(1);
  });

  it('an edit of one field keeps the others: conditions and the language are not reset', async () => {
    const { caseId } = await create(
      operator,
      caseBody(ctx.world.kanpur, {
        requester: { phones: [freshPhone()], language: 'en', consentToShare: true },
        patient: { spo2: 96, conditions: ['thalassemia'] },
      }),
    );
    const response = await operator.request({
      method: 'PATCH',
      url: `/api/v1/cases/${caseId}`,
      payload: { patient: { spo2: 93, sex: 'female' }, requester: { name: 'Meena' } },
    });
    expect(response.statusCode, response.body).toBe(200);
    const edited = response.json() as CaseDetail;
    expect(edited.patient).toMatchObject({ spo2: 93, sex: 'female', conditions: ['thalassemia'] });
    expect(edited.requester).toMatchObject({ name: 'Meena', language: 'en' });
  });

  it('merges a case into the one it repeats, and splits messages out again', async () => {
    const a = await create(operator, caseBody(ctx.world.kanpur));
    const b = await create(operator, caseBody(ctx.world.kanpur, { channel: 'sms', needs: [{ resource: 'food' }] }));
    const merged = await act(operator, b.caseId, 'merge', { intoCaseId: a.caseId });
    expect(merged).toMatchObject({ id: a.caseId, messageCount: 2 });
    expect(await detail(operator, b.caseId)).toMatchObject({
      status: 'closed',
      closeReason: 'duplicate',
      duplicateOf: { id: a.caseId },
    });
    const sms = merged.messages.find((m) => m.channel === 'sms');
    expect(merged.needs.map((n) => n.resource)).toEqual(['oxygen_cylinder', 'food']);
    const needId = merged.needs[1]?.id ?? '';
    const split = await act(operator, a.caseId, 'split', { messageIds: [sms?.id ?? ''], needIds: [needId] });
    expect(split.id).not.toBe(a.caseId);
    expect(split.messageCount).toBe(1);
    expect((await detail(operator, a.caseId)).messageCount).toBe(1);
  });
});

describe('access to cases', () => {
  it('a Kanpur operator cannot see or change a Prayagraj case', async () => {
    const { caseId } = await create(prayagrajOperator, caseBody(ctx.world.prayagraj));
    expectProblem(await operator.request({ method: 'GET', url: `/api/v1/cases/${caseId}` }), 404, 'not_found');
    expectProblem(await operator.request({ method: 'POST', url: `/api/v1/cases/${caseId}/claim` }), 404, 'not_found');
    const queue = (await operator.request({ method: 'GET', url: '/api/v1/cases?limit=200' })).json() as {
      items: CaseSummary[];
    };
    expect(queue.items.map((c) => c.id)).not.toContain(caseId);
    expectProblem(
      await operator.request({ method: 'POST', url: '/api/v1/cases', payload: caseBody(ctx.world.prayagraj) }),
      403,
      'forbidden',
    );
  });

  it('a viewer reads the desk but changes nothing; a volunteer has no desk', async () => {
    const { caseId } = await create(operator, caseBody(ctx.world.kanpur));
    const view = await detail(viewer, caseId);
    expect(view.can).toMatchObject({ claim: false, transition: false, revealContact: false });
    expect(view.allowedTransitions).toEqual([]);
    expectProblem(await viewer.request({ method: 'POST', url: `/api/v1/cases/${caseId}/claim` }), 403, 'forbidden');
    expectProblem(
      await viewer.request({ method: 'POST', url: `/api/v1/cases/${caseId}/reveal-contact` }),
      403,
      'forbidden',
    );
    expectProblem(await volunteer.request({ method: 'GET', url: '/api/v1/cases' }), 403, 'forbidden');
    expectProblem(await ctx.app.inject({ method: 'GET', url: '/api/v1/cases' }), 401, 'unauthenticated');
  });
});

describe('fraud list', () => {
  it('a flagged number warns on every case that carries it', async () => {
    const body = caseBody(ctx.world.kanpur);
    const { caseId } = await create(operator, body);
    const flagged = await operator.request({
      method: 'POST',
      url: '/api/v1/flagged-phones',
      payload: { phone: body.requester.phones[0], reason: 'Asked for advance payment' },
    });
    expect(flagged.statusCode).toBe(201);
    const view = await detail(operator, caseId);
    expect(view.hasFlaggedPhone).toBe(true);
    expect(view.flaggedPhones[0]?.reason).toBe('Asked for advance payment');
    expectProblem(
      await volunteer.request({
        method: 'POST',
        url: '/api/v1/flagged-phones',
        payload: { phone: '9839000000', reason: 'x y z' },
      }),
      403,
      'forbidden',
    );
  });
});

describe('escalation', () => {
  it('an overdue critical case notifies the coordinators once', async () => {
    const asked = new Date(Date.now() - 45 * 60_000).toISOString();
    const { caseId } = await create(
      operator,
      caseBody(ctx.world.kanpur, { receivedAt: asked, patient: { spo2: 80, conditions: [] } }),
    );
    expect((await escalateOverdueCases(ctx.database.db)).escalated).toBeGreaterThanOrEqual(1);
    await escalateOverdueCases(ctx.database.db);
    const rows = await ctx.database.db.select().from(notifications).where(eq(notifications.caseId, caseId));
    expect(rows.map((r) => r.userId)).toEqual([ctx.world.coordinatorKanpur.id]);
    const mine = (await coordinator.request({ method: 'GET', url: '/api/v1/notifications' })).json() as {
      items: Array<{ caseId: string }>;
    };
    expect(mine.items.map((n) => n.caseId)).toContain(caseId);
    expect((await detail(operator, caseId)).events.filter((e) => e.type === 'escalated')).toHaveLength(1);
  });
});
