// Matching and outreach (issue #12, items 5, 6, 9): who is asked for a case's blood need, how waves grow, and that
// a donor who is fatigued, ineligible, said STOP, withdrew consent — or asleep, for a case that is not critical —
// is never contacted.
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { InviteResult } from '../../src/shared/contracts/camps.js';
import type { AsksView, CandidatesView } from '../../src/shared/contracts/outreach.js';
import { rowsOf } from '../../src/server/db/client.js';
import { caseEvents, caseNeeds, cases, donorAsks, donors, optOuts } from '../../src/server/db/schema/index.js';
import { readAnswerToken } from '../../src/server/domain/outreach/answer-token.js';
import { advanceOutreach } from '../../src/server/usecases/outreach/advance-outreach.js';
import { createCamp } from '../factories/camps.js';
import { caseBody } from '../factories/cases.js';
import { createChannelAccount } from '../factories/channels.js';
import { createDonor } from '../factories/donors.js';
import { testSecret } from '../support/app.js';
import { expectProblem } from '../support/problem.js';
import { useTestWorld } from '../support/setup.js';

// Noon in Kolkata, with the clock running: the quiet hours are not on unless a test moves the clock there.
const noonIst = new Date('2026-12-08T06:30:00Z');
vi.useFakeTimers({ toFake: ['Date'], shouldAdvanceTime: true, now: noonIst });
afterAll(() => {
  vi.useRealTimers();
});

const ctx = useTestWorld({ roles: ['operatorKanpur', 'operatorPrayagraj', 'viewerA', 'coordinatorKanpur'] });
const operator = ctx.client('operatorKanpur');
const links = { secret: testSecret, publicUrl: 'http://localhost:3000' };

beforeAll(async () => {
  await createChannelAccount(ctx.database.db, ctx.world.orgA.id, 'whatsapp');
});

let place = 0;
/** A centre of its own for each test (a degree of longitude apart), so donors of one test are far from another's. */
function nextCentre() {
  place += 1;
  return { lat: 26.45, lon: 78 + place };
}

async function bloodCase(
  centre: { lat: number; lon: number },
  options: { units?: number; critical?: boolean; resource?: 'blood' | 'oxygen_cylinder' } = {},
) {
  const response = await operator.request({
    method: 'POST',
    url: '/api/v1/cases',
    payload: caseBody(ctx.world.kanpur, {
      patient: { name: `Child ${Math.random().toString(36).slice(2, 8)}`, age: 8, conditions: ['thalassemia'] },
      needs: [{ resource: options.resource ?? 'blood', quantity: options.units ?? 1, bloodGroup: 'B+' }],
    }),
  });
  expect(response.statusCode, response.body).toBe(201);
  const caseId = (response.json() as { caseId: string }).caseId;
  const db = ctx.database.db;
  await db
    .update(cases)
    .set({ lat: centre.lat, lon: centre.lon, priorityOverride: options.critical === false ? 'normal' : 'critical' })
    .where(eq(cases.id, caseId));
  const [need] = await db.select().from(caseNeeds).where(eq(caseNeeds.caseId, caseId));
  if (!need) throw new Error('no need');
  const base = `/api/v1/cases/${caseId}/needs/${need.id}`;
  return { caseId, needId: need.id, base };
}

/** A B+ donor of organisation A, `km` north of the centre. */
async function donorNear(
  centre: { lat: number; lon: number },
  km: number,
  over: Parameters<typeof createDonor>[3] = {},
) {
  const db = ctx.database.db;
  const donor = await createDonor(db, ctx.world.orgA.id, ctx.world.kanpur, over);
  await db
    .update(donors)
    .set({ lat: centre.lat + km / 111.195, lon: centre.lon })
    .where(eq(donors.id, donor.id));
  return donor;
}

