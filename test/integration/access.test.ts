// Every endpoint × role: anonymous is refused with 401, a wrong role with 403, and a coordinator of
// one district cannot read or change another district's people.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signIn, type Client, type TestContext } from '../support/app.js';
import { expectProblem } from '../support/problem.js';
import { buildWorld, type World } from '../support/world.js';
import { caseBody } from '../factories/cases.js';

let ctx: TestContext;
let world: World;
let caseId = '';
const clients: Record<string, Client> = {};

beforeAll(async () => {
  ctx = await createTestApp();
  world = await buildWorld(ctx.database.db);
  for (const key of [
    'admin',
    'coordinatorKanpur',
    'operatorKanpur',
    'volunteerKanpur',
    'viewerA',
    'coordinatorPrayagraj',
  ] as const) {
    clients[key] = await signIn(ctx.app, world[key].phone, world[key].password);
  }
  const created = await (clients.operatorKanpur as Client).request({
    method: 'POST',
    url: '/api/v1/cases',
    payload: caseBody(world.kanpur),
  });
  caseId = (created.json() as { caseId: string }).caseId;
});
afterAll(async () => ctx.close());

type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE';
interface Endpoint {
  method: Method;
  url: () => string;
  body?: () => unknown;
  /** Roles (of the world's people) that get past the role check. */
  allowed: Array<keyof typeof clients | string>;
}

const endpoints: Endpoint[] = [
  {
    method: 'GET',
    url: () => '/api/v1/auth/session',
    allowed: ['admin', 'coordinatorKanpur', 'operatorKanpur', 'volunteerKanpur', 'viewerA'],
  },
  {
    method: 'PATCH',
    url: () => '/api/v1/me',
    body: () => ({ preferredLanguage: 'en' }),
    allowed: ['admin', 'coordinatorKanpur', 'operatorKanpur', 'volunteerKanpur', 'viewerA'],
  },
  {
    method: 'POST',
    url: () => '/api/v1/auth/password',
    body: () => ({ currentPassword: 'x', newPassword: 'long-enough-pass' }),
    allowed: ['admin', 'coordinatorKanpur', 'operatorKanpur', 'volunteerKanpur', 'viewerA'],
  },
  { method: 'GET', url: () => '/api/v1/organisations', allowed: ['admin', 'coordinatorKanpur', 'viewerA'] },
  {
    method: 'POST',
    url: () => '/api/v1/organisations',
    body: () => ({ name: `New ${Math.random()}`, kind: 'ngo', districts: [world.kanpur] }),
    allowed: ['admin'],
  },
  {
    method: 'GET',
    url: () => `/api/v1/organisations/${world.orgA.id}`,
    allowed: ['admin', 'coordinatorKanpur', 'viewerA'],
  },
  {
    method: 'PATCH',
    url: () => `/api/v1/organisations/${world.orgA.id}`,
    body: () => ({ kind: 'ngo' }),
    allowed: ['admin'],
  },
  { method: 'GET', url: () => '/api/v1/users', allowed: ['admin', 'coordinatorKanpur'] },
  {
    method: 'POST',
    url: () => '/api/v1/users',
    body: () => ({
      name: 'X',
      phone: '9123456789',
      password: 'long-enough-pass',
      membership: { role: 'operator', organisationId: world.orgA.id, districts: [world.kanpur] },
    }),
    allowed: ['admin', 'coordinatorKanpur'],
  },
  { method: 'GET', url: () => `/api/v1/users/${world.operatorKanpur.id}`, allowed: ['admin', 'coordinatorKanpur'] },
  {
    method: 'PATCH',
    url: () => `/api/v1/users/${world.volunteerKanpur.id}`,
    body: () => ({ preferredLanguage: 'hi' }),
    allowed: ['admin', 'coordinatorKanpur'],
  },
  {
    method: 'POST',
    url: () => `/api/v1/users/${world.volunteerKanpur.id}/memberships`,
    body: () => ({ role: 'viewer', organisationId: world.orgA.id, districts: [world.kanpur] }),
    allowed: ['admin', 'coordinatorKanpur'],
  },
  {
    method: 'DELETE',
    url: () => `/api/v1/users/${world.volunteerKanpur.id}/memberships/${world.volunteerKanpur.membershipId}`,
    allowed: ['admin', 'coordinatorKanpur'],
  },
  { method: 'GET', url: () => '/api/v1/audit-events', allowed: ['admin', 'coordinatorKanpur'] },
  { method: 'GET', url: () => '/api/v1/cases', allowed: ['admin', 'coordinatorKanpur', 'operatorKanpur', 'viewerA'] },
  {
    method: 'POST',
    url: () => '/api/v1/cases',
    body: () => caseBody(world.kanpur),
    allowed: ['admin', 'coordinatorKanpur', 'operatorKanpur'],
  },
  {
    method: 'GET',
    url: () => '/api/v1/cases/similar?phone=9839012345',
    allowed: ['admin', 'coordinatorKanpur', 'operatorKanpur', 'viewerA'],
  },
  {
    method: 'GET',
    url: () => `/api/v1/cases/${caseId}`,
    allowed: ['admin', 'coordinatorKanpur', 'operatorKanpur', 'viewerA'],
  },
  {
    method: 'PATCH',
    url: () => `/api/v1/cases/${caseId}`,
    body: () => ({ patient: { age: 59 } }),
    allowed: ['admin', 'coordinatorKanpur', 'operatorKanpur'],
  },
  {
    method: 'POST',
    url: () => `/api/v1/cases/${caseId}/notes`,
    body: () => ({ note: 'n' }),
    allowed: ['admin', 'coordinatorKanpur', 'operatorKanpur'],
  },
  {
    method: 'POST',
    url: () => `/api/v1/cases/${caseId}/calls`,
    body: () => ({ outcome: 'no_answer' }),
    allowed: ['admin', 'coordinatorKanpur', 'operatorKanpur'],
  },
  {
    method: 'POST',
    url: () => `/api/v1/cases/${caseId}/reveal-contact`,
    allowed: ['admin', 'coordinatorKanpur', 'operatorKanpur'],
  },
  {
    method: 'POST',
    url: () => `/api/v1/cases/${caseId}/priority`,
    body: () => ({ priority: null }),
    allowed: ['admin', 'coordinatorKanpur', 'operatorKanpur'],
  },
  {
    method: 'POST',
    url: () => `/api/v1/cases/${caseId}/transitions`,
    body: () => ({ to: 'closed' }),
    allowed: ['admin', 'coordinatorKanpur', 'operatorKanpur'],
  },
  {
    method: 'POST',
    url: () => '/api/v1/cases/bulk',
    body: () => ({ caseIds: [caseId], action: 'assign', assigneeId: null }),
    allowed: ['admin', 'coordinatorKanpur', 'operatorKanpur'],
  },
  {
    method: 'GET',
    url: () => '/api/v1/flagged-phones',
    allowed: ['admin', 'coordinatorKanpur', 'operatorKanpur', 'viewerA'],
  },
  {
    method: 'POST',
    url: () => '/api/v1/flagged-phones',
    body: () => ({ phone: '9839099999', reason: 'asked for advance' }),
    allowed: ['admin', 'coordinatorKanpur', 'operatorKanpur'],
  },
  {
    method: 'GET',
    url: () => '/api/v1/notifications',
    allowed: ['admin', 'coordinatorKanpur', 'operatorKanpur', 'volunteerKanpur', 'viewerA'],
  },
  { method: 'POST', url: () => '/api/v1/auth/sign-out', allowed: [] },
];

