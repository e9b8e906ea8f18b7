// The scope model with two organisations in one district (Kanpur police and the Kanpur–Unnao oxygen NGO): a case
// belongs to the organisation that took it in; the other sees it only if the person consented to sharing (read
// only) or it was referred to them (then they work it); a public-form plea belongs to every organisation serving
// its district. Lists, reads, actions and the live stream all follow the same rule, and its SQL form agrees with
// the rule on every combination.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cases } from '../../src/server/db/schema/index.js';
import { caseAccess } from '../../src/server/domain/cases/abilities.js';
import { caseScope } from '../../src/server/db/queries/case-scope.js';
import { loadActor } from '../../src/server/usecases/auth/load-actor.js';
import { sessionIdFor } from '../../src/server/domain/auth/session-token.js';
import { caseBody, freshPhone } from '../factories/cases.js';
import { createTestApp, signIn, testSecret, type Client, type TestContext } from '../support/app.js';
import { expectProblem } from '../support/problem.js';
import { buildTwoOrganisations, type TwoOrganisations } from '../support/two-organisations.js';
import { listenToCaseStream } from '../support/case-stream-listener.js';

let ctx: TestContext;
let world: TwoOrganisations;
const as: Record<string, Client> = {};

beforeAll(async () => {
  ctx = await createTestApp();
  world = await buildTwoOrganisations(ctx.database.db);
  for (const [key, person] of Object.entries({
    policeOperator: world.police.operator,
    policeCoordinator: world.police.coordinator,
    policeViewer: world.police.viewer,
    ngoOperator: world.ngo.operator,
    ngoCoordinator: world.ngo.coordinator,
    ngoViewer: world.ngo.viewer,
    ngoUnnaoOperator: world.ngo.unnaoOperator,
    admin: world.admin,
  })) {
    as[key] = await signIn(ctx.app, person.phone, person.password);
  }
});
afterAll(async () => ctx.close());

const client = (key: string): Client => {
  const found = as[key];
  if (!found) throw new Error(`no client ${key}`);
  return found;
};

async function policeCase(consentToShare: boolean): Promise<string> {
  const body = caseBody(world.kanpur, {
    requester: { name: 'Sunita', phones: [freshPhone()], language: 'hi', consentToShare },
  });
  const created = await client('policeOperator').request({ method: 'POST', url: '/api/v1/cases', payload: body });
  expect(created.statusCode, created.body).toBe(201);
  return (created.json() as { caseId: string }).caseId;
}

const get = (key: string, id: string) => client(key).request({ method: 'GET', url: `/api/v1/cases/${id}` });
const listed = async (key: string, id: string) =>
  (
    (await client(key).request({ method: 'GET', url: '/api/v1/cases?limit=200' })).json() as { items: { id: string }[] }
  ).items.some((c) => c.id === id);