async function outboxTo(phone: string) {
  return rowsOf<{ id: string; state: string; body: string; purpose: string; next_attempt_at: Date | string }>(
    await ctx.database.db.execute(
      sql`select id, state, body, purpose, next_attempt_at from outbox where to_address = ${phone}`,
    ),
  );
}

async function events(caseId: string, type: string) {
  return ctx.database.db
    .select()
    .from(caseEvents)
    .where(sql`${caseEvents.caseId} = ${caseId} and ${caseEvents.type} = ${type}`);
}

describe('a wave', () => {
  it('asks at most K donors per unit still needed, in their language, with a signed link, and records each ask', async () => {
    const centre = nextCentre();
    const { caseId, base } = await bloodCase(centre, { units: 2 });
    const near: Array<{ id: string; phone: string }> = [];
    for (let i = 1; i <= 8; i += 1) near.push(await donorNear(centre, i, { language: i % 2 ? 'hi' : 'en' }));

    const candidates = (await operator.request({ method: 'GET', url: `${base}/candidates` })).json() as CandidatesView;
    expect(candidates.blocked).toBeNull();
    expect(candidates.candidates.map((c) => c.donor.id)).toEqual(near.map((d) => d.id));
    expect(candidates.candidates[0]).toMatchObject({ rank: 1, exclusions: [], sendAfter: null });
    expect(candidates.candidates[0]?.donor.phone).not.toBe(near[0]?.phone);
    expect(candidates.outreach).toMatchObject({ state: 'idle', nextWaveSize: 6, radiusKm: 10 });

    const started = await operator.request({ method: 'POST', url: `${base}/outreach`, payload: {} });
    expect(started.statusCode, started.body).toBe(200);
    const view = started.json() as AsksView;
    expect(view.items).toHaveLength(6);
    expect(view.items.every((a) => a.state === 'sent' && a.kind === 'wave' && a.wave === 1)).toBe(true);
    expect(new Set(view.items.map((a) => a.donor.id))).toEqual(new Set(near.slice(0, 6).map((d) => d.id)));
    expect(view.outreach).toMatchObject({ state: 'running', wave: 1, nextWaveSize: 0 });
    expect(view.can).toMatchObject({ start: false, stop: true });

    const [hindi] = await outboxTo(near[0]?.phone ?? '');
    expect(hindi).toMatchObject({ state: 'pending', purpose: 'donor_ask' });
    expect(hindi?.body).toContain('हाँ');
    const token = /\/answer\/([A-Za-z0-9_.-]+)/.exec(hindi?.body ?? '')?.[1] ?? '';
    const ask = view.items.find((a) => a.donor.id === near[0]?.id);
    expect(readAnswerToken(token, testSecret)).toBe(ask?.id);
    expect((await outboxTo(near[1]?.phone ?? ''))[0]?.body).toMatch(/Reply YES or NO/);
    expect(await outboxTo(near[6]?.phone ?? '')).toEqual([]);

    const asked = await events(caseId, 'donor_asked');
    expect(asked).toHaveLength(6);
    expect(asked.every((e) => e.actorId === ctx.world.operatorKanpur.id)).toBe(true);
    expect(await events(caseId, 'outreach_started')).toHaveLength(1);
    expectProblem(
      await operator.request({ method: 'POST', url: `${base}/outreach`, payload: {} }),
      409,
      'outreach_unavailable',
    );
  });
});

describe("a case's messages to donors", () => {
  it("keep the donor's number masked after the operator reveals the case's own numbers", async () => {
    const centre = nextCentre();
    const { caseId, base } = await bloodCase(centre);
    const donor = await donorNear(centre, 1);
    expect((await operator.request({ method: 'POST', url: `${base}/outreach`, payload: {} })).statusCode).toBe(200);
    const revealed = await operator.request({ method: 'POST', url: `/api/v1/cases/${caseId}/reveal-contact` });
    expect(revealed.statusCode, revealed.body).toBe(200);
    const sent = await operator.request({ method: 'GET', url: `/api/v1/cases/${caseId}/outbound` });
    const items = (sent.json() as { items: Array<{ toAddress: string; purpose: string }> }).items;
    const ask = items.find((m) => m.purpose === 'donor_ask');
    expect(ask?.toAddress).toMatch(/xxx/);
    expect(sent.body).not.toContain(donor.phone.slice(-10));
  });
});

