import { desc, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditEvents } from '../../src/server/db/schema/index.js';
import { freshPhone } from '../factories/cases.js';
import { createPerson } from '../factories/index.js';
import { signIn } from '../support/app.js';
import { expectProblem } from '../support/problem.js';
import { useTestWorld } from '../support/setup.js';

const ctx = useTestWorld({ roles: ['admin', 'coordinatorKanpur'] });
const admin = ctx.client('admin');
const coordinator = ctx.client('coordinatorKanpur');

async function lastAudit(action: string) {
  const [row] = await ctx.database.db
    .select()
    .from(auditEvents)
    .where(eq(auditEvents.action, action as 'user.created'))
    .orderBy(desc(auditEvents.id))
    .limit(1);
  return row;
}

describe('organisations', () => {
  it('an admin adds one with its districts, and it is audited', async () => {
    const response = await admin.request({
      method: 'POST',
      url: '/api/v1/organisations',
      payload: { name: 'Unnao Oxygen Seva', kind: 'ngo', districts: [ctx.world.unnao] },
    });
    expect(response.statusCode).toBe(201);
    const org = response.json() as { id: string; districts: Array<{ code: string; nameHi: string }>; can: object };
    expect(org.districts).toEqual([expect.objectContaining({ code: ctx.world.unnao, nameHi: 'उन्नाव' })]);
    expect(org.can).toEqual({ update: true, addMembers: true });
    expect(await lastAudit('organisation.created')).toMatchObject({ actorId: ctx.world.admin.id, subjectId: org.id });
    const duplicate = await admin.request({
      method: 'POST',
      url: '/api/v1/organisations',
      payload: { name: 'Unnao Oxygen Seva', kind: 'ngo', districts: [ctx.world.unnao] },
    });
    expectProblem(duplicate, 409, 'conflict_organisation_name');
  });

  it('cannot drop a district its members still work in', async () => {
    const response = await admin.request({
      method: 'PATCH',
      url: `/api/v1/organisations/${ctx.world.orgA.id}`,
      payload: { districts: [ctx.world.kanpur] },
    });
    expectProblem(response, 400, 'invalid_membership');
  });
});