describe('two organisations in one district', () => {
  it('a case without consent stays with the organisation that took it in', async () => {
    const id = await policeCase(false);
    for (const key of ['policeOperator', 'policeCoordinator', 'policeViewer', 'admin']) {
      expect((await get(key, id)).statusCode, key).toBe(200);
    }
    for (const key of ['ngoOperator', 'ngoCoordinator', 'ngoViewer']) {
      expectProblem(await get(key, id), 404, 'not_found');
      expect(await listed(key, id)).toBe(false);
      expectProblem(
        await client(key).request({ method: 'POST', url: `/api/v1/cases/${id}/notes`, payload: { note: 'seen it' } }),
        404,
        'not_found',
      );
    }
    expect(await listed('policeViewer', id)).toBe(true);
  });

  it('with consent the NGO reads it, and cannot work it', async () => {
    const id = await policeCase(true);
    const seen = await get('ngoOperator', id);
    expect(seen.statusCode).toBe(200);
    const view = seen.json() as {
      can: Record<string, boolean>;
      allowedTransitions: string[];
      organisation: { id: string };
    };
    expect(Object.values(view.can).some(Boolean)).toBe(false);
    expect(view.allowedTransitions).toEqual([]);
    expect(view.organisation.id).toBe(world.police.id);
    expect(await listed('ngoOperator', id)).toBe(true);
    expectProblem(
      await client('ngoOperator').request({ method: 'POST', url: `/api/v1/cases/${id}/claim` }),
      403,
      'forbidden',
    );
    expectProblem(
      await client('ngoOperator').request({ method: 'POST', url: `/api/v1/cases/${id}/reveal-contact` }),
      403,
      'forbidden',
    );
    // Not in Kanpur at all: the NGO's Unnao operator does not see it.
    expectProblem(await get('ngoUnnaoOperator', id), 404, 'not_found');
  });

  it('referred, the NGO works it like its owner; the referral is on the timeline', async () => {
    const id = await policeCase(false);
    const options = (
      await client('policeOperator').request({ method: 'GET', url: `/api/v1/cases/${id}/referral-options` })
    ).json() as { items: { id: string }[] };
    expect(options.items.map((o) => o.id)).toContain(world.ngo.id);
    expect(options.items.map((o) => o.id)).not.toContain(world.police.id);
    // Someone who cannot see the case cannot refer it, or list where to.
    expectProblem(
      await client('ngoOperator').request({
        method: 'POST',
        url: `/api/v1/cases/${id}/referrals`,
        payload: { organisationId: world.ngo.id, note: 'we have cylinders' },
      }),
      404,
      'not_found',
    );
    const referred = await client('policeOperator').request({
      method: 'POST',
      url: `/api/v1/cases/${id}/referrals`,
      payload: { organisationId: world.ngo.id, note: 'needs a cylinder tonight; NGO has stock' },
    });
    expect(referred.statusCode, referred.body).toBe(200);
    const after = referred.json() as { referredTo: { id: string }[]; events: { type: string; note: string | null }[] };
    expect(after.referredTo.map((o) => o.id)).toEqual([world.ngo.id]);
    expect(after.events.find((e) => e.type === 'referred')?.note).toBe('needs a cylinder tonight; NGO has stock');
    expectProblem(
      await client('policeOperator').request({
        method: 'POST',
        url: `/api/v1/cases/${id}/referrals`,
        payload: { organisationId: world.ngo.id, note: 'again' },
      }),
      400,
      'validation_failed',
    );
    const claimed = await client('ngoOperator').request({ method: 'POST', url: `/api/v1/cases/${id}/claim` });
    expect(claimed.statusCode, claimed.body).toBe(200);
    expect(await listed('ngoViewer', id)).toBe(true);
    const assignable = (
      await client('ngoCoordinator').request({ method: 'GET', url: `/api/v1/cases/${id}/assignable` })
    ).json() as { items: { id: string }[] };
    expect(assignable.items.map((p) => p.id)).toEqual(
      expect.arrayContaining([world.ngo.operator.id, world.police.operator.id]),
    );
  });

  it("a public-form plea is every serving organisation's to work", async () => {
    const phone = freshPhone();
    const submitted = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/public/requests',
      payload: {
        name: 'Ramesh',
        phone,
        needs: [{ resource: 'oxygen_cylinder', quantity: 1 }],
        district: world.kanpur,
        consent: true,
      },
    });
    expect(submitted.statusCode).toBe(201);
    const [row] = await ctx.database.db
      .select()
      .from(cases)
      .where(eq(cases.requesterPhones, [phone]));
    expect(row?.organisationId).toBeNull();
    for (const key of ['policeOperator', 'ngoOperator']) {
      const view = (await get(key, row?.id ?? '')).json() as { can: { claim: boolean } };
      expect(view.can.claim, key).toBe(true);
    }
  });

  it("the NGO's live desk hears of the consented case, not of the private one", async () => {
    await ctx.app.listen({ port: 0, host: '127.0.0.1' });
    const ngoDesk = await listenToCaseStream(ctx.app, client('ngoOperator'));
    const policeDesk = await listenToCaseStream(ctx.app, client('policeViewer'));
    const hidden = await policeCase(false);
    const shared = await policeCase(true);
    await expect
      .poll(() => policeDesk.events.map((e) => e.id), { timeout: 5000 })
      .toEqual(expect.arrayContaining([hidden, shared]));
    await expect.poll(() => ngoDesk.events.map((e) => e.id), { timeout: 5000 }).toContain(shared);
    expect(ngoDesk.events.map((e) => e.id)).not.toContain(hidden);
    ngoDesk.close();
    policeDesk.close();
  });

  it('the list query and the rule agree, for every kind of case and every person', async () => {
    const db = ctx.database.db;
    const kinds: string[] = [];
    for (const organisationId of [world.police.id, world.ngo.id, null]) {
      for (const consentToShare of [false, true]) {
        for (const referred of [[], [world.ngo.id], [world.police.id]]) {
          for (const district of [world.kanpur, world.unnao]) {
            const created = (
              await client('admin').request({
                method: 'POST',
                url: '/api/v1/cases',
                payload: caseBody(district, {
                  requester: { name: 'X', phones: [freshPhone()], language: 'hi', consentToShare },
                }),
              })
            ).json() as { caseId: string };
            await db
              .update(cases)
              .set({ organisationId, referredOrganisationIds: referred })
              .where(eq(cases.id, created.caseId));
            kinds.push(created.caseId);
          }
        }
      }
    }
    expect(kinds).toHaveLength(36);
    const rows = await db.select().from(cases);
    const ours = rows.filter((r) => kinds.includes(r.id));
    for (const person of [
      world.police.operator,
      world.police.viewer,
      world.ngo.operator,
      world.ngo.viewer,
      world.ngo.unnaoOperator,
      world.admin,
    ]) {
      const signedIn = await signIn(ctx.app, person.phone, person.password);
      const actor = (await loadActor(db, sessionIdFor(signedIn.cookie, testSecret)))?.actor;
      if (!actor) throw new Error('no actor');
      for (const level of ['read', 'work'] as const) {
        const bySql = (await db.select({ id: cases.id }).from(cases).where(caseScope(actor, level)))
          .map((r) => r.id)
          .filter((id) => kinds.includes(id))
          .sort();
        const byRule = ours
          .filter((r) => {
            const access = caseAccess(actor, r);
            return level === 'read' ? access !== 'none' : access === 'work';
          })
          .map((r) => r.id)
          .sort();
        expect(bySql, `${person.phone} ${level}`).toEqual(byRule);
      }
    }
  });
});