describe('donors who must not be contacted', () => {
  it('never asks a fatigued, ineligible, stopped or withdrawn donor, by wave or by hand', async () => {
    const centre = nextCentre();
    const db = ctx.database.db;
    const fatigued = await donorNear(centre, 1);
    // Asked twice in the last 30 days for other patients.
    for (const days of [3, 12]) {
      const earlier = await bloodCase(nextCentre());
      await db.insert(donorAsks).values({
        organisationId: ctx.world.orgA.id,
        caseId: earlier.caseId,
        needId: earlier.needId,
        donorId: fatigued.id,
        phone: fatigued.phone,
        kind: 'direct',
        state: 'no',
        askedAt: new Date(Date.now() - days * 86_400_000),
      });
    }
    const ineligible = await donorNear(centre, 2, {
      lastDonation: new Date(Date.now() - 30 * 86_400_000).toISOString().slice(0, 10),
    });
    const stopped = await donorNear(centre, 3);
    await db.update(donors).set({ optedOutAt: new Date() }).where(eq(donors.id, stopped.id));
    const channelStop = await donorNear(centre, 4);
    await db.insert(optOuts).values({ address: channelStop.phone, channel: 'whatsapp' });
    const withdrawn = await donorNear(centre, 5);
    await db.update(donors).set({ consentWithdrawnAt: new Date() }).where(eq(donors.id, withdrawn.id));
    const willing = await donorNear(centre, 6);

    const { base } = await bloodCase(centre, { units: 3 });
    const view = (await operator.request({ method: 'GET', url: `${base}/candidates` })).json() as CandidatesView;
    expect(view.candidates.map((c) => c.donor.id)).toEqual([willing.id]);
    const headline = Object.fromEntries(view.nearMisses.map((m) => [m.donor.id, m.exclusions[0]]));
    expect(headline[fatigued.id]).toMatchObject({ code: 'fatigued', params: { count: 2, limit: 2, days: 30 } });
    expect(headline[ineligible.id]).toMatchObject({ code: 'ineligible' });
    expect(headline[ineligible.id]?.params.date).toBeTypeOf('string');
    expect(view.nearMisses.find((m) => m.donor.id === ineligible.id)?.eligibilityReasons[0]?.code).toBe(
      'whole_blood_interval',
    );
    expect(headline[stopped.id]).toMatchObject({ code: 'opted_out' });
    expect(headline[channelStop.id]).toMatchObject({ code: 'opted_out' });
    expect(headline[withdrawn.id]).toMatchObject({ code: 'consent_withdrawn' });

    const started = (
      await operator.request({ method: 'POST', url: `${base}/outreach`, payload: {} })
    ).json() as AsksView;
    expect(started.items.map((a) => a.donor.id)).toEqual([willing.id]);
    for (const donor of [fatigued, ineligible, stopped, channelStop, withdrawn]) {
      const refused = await operator.request({ method: 'POST', url: `${base}/asks`, payload: { donorId: donor.id } });
      expectProblem(refused, 409, 'outreach_unavailable');
    }
    // Once asked, not again for the same need.
    expectProblem(
      await operator.request({ method: 'POST', url: `${base}/asks`, payload: { donorId: willing.id } }),
      409,
      'outreach_unavailable',
    );
    for (const donor of [fatigued, ineligible, stopped, channelStop, withdrawn]) {
      expect(await outboxTo(donor.phone)).toEqual([]);
    }
    expect(await outboxTo(fatigued.phone)).toEqual([]);
    expect(await db.select().from(donorAsks).where(eq(donorAsks.phone, stopped.phone))).toEqual([]);
  });

  it('asks a non-critical case’s donor at night only when the quiet hours end; a critical case at once', async () => {
    const centre = nextCentre();
    const night = await bloodCase(centre, { critical: false });
    const critical = await bloodCase(nextCentre());
    const sleeper = await donorNear(centre, 1);
    const urgent = await donorNear({ lat: 26.45, lon: 78 + place }, 1);
    vi.setSystemTime(new Date('2026-12-08T17:30:00Z')); // 23:00 in Kolkata
    try {
      const candidates = (
        await operator.request({ method: 'GET', url: `${night.base}/candidates` })
      ).json() as CandidatesView;
      expect(candidates.outreach.quietHoursNow).toBe(true);
      expect(candidates.candidates[0]?.sendAfter).toBe('2026-12-09T01:30:00.000Z');

      const asked = await operator.request({
        method: 'POST',
        url: `${night.base}/asks`,
        payload: { donorId: sleeper.id },
      });
      expect(asked.statusCode, asked.body).toBe(200);
      expect((asked.json() as AsksView).items[0]).toMatchObject({
        state: 'queued',
        kind: 'direct',
        sendAfter: '2026-12-09T01:30:00.000Z',
        sentAt: null,
      });
      const [message] = await outboxTo(sleeper.phone);
      expect(message?.state).toBe('scheduled');
      expect(new Date(message?.next_attempt_at ?? 0).toISOString()).toBe('2026-12-09T01:30:00.000Z');

      const now = (
        await operator.request({ method: 'POST', url: `${critical.base}/asks`, payload: { donorId: urgent.id } })
      ).json() as AsksView;
      expect(now.items[0]).toMatchObject({ state: 'sent', sendAfter: null });
      expect((await outboxTo(urgent.phone))[0]?.state).toBe('pending');

      // Morning: the job marks the waiting ask sent as its message goes out.
      await advanceOutreach(ctx.database.db, links, new Date('2026-12-08T23:00:00Z'));
      const stillNight = (await operator.request({ method: 'GET', url: `${night.base}/asks` })).json() as AsksView;
      expect(stillNight.items[0]?.state).toBe('queued');
      await advanceOutreach(ctx.database.db, links, new Date('2026-12-09T01:30:00Z'));
      const morning = (await operator.request({ method: 'GET', url: `${night.base}/asks` })).json() as AsksView;
      expect(morning.items[0]).toMatchObject({ state: 'sent', sentAt: '2026-12-09T01:30:00.000Z' });
    } finally {
      vi.setSystemTime(new Date(noonIst.getTime() + 60_000));
    }
  });
});