describe('people', () => {
  it('a coordinator adds an operator in their district; the new person can sign in', async () => {
    const response = await coordinator.request({
      method: 'POST',
      url: '/api/v1/users',
      payload: {
        name: 'सुनीता देवी',
        phone: '+91 94150 11111',
        email: 'Sunita@Example.org',
        preferredLanguage: 'hi',
        password: 'first-password-1',
        membership: { role: 'operator', organisationId: ctx.world.orgA.id, districts: [ctx.world.kanpur] },
      },
    });
    expect(response.statusCode).toBe(201);
    const user = response.json() as { id: string; phone: string; email: string; can: { update: boolean } };
    expect(user).toMatchObject({ phone: '+919415011111', email: 'sunita@example.org', can: { update: true } });
    expect(await lastAudit('user.created')).toMatchObject({
      actorId: ctx.world.coordinatorKanpur.id,
      subjectId: user.id,
    });
    expect(await lastAudit('membership.added')).toMatchObject({ actorId: ctx.world.coordinatorKanpur.id });
    const newcomer = await signIn(ctx.app, '9415011111', 'first-password-1');
    const session = await newcomer.request({ method: 'GET', url: '/api/v1/auth/session' });
    expect(session.json()).toMatchObject({
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
        'account',
      ],
      memberships: [{ role: 'operator', districts: [ctx.world.kanpur] }],
    });
  });

  it('memberships can be added and removed, but never the last one', async () => {
    const added = await admin.request({
      method: 'POST',
      url: `/api/v1/users/${ctx.world.operatorPrayagraj.id}/memberships`,
      payload: { role: 'volunteer', organisationId: ctx.world.orgA.id, districts: [ctx.world.unnao] },
    });
    expect(added.statusCode).toBe(201);
    const user = added.json() as { memberships: Array<{ id: string; role: string; can: { remove: boolean } }> };
    expect(user.memberships.map((m) => m.role)).toEqual(['operator', 'volunteer']);
    const twice = await admin.request({
      method: 'POST',
      url: `/api/v1/users/${ctx.world.operatorPrayagraj.id}/memberships`,
      payload: { role: 'volunteer', organisationId: ctx.world.orgA.id, districts: [ctx.world.unnao] },
    });
    expectProblem(twice, 409, 'conflict_membership');
    const volunteer = user.memberships[1];
    if (!volunteer) throw new Error('no membership');
    const removed = await admin.request({
      method: 'DELETE',
      url: `/api/v1/users/${ctx.world.operatorPrayagraj.id}/memberships/${volunteer.id}`,
    });
    expect((removed.json() as { memberships: unknown[] }).memberships).toHaveLength(1);
    expect(await lastAudit('membership.removed')).toMatchObject({ subjectId: volunteer.id });
    const last = await admin.request({
      method: 'DELETE',
      url: `/api/v1/users/${ctx.world.operatorPrayagraj.id}/memberships/${ctx.world.operatorPrayagraj.membershipId}`,
    });
    expectProblem(last, 409, 'last_membership');
  });

  it('a coordinator cannot change a fellow coordinator, and sees that in `can`', async () => {
    const fellow = await createPerson(ctx.database.db, {
      role: 'coordinator',
      organisationId: ctx.world.orgA.id,
      districts: [ctx.world.kanpur],
    });
    const view = await coordinator.request({ method: 'GET', url: `/api/v1/users/${fellow.id}` });
    expect(view.statusCode).toBe(200);
    expect((view.json() as { can: { update: boolean } }).can.update).toBe(false);
    const patch = await coordinator.request({
      method: 'PATCH',
      url: `/api/v1/users/${fellow.id}`,
      payload: { name: 'Changed' },
    });
    expectProblem(patch, 403, 'forbidden');
  });

  it('searches by name and phone, with paging', async () => {
    const name = `कमला ${Date.now().toString(36)}`;
    const person = await createPerson(ctx.database.db, {
      role: 'operator',
      organisationId: ctx.world.orgA.id,
      districts: [ctx.world.kanpur],
      name,
    });
    const search = async (q: string) =>
      (await admin.request({ method: 'GET', url: `/api/v1/users?q=${encodeURIComponent(q)}` })).json() as {
        items: Array<{ id: string }>;
        total: number;
      };
    const byName = await search(name);
    expect(byName.total).toBe(1);
    expect(byName.items.map((u) => u.id)).toEqual([person.id]);
    expect((await search(person.phone.slice(3))).items.map((u) => u.id)).toEqual([person.id]);
    const paged = await admin.request({ method: 'GET', url: '/api/v1/users?limit=2&offset=0' });
    const body = paged.json() as { items: unknown[]; total: number };
    expect(body.items).toHaveLength(2);
    expect(body.total).toBeGreaterThan(2);
  });
});

describe('audit log', () => {
  it('records sign-ins with the IP and shows coordinators their organisation’s events', async () => {
    const added = await coordinator.request({
      method: 'POST',
      url: '/api/v1/users',
      payload: {
        name: 'Audited Operator',
        phone: freshPhone(),
        password: 'first-password-1',
        membership: { role: 'operator', organisationId: ctx.world.orgA.id, districts: [ctx.world.kanpur] },
      },
    });
    expect(added.statusCode, added.body).toBe(201);
    const response = await coordinator.request({ method: 'GET', url: '/api/v1/audit-events?limit=100' });
    const items = (response.json() as { items: Array<{ action: string; actorName: string | null }> }).items;
    expect(items.some((e) => e.action === 'user.created')).toBe(true);
    const signIns = await admin.request({ method: 'GET', url: '/api/v1/audit-events?limit=200' });
    const all = (signIns.json() as { items: Array<{ action: string; ip: string | null; actorId: string | null }> })
      .items;
    expect(all.find((e) => e.action === 'auth.sign_in' && e.actorId === ctx.world.admin.id)?.ip).toBe('127.0.0.1');
  });
});
