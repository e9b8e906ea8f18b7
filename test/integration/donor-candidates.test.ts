// The one matching statement (db/queries/donor-candidates.ts): what it keeps, what it leaves out, its order.
import { eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../../src/server/db/client.js';
import {
  findDonorCandidates,
  readPlan,
  type DonorCandidateParams,
} from '../../src/server/db/queries/donor-candidates.js';
import { donors } from '../../src/server/db/schema/index.js';
import { addDays, kolkataDay } from '../../src/server/domain/blood/calendar.js';
import { compatibleDonorGroups } from '../../src/server/domain/outreach/need-products.js';
import { createDonor } from '../factories/donors.js';
import { useTestWorld } from '../support/setup.js';

const ctx = useTestWorld();
const now = new Date();
const today = kolkataDay(now);
const daysAgo = (days: number) => new Date(Math.floor(now.getTime() / 1000) * 1000 - days * 86_400_000);
const centre = { lat: 26.4499, lon: 80.3319 };
const ids: Record<string, string> = {};
const phones: Record<string, string> = {};

/** A donor `km` north of the centre (1° of latitude is 111.2 km on the sphere distanceKm uses). */
async function donorAt(key: string, km: number, over: Parameters<typeof createDonor>[3] = {}, other = false) {
  const db = ctx.database.db;
  const { id, phone } = other
    ? await createDonor(db, ctx.world.orgB.id, ctx.world.prayagraj, over)
    : await createDonor(db, ctx.world.orgA.id, ctx.world.kanpur, over);
  await db
    .update(donors)
    .set({ lat: centre.lat + km / 111.195, lon: centre.lon })
    .where(eq(donors.id, id));
  ids[key] = id;
  phones[key] = phone;
}

const params = (over: Partial<DonorCandidateParams> = {}): DonorCandidateParams => ({
  organisationId: ctx.world.orgA.id,
  districtCodes: null,
  ...compatibleDonorGroups({ group: 'B+' }, 'red_cells'),
  product: 'whole_blood',
  today,
  centre,
  radiusKm: 10,
  asksSince: daysAgo(30),
  excludeNeedId: null,
  limit: 50,
  ...over,
});

beforeAll(async () => {
  await donorAt('near', 2);
  await donorAt('nearer', 1, { bloodGroup: 'O-' });
  await donorAt('far', 30);
  await donorAt('incompatible', 1.5, { bloodGroup: 'A+' });
  await donorAt('ineligible', 1.2, { lastDonation: addDays(today, -30) });
  await donorAt('stopped', 1.1);
  await donorAt('withdrawn', 1.3);
  await donorAt('bombay', 1.4, { bloodGroup: 'B+', phenotype: 'bombay_oh' });
  await donorAt('plateletsOnly', 1.6, { products: ['platelets'] });
  // The same person registered with the other organisation: asks of either count against the phone.
  await donorAt('otherOrg', 1, { phone: phones.near ?? '' }, true);
  const db = ctx.database.db;
  await db
    .update(donors)
    .set({ optedOutAt: new Date() })
    .where(eq(donors.id, ids.stopped ?? ''));
  await db
    .update(donors)
    .set({ consentWithdrawnAt: new Date() })
    .where(eq(donors.id, ids.withdrawn ?? ''));
});

describe('findDonorCandidates', () => {
  it('keeps compatible, eligible, willing donors of the organisation inside the box, nearest first', async () => {
    const rows = await findDonorCandidates(ctx.database.db, params());
    expect(rows.map((r) => r.id)).toEqual([ids.nearer, ids.near]);
    expect(rows[0]?.distanceKm).toBeCloseTo(1, 3);
    expect(rows[1]).toMatchObject({ organisationName: ctx.world.orgA.name, asksInWindow: 0, lastAskedAt: null });
  });

  it('reads the same way whether it reads every group at once (an AB+ patient) or the RhD-negative ones (a B− one)', async () => {
    const everyGroup = await findDonorCandidates(
      ctx.database.db,
      params(compatibleDonorGroups({ group: 'AB+' }, 'red_cells')),
    );
    expect(everyGroup.map((r) => r.id)).toEqual([ids.nearer, ids.incompatible, ids.near]);
    const negative = await findDonorCandidates(
      ctx.database.db,
      params(compatibleDonorGroups({ group: 'B-' }, 'red_cells')),
    );
    expect(negative.map((r) => r.id)).toEqual([ids.nearer]);
    const twoNearest = await findDonorCandidates(
      ctx.database.db,
      params({ ...compatibleDonorGroups({ group: 'AB+' }, 'red_cells'), limit: 2 }),
    );
    expect(twoNearest.map((r) => r.id)).toEqual([ids.nearer, ids.incompatible]);
  });

  it('reads an RhD-negative patient’s donors on their own index: every compatible group, nearest first', async () => {
    // The other organisation's donors, so the donors above stay as they are: each RhD-negative group and a B+.
    const db = ctx.database.db;
    const at = async (group: 'O-' | 'A-' | 'B-' | 'AB-' | 'B+', km: number) => {
      await donorAt(`neg ${group}`, km, { bloodGroup: group }, true);
      return ids[`neg ${group}`];
    };
    const [oNeg, aNeg, bNeg, abNeg, bPos] = [
      await at('O-', 2),
      await at('A-', 0.5),
      await at('B-', 1.5),
      await at('AB-', 0.8),
      await at('B+', 0.2),
    ];
    const read = async (group: 'O-' | 'A-' | 'B-' | 'AB-') =>
      (
        await findDonorCandidates(
          db,
          params({ organisationId: ctx.world.orgB.id, ...compatibleDonorGroups({ group }, 'red_cells') }),
        )
      ).map((r) => r.id);
    expect(readPlan(compatibleDonorGroups({ group: 'AB-' }, 'red_cells').groups, null)).toBe('rh_negative');
    // The B+ donor, nearest of all, is never read for them.
    expect(await read('AB-')).toEqual([aNeg, abNeg, bNeg, oNeg]);
    expect((await findDonorCandidates(db, params({ organisationId: ctx.world.orgB.id })))[0]?.id).toBe(bPos);
    expect(await read('B-')).toEqual([bNeg, oNeg]);
    expect(await read('A-')).toEqual([aNeg, oNeg]);
    expect(await read('O-')).toEqual([oNeg]);
  });

  it('reads the product’s own eligibility day and the phenotype', async () => {
    const platelets = await findDonorCandidates(ctx.database.db, params({ product: 'platelets' }));
    expect(platelets.map((r) => r.id)).toContain(ids.plateletsOnly);
    expect(platelets.map((r) => r.id)).not.toContain(ids.near);
    const bombay = await findDonorCandidates(
      ctx.database.db,
      params(compatibleDonorGroups({ group: 'B+', phenotype: 'bombay_oh' }, 'red_cells')),
    );
    expect(bombay.map((r) => r.id)).toEqual([ids.bombay]);
  });

  it('counts asks by phone across organisations, leaves out donors asked for the need, limits and filters districts', async () => {
    const db = ctx.database.db;
    const [c] = rowsOf<{ id: string }>(
      await db.execute(sql`insert into cases (reference, channel, district_code, requester_phones, consent_to_share,
        computed_priority, priority_rank, first_message_at, response_due_at, fulfil_due_at)
        values ('T-DC-1', 'phone', ${ctx.world.kanpur}, '{}', true, 'normal', 2, now(), now(), now()) returning id`),
    );
    const [need] = rowsOf<{ id: string }>(
      await db.execute(sql`insert into case_needs (case_id, resource, blood_group) values (${c?.id}, 'blood', 'B+')
        returning id`),
    );
    const ask = (donorId: string, phone: string, at: string, state: string, org = ctx.world.orgA.id) =>
      db.execute(sql`insert into donor_asks (organisation_id, case_id, need_id, donor_id, phone, kind, state, asked_at)
        values (${org}, ${c?.id}, ${need?.id}, ${donorId}, ${phone}, 'direct', ${state}, ${at})`);
    await ask(ids.otherOrg ?? '', phones.near ?? '', daysAgo(10).toISOString(), 'no', ctx.world.orgB.id);
    await ask(ids.near ?? '', phones.near ?? '', daysAgo(20).toISOString(), 'expired');
    await ask(ids.nearer ?? '', phones.nearer ?? '', daysAgo(1).toISOString(), 'cancelled');
    const counted = await findDonorCandidates(db, params());
    expect(counted.find((r) => r.id === ids.near)).toMatchObject({ asksInWindow: 2 });
    expect(counted.find((r) => r.id === ids.near)?.lastAskedAt?.getTime()).toBe(daysAgo(10).getTime());
    expect(counted.find((r) => r.id === ids.nearer)).toMatchObject({ asksInWindow: 0, lastAskedAt: null });
    const outsideWindow = await findDonorCandidates(db, params({ asksSince: daysAgo(9) }));
    expect(outsideWindow.find((r) => r.id === ids.near)).toMatchObject({ asksInWindow: 0 });
    expect((await findDonorCandidates(db, params({ excludeNeedId: need?.id ?? null }))).map((r) => r.id)).toEqual([
      ids.nearer,
    ]);
    expect((await findDonorCandidates(db, params({ limit: 1 }))).map((r) => r.id)).toEqual([ids.nearer]);
    expect(await findDonorCandidates(db, params({ districtCodes: [ctx.world.unnao] }))).toEqual([]);
    expect(await findDonorCandidates(db, params({ groups: [] }))).toEqual([]);
  });

  it('takes in the far donor once the radius reaches them', async () => {
    const rows = await findDonorCandidates(ctx.database.db, params({ radiusKm: 40 }));
    expect(rows.at(-1)?.id).toBe(ids.far);
    expect(rows.at(-1)?.distanceKm).toBeCloseTo(30, 2);
  });

  it('flags a donor whose number sent STOP on a channel, so the rules never ask them', async () => {
    const db = ctx.database.db;
    await donorAt('channelStop', 1.7);
    await db.execute(sql`insert into opt_outs (address, channel) values (${phones.channelStop}, 'whatsapp')`);
    const rows = await findDonorCandidates(db, params());
    expect(rows.find((r) => r.id === ids.channelStop)).toMatchObject({ optedOut: true });
    expect(rows.find((r) => r.id === ids.near)).toMatchObject({ optedOut: false });
  });

  // The index orders donors on India's conic projection; its scale is 0.99–1.04, so at both ends of India donors
  // just inside the radius in every direction must come back, nearest first as on the ground, and one beyond it not.
  it.each([
    { place: 'Thiruvananthapuram', lat: 8.5241, lon: 76.9366 },
    { place: 'Srinagar', lat: 34.0837, lon: 74.7973 },
  ])('reads nearest first as on the ground in every direction near $place', async ({ lat, lon }) => {
    const db = ctx.database.db;
    const at = (km: number, bearingDeg: number) => {
      const d = km / 6371.0088;
      const b = (bearingDeg * Math.PI) / 180;
      const p1 = (lat * Math.PI) / 180;
      const p2 = Math.asin(Math.sin(p1) * Math.cos(d) + Math.cos(p1) * Math.sin(d) * Math.cos(b));
      const l2 =
        (lon * Math.PI) / 180 +
        Math.atan2(Math.sin(b) * Math.sin(d) * Math.cos(p1), Math.cos(d) - Math.sin(p1) * Math.sin(p2));
      return { lat: (p2 * 180) / Math.PI, lon: (l2 * 180) / Math.PI };
    };
    const placed = [
      { km: 9.9, bearing: 90 },
      { km: 9.8, bearing: 0 },
      { km: 9.7, bearing: 270 },
      { km: 9.6, bearing: 180 },
      { km: 9.5, bearing: 45 },
      { km: 3, bearing: 300 },
      { km: 11, bearing: 90 },
    ];
    const made: Array<{ id: string; km: number }> = [];
    for (const p of placed) {
      const { id } = await createDonor(db, ctx.world.orgB.id, ctx.world.prayagraj, { bloodGroup: 'AB-' });
      await db.update(donors).set(at(p.km, p.bearing)).where(eq(donors.id, id));
      made.push({ id, km: p.km });
    }
    const rows = await findDonorCandidates(
      db,
      params({
        organisationId: ctx.world.orgB.id,
        ...compatibleDonorGroups({ group: 'AB-' }, 'red_cells'),
        centre: { lat, lon },
      }),
    );
    const expected = made.filter((m) => m.km < 10).sort((a, b) => a.km - b.km);
    expect(rows.map((r) => r.id)).toEqual(expected.map((m) => m.id));
    rows.forEach((r, i) => expect(r.distanceKm).toBeCloseTo(expected[i]?.km ?? 0, 3));
  });
});