describe('camp invitations', () => {
  it('count as asks: a donor invited to a camp is not asked past the limit for a case, nor invited past it', async () => {
    const centre = nextCentre();
    const db = ctx.database.db;
    const coordinator = ctx.client('coordinatorKanpur');
    /** An ask for another patient `days` ago. */
    const askedBefore = async (donor: { id: string; phone: string }, days: number) => {
      const earlier = await bloodCase(nextCentre());
      await db.insert(donorAsks).values({
        organisationId: ctx.world.orgA.id,
        caseId: earlier.caseId,
        needId: earlier.needId,
        donorId: donor.id,
        phone: donor.phone,
        kind: 'direct',
        state: 'no',
        askedAt: new Date(Date.now() - days * 86_400_000),
      });
    };
    const invite = async () => {
      const camp = await createCamp(db, ctx.world.orgA.id, ctx.world.kanpur, { lat: centre.lat, lon: centre.lon });
      const response = await coordinator.request({
        method: 'POST',
        url: `/api/v1/camps/${camp.id}/invite`,
        payload: { radiusKm: 20, limit: 50 },
      });
      expect(response.statusCode, response.body).toBe(200);
      return response.json() as InviteResult;
    };
    // Invited to a camp, then asked once for a case (an earlier one): two asks in 30 days.
    const camper = await donorNear(centre, 1);
    // Asked once for a case, then invited to a camp: two asks too.
    const asked = await donorNear(centre, 2);
    await askedBefore(asked, 3);
    expect(await invite()).toMatchObject({ invited: 2, skipped: { contactLimit: 0 } });
    await askedBefore(camper, 12);
    const willing = await donorNear(centre, 3);

    // A case near them asks neither: the invitation counts (the last ask: today's invitation).
    const { base } = await bloodCase(centre);
    const view = (await operator.request({ method: 'GET', url: `${base}/candidates` })).json() as CandidatesView;
    expect(view.candidates.map((c) => c.donor.id)).toEqual([willing.id]);
    const headline = Object.fromEntries(view.nearMisses.map((m) => [m.donor.id, m.exclusions[0]]));
    for (const donor of [camper, asked]) {
      expect(headline[donor.id]).toMatchObject({ code: 'fatigued', params: { count: 2, limit: 2, lastAskedDays: 0 } });
      expectProblem(
        await operator.request({ method: 'POST', url: `${base}/asks`, payload: { donorId: donor.id } }),
        409,
        'outreach_unavailable',
      );
    }

    // Another camp invites only the donor not yet asked twice, and says why the others were skipped.
    expect(await invite()).toMatchObject({ invited: 1, skipped: { contactLimit: 2 } });
    for (const donor of [camper, asked]) {
      expect((await outboxTo(donor.phone)).map((m) => m.purpose)).toEqual(['donor_ask']);
    }
    expect(await outboxTo(willing.phone)).toHaveLength(1);
  });
});