describe('anonymous callers', () => {
  it.each(endpoints.map((e) => [e.method, e]))('%s %s is refused with 401', async (_m, endpoint) => {
    const response = await ctx.app.inject({
      method: endpoint.method,
      url: endpoint.url(),
      ...(endpoint.body ? { payload: endpoint.body() as object } : {}),
    });
    expectProblem(response, 401, 'unauthenticated');
  });

  it('may read public reference data and sign in', async () => {
    expect((await ctx.app.inject({ method: 'GET', url: '/api/v1/geography/states' })).statusCode).toBe(200);
    expect((await ctx.app.inject({ method: 'GET', url: '/api/v1/geography/districts?state=UP' })).statusCode).toBe(200);
  });
});

describe('signed-in callers with the wrong role', () => {
  const cases = endpoints.flatMap((endpoint) =>
    ['operatorKanpur', 'volunteerKanpur', 'viewerA', 'coordinatorKanpur']
      .filter((role) => !endpoint.allowed.includes(role) && endpoint.allowed.length > 0)
      .map((role) => [role, endpoint.method, endpoint] as const),
  );
  it.each(cases)('%s: %s is refused with 403', async (role, method, endpoint) => {
    const client = clients[role];
    if (!client) throw new Error(role);
    const response = await client.request({
      method,
      url: endpoint.url(),
      ...(endpoint.body ? { payload: endpoint.body() as object } : {}),
    });
    expectProblem(response, 403, 'forbidden');
  });
});