describe('a donor who withdraws consent after being asked', () => {
  it('is not sent the ask still waiting for the morning', async () => {
    const centre = nextCentre();
    const need = await bloodCase(centre, { critical: false });
    const donor = await donorNear(centre, 1);
    vi.setSystemTime(new Date('2026-12-08T17:30:00Z')); // 23:00 in Kolkata: the ask waits for 07:00
    try {
      const asked = await operator.request({
        method: 'POST',
        url: `${need.base}/asks`,
        payload: { donorId: donor.id },
      });
      expect(asked.statusCode, asked.body).toBe(200);
      expect((await outboxTo(donor.phone))[0]?.state).toBe('scheduled');

      const withdrawn = await operator.request({
        method: 'POST',
        url: `/api/v1/donors/${donor.id}/withdraw-consent`,
        payload: {},
      });
      expect(withdrawn.statusCode, withdrawn.body).toBe(200);
      expect((await outboxTo(donor.phone))[0]?.state).toBe('muted');
      const asks = (await operator.request({ method: 'GET', url: `${need.base}/asks` })).json() as AsksView;
      expect(asks.items[0]?.state).toBe('cancelled');
    } finally {
      vi.setSystemTime(new Date(noonIst.getTime() + 120_000));
    }
  });
});

describe('races', () => {
  it('two operators starting one need together start it once; asking one donor twice together asks once', async () => {
    const centre = nextCentre();
    for (let i = 1; i <= 5; i += 1) await donorNear(centre, i);
    const { caseId, base } = await bloodCase(centre);
    const coordinator = ctx.client('coordinatorKanpur');
    const both = await Promise.all([
      operator.request({ method: 'POST', url: `${base}/outreach`, payload: {} }),
      coordinator.request({ method: 'POST', url: `${base}/outreach`, payload: {} }),
    ]);
    expect(both.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    expect(await events(caseId, 'outreach_started')).toHaveLength(1);
    expect(await events(caseId, 'donor_asked')).toHaveLength(3);

    const other = nextCentre();
    const donor = await donorNear(other, 1);
    const direct = await bloodCase(other);
    const twice = await Promise.all(
      [operator, coordinator].map((c) =>
        c.request({ method: 'POST', url: `${direct.base}/asks`, payload: { donorId: donor.id } }),
      ),
    );
    expect(twice.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    expect(await outboxTo(donor.phone)).toHaveLength(1);
  });
});

describe('waves that widen', () => {
  it('widen when no one says yes in time, and finish once every unit is arranged', async () => {
    const centre = nextCentre();
    const db = ctx.database.db;
    const first = await donorNear(centre, 5);
    const second = await donorNear(centre, 15);
    const { caseId, needId, base } = await bloodCase(centre);
    const started = (
      await operator.request({ method: 'POST', url: `${base}/outreach`, payload: {} })
    ).json() as AsksView;
    expect(started.items.map((a) => a.donor.id)).toEqual([first.id]);
    const nextWaveAt = new Date(started.outreach.nextWaveAt ?? 0);
    expect(nextWaveAt.getTime() - Date.now()).toBeGreaterThan(9 * 60_000);
    expect(nextWaveAt.getTime() - Date.now()).toBeLessThanOrEqual(10 * 60_000);

    // Other tests' runs share the database: this need's own view says what the job did to it.
    const outreachOf = async () =>
      ((await operator.request({ method: 'GET', url: `${base}/asks` })).json() as AsksView).outreach;
    await advanceOutreach(db, links, new Date(nextWaveAt.getTime() - 1000));
    expect(await outreachOf()).toMatchObject({ state: 'running', wave: 1, radiusKm: 10 });
    await advanceOutreach(db, links, nextWaveAt);
    const widened = (await operator.request({ method: 'GET', url: `${base}/asks` })).json() as AsksView;
    expect(widened.outreach).toMatchObject({ state: 'running', wave: 2, radiusKm: 20 });
    expect(Object.fromEntries(widened.items.map((a) => [a.donor.id, a.state]))).toEqual({
      [first.id]: 'expired',
      [second.id]: 'sent',
    });
    const [event] = await events(caseId, 'outreach_widened');
    expect(event?.after).toMatchObject({ needId, wave: 2, radiusKm: 20, asked: 1, expired: 1 });

    // The second donor says yes (helper C2's answer path moves the ask), and the next check ends the run.
    await db.update(donorAsks).set({ state: 'matched' }).where(eq(donorAsks.donorId, second.id));
    const later = new Date(widened.outreach.nextWaveAt ?? 0);
    await advanceOutreach(db, links, later);
    const done = (await operator.request({ method: 'GET', url: `${base}/asks` })).json() as AsksView;
    expect(done.outreach).toMatchObject({ state: 'done', stopReason: 'all_units_arranged' });
    expect(done.need).toMatchObject({ unitsArranged: 1, unitsStillNeeded: 0 });
  });

  it('reach out to the furthest radius at once when nobody is nearer, and end there', async () => {
    const centre = nextCentre();
    const far = await donorNear(centre, 35);
    const { caseId, base } = await bloodCase(centre);
    const view = (await operator.request({ method: 'POST', url: `${base}/outreach`, payload: {} })).json() as AsksView;
    expect(view.items.map((a) => a.donor.id)).toEqual([far.id]);
    expect(view.outreach).toMatchObject({ wave: 4, radiusKm: 40 });

    const lonely = await bloodCase(nextCentre());
    const nobody = (
      await operator.request({ method: 'POST', url: `${lonely.base}/outreach`, payload: {} })
    ).json() as AsksView;
    expect(nobody.outreach).toMatchObject({ state: 'done', stopReason: 'max_radius_reached', radiusKm: 50 });
    expect(await events(lonely.caseId, 'outreach_exhausted')).toHaveLength(1);
    expect(await events(caseId, 'outreach_widened')).toHaveLength(1);
  });
});

describe('stopping', () => {
  it('an operator stops a need’s waves; closing the case stops the rest', async () => {
    const centre = nextCentre();
    const a = await donorNear(centre, 1);
    const first = await bloodCase(centre);
    await operator.request({ method: 'POST', url: `${first.base}/outreach`, payload: {} });
    const stopped = await operator.request({
      method: 'POST',
      url: `${first.base}/outreach/stop`,
      payload: { note: 'Family found a donor' },
    });
    expect(stopped.statusCode, stopped.body).toBe(200);
    expect((stopped.json() as AsksView).outreach).toMatchObject({ state: 'stopped', stopReason: 'operator' });
    expect((stopped.json() as AsksView).items.find((i) => i.donor.id === a.id)?.state).toBe('expired');
    expect((await events(first.caseId, 'outreach_stopped'))[0]).toMatchObject({
      actorId: ctx.world.operatorKanpur.id,
      note: 'Family found a donor',
    });
    expectProblem(
      await operator.request({ method: 'POST', url: `${first.base}/outreach/stop` }),
      409,
      'outreach_unavailable',
    );

    const other = nextCentre();
    await donorNear(other, 1);
    const second = await bloodCase(other, { critical: false });
    vi.setSystemTime(new Date('2026-12-08T17:30:00Z'));
    try {
      const started = (
        await operator.request({ method: 'POST', url: `${second.base}/outreach`, payload: {} })
      ).json() as AsksView;
      expect(started.items[0]?.state).toBe('queued');
      const closed = await operator.request({
        method: 'POST',
        url: `/api/v1/cases/${second.caseId}/transitions`,
        payload: { to: 'closed', closeReason: 'no_longer_needed' },
      });
      expect(closed.statusCode, closed.body).toBe(200);
    } finally {
      vi.setSystemTime(new Date(noonIst.getTime() + 120_000));
    }
    const after = (await operator.request({ method: 'GET', url: `${second.base}/asks` })).json() as AsksView;
    expect(after.outreach).toMatchObject({ state: 'stopped', stopReason: 'case_closed' });
    expect(after.items[0]?.state).toBe('cancelled');
    const [held] = await outboxTo(after.items[0] ? await phoneOfAsk(after.items[0].id) : '');
    expect(held?.state).toBe('muted');
    expect(after.can).toMatchObject({ ask: false, start: false, stop: false });
  });
});

async function phoneOfAsk(askId: string): Promise<string> {
  const [row] = await ctx.database.db.select({ phone: donorAsks.phone }).from(donorAsks).where(eq(donorAsks.id, askId));
  return row?.phone ?? '';
}

describe('who may match', () => {
  it('another organisation gets 404, a viewer 403, and a need that is not blood is blocked', async () => {
    const centre = nextCentre();
    const { base } = await bloodCase(centre);
    const prayagraj = ctx.client('operatorPrayagraj');
    for (const url of [`${base}/candidates`, `${base}/asks`]) {
      expectProblem(await prayagraj.request({ method: 'GET', url }), 404, 'not_found');
    }
    expectProblem(await prayagraj.request({ method: 'POST', url: `${base}/outreach`, payload: {} }), 404, 'not_found');
    expectProblem(await ctx.client('viewerA').request({ method: 'GET', url: `${base}/candidates` }), 403, 'forbidden');

    const oxygen = await bloodCase(nextCentre(), { resource: 'oxygen_cylinder' });
    const view = (await operator.request({ method: 'GET', url: `${oxygen.base}/candidates` })).json() as CandidatesView;
    expect(view).toMatchObject({ blocked: 'not_a_blood_need', candidates: [], nearMisses: [] });
    const refused = expectProblem(
      await operator.request({
        method: 'POST',
        url: `${oxygen.base}/outreach`,
        payload: {},
        headers: { 'accept-language': 'hi' },
      }),
      409,
      'outreach_unavailable',
    );
    expect(refused.detail).toContain('प्लाज़्मा');
  });
});