describe('district scoping for coordinators', () => {
  const kanpurCoordinator = (): Client => clients.coordinatorKanpur as Client;

  it('lists only people in the coordinator’s organisation and districts', async () => {
    const response = await kanpurCoordinator().request({ method: 'GET', url: '/api/v1/users?limit=200' });
    expect(response.statusCode).toBe(200);
    const ids = (response.json() as { items: Array<{ id: string }> }).items.map((u) => u.id);
    expect(ids).toEqual(expect.arrayContaining([world.operatorKanpur.id, world.volunteerKanpur.id, world.viewerA.id]));
    expect(ids).not.toContain(world.operatorUnnao.id);
    expect(ids).not.toContain(world.operatorPrayagraj.id);
    expect(ids).not.toContain(world.admin.id);
  });

  it('cannot read a person of another district (404, no hint they exist)', async () => {
    const sameOrgOtherDistrict = await kanpurCoordinator().request({
      method: 'GET',
      url: `/api/v1/users/${world.operatorUnnao.id}`,
    });
    expectProblem(sameOrgOtherDistrict, 404, 'not_found');
    const otherOrg = await (clients.coordinatorPrayagraj as Client).request({
      method: 'GET',
      url: `/api/v1/users/${world.operatorKanpur.id}`,
    });
    expectProblem(otherOrg, 404, 'not_found');
  });

  it('cannot change a person of another district, and nothing changes', async () => {
    const response = await kanpurCoordinator().request({
      method: 'PATCH',
      url: `/api/v1/users/${world.operatorUnnao.id}`,
      payload: { isActive: false },
    });
    expectProblem(response, 404, 'not_found');
    const check = await (clients.admin as Client).request({
      method: 'GET',
      url: `/api/v1/users/${world.operatorUnnao.id}`,
    });
    expect((check.json() as { isActive: boolean }).isActive).toBe(true);
  });

  it('cannot add people to another district, another organisation, or as coordinator', async () => {
    const base = { name: 'New Person', password: 'long-enough-pass' };
    const otherDistrict = await kanpurCoordinator().request({
      method: 'POST',
      url: '/api/v1/users',
      payload: {
        ...base,
        phone: '9111111111',
        membership: { role: 'operator', organisationId: world.orgA.id, districts: [world.unnao] },
      },
    });
    expectProblem(otherDistrict, 403, 'forbidden');
    const allDistricts = await kanpurCoordinator().request({
      method: 'POST',
      url: '/api/v1/users',
      payload: {
        ...base,
        phone: '9111111112',
        membership: { role: 'operator', organisationId: world.orgA.id, districts: [] },
      },
    });
    expectProblem(allDistricts, 403, 'forbidden');
    const otherOrg = await kanpurCoordinator().request({
      method: 'POST',
      url: '/api/v1/users',
      payload: {
        ...base,
        phone: '9111111113',
        membership: { role: 'operator', organisationId: world.orgB.id, districts: [world.prayagraj] },
      },
    });
    expectProblem(otherOrg, 403, 'forbidden');
    const asCoordinator = await kanpurCoordinator().request({
      method: 'POST',
      url: '/api/v1/users',
      payload: {
        ...base,
        phone: '9111111114',
        membership: { role: 'coordinator', organisationId: world.orgA.id, districts: [world.kanpur] },
      },
    });
    expectProblem(asCoordinator, 403, 'forbidden');
    const asAdmin = await kanpurCoordinator().request({
      method: 'POST',
      url: '/api/v1/users',
      payload: { ...base, phone: '9111111115', membership: { role: 'admin', organisationId: null, districts: [] } },
    });
    expectProblem(asAdmin, 403, 'forbidden');
    const list = await (clients.admin as Client).request({ method: 'GET', url: '/api/v1/users?q=New%20Person' });
    expect((list.json() as { total: number }).total).toBe(0);
  });

  it('sees only its own organisations', async () => {
    const response = await (clients.coordinatorPrayagraj as Client).request({
      method: 'GET',
      url: '/api/v1/organisations',
    });
    const ids = (response.json() as { items: Array<{ id: string }> }).items.map((o) => o.id);
    expect(ids).toEqual([world.orgB.id]);
    const other = await (clients.coordinatorPrayagraj as Client).request({
      method: 'GET',
      url: `/api/v1/organisations/${world.orgA.id}`,
    });
    expectProblem(other, 404, 'not_found');
  });

  it('sees audit events of its own organisation only', async () => {
    const response = await (clients.coordinatorPrayagraj as Client).request({
      method: 'GET',
      url: '/api/v1/audit-events?limit=200',
    });
    const events = (response.json() as { items: Array<{ details: Record<string, unknown> }> }).items;
    expect(events.every((e) => JSON.stringify(e).includes(world.orgA.id) === false)).toBe(true);
  });
});
