// Matching one blood need over many synthetic donors (issue #12): the app's matching (the candidates statement with
// the STOP lists and fatigue counts, the rules and the ranking: usecases/outreach/match-need.ts) against the bare SQL
// a person would write for the same answer (the nearest willing donors eligible today on the matching indexes, read
// as the app reads them, the nearest 60 with their asks and camp invitations in 30 days and STOP), on the same data in the same run, one after the
// other from the same centres. Both run as named prepared statements (planned once, as the app's read is), so the
// bare figure is the best the database does with that statement.
import { performance } from 'node:perf_hooks';
import { sql } from 'drizzle-orm';
import type { Database } from '../src/server/db/client.js';
import { rowsOf } from '../src/server/db/client.js';
import { rowsOfNamed } from '../src/server/db/prepared.js';
import { readPlan } from '../src/server/db/queries/donor-candidates.js';
import { defaultBloodPolicy } from '../src/server/domain/blood/blood-policy.js';
import { kolkataDay } from '../src/server/domain/blood/calendar.js';
import { compatibleDonorGroups } from '../src/server/domain/outreach/need-products.js';
import { matchNeed } from '../src/server/usecases/outreach/match-need.js';
import type { NeedContext } from '../src/server/usecases/outreach/need-context.js';
import type { AboRhGroup } from '../src/shared/enums.js';
import { benchPlaces, seedDonors } from './seed-donors.js';

export interface MatchingFigures {
  donors: number;
  runs: number;
  app: { p50: number; p95: number; meanRows: number };
  bare: { p50: number; p95: number; meanRows: number };
  /** The app's p95 for each recipient group: the rarer groups are read group by group, the slower path. */
  appByGroup: Array<{ group: AboRhGroup; p95: number }>;
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

export async function benchDonorMatching(database: Database, donorCount: number, runs = 400): Promise<MatchingFigures> {
  const { db } = database;
  const [org] = rowsOf<{ id: string }>(
    await db.execute(sql`insert into organisations (name, kind, districts)
      values ('Bench blood donors network', 'ngo', (select array_agg(code) from districts))
      on conflict (name) do update set updated_at = now() returning id`),
  );
  if (!org) throw new Error('no bench organisation');
  const started = Date.now();
  const total = await seedDonors(db, org.id, donorCount);
  process.stdout.write(`  (${total} synthetic donors ready in ${((Date.now() - started) / 1000).toFixed(1)} s)\n`);

  // Patients are where people are: in the towns of the big cities half the time.
  const places = benchPlaces();
  const cityPlaces = places.filter((p) => p.city);
  const groups: AboRhGroup[] = ['B+', 'O+', 'A+', 'AB+', 'B-', 'O-', 'A-', 'AB-'];
  const now = new Date();
  const today = kolkataDay(now);
  const radiusKm = defaultBloodPolicy.radiusKm.start;
  const trials = Array.from({ length: runs }, (_, i) => {
    const from = i % 2 === 0 ? cityPlaces : places;
    const place = from[(i * 7919) % from.length] ?? places[0]!;
    // Each group in the cities and outside them alike (indexed by i alone, the even groups were only ever asked for
    // in cities and the odd ones never).
    return { centre: { lat: place.lat, lon: place.lon }, group: groups[Math.floor(i / 2) % groups.length]! };
  });

  const app: number[] = [];
  const appGroup: AboRhGroup[] = [];
  const bare: number[] = [];
  let appRows = 0;
  let bareRows = 0;
  for (const [i, trial] of trials.entries()) {
    const context = {
      caseRow: { id: '00000000-0000-4000-8000-000000000001', transfusionDate: null },
      need: { id: '00000000-0000-4000-8000-000000000000' },
      products: { product: 'red_cells', donorProduct: 'whole_blood' },
      recipient: { group: trial.group },
      organisation: { id: org.id, name: 'Bench blood donors network' },
      donorDistricts: null,
      centre: { ...trial.centre, source: 'pincode' },
      policy: defaultBloodPolicy,
      convalescent: false,
    } as unknown as NeedContext;
    const { groups: donorGroups } = compatibleDonorGroups({ group: trial.group }, 'red_cells');
    // The patient's place worked out once per statement, as the app does: both run prepared, and in a generic plan
    // an inline projection is worked out again for every row.
    const target = sql`g.place`;
    const place = sql`(select india_lcc(${trial.centre.lat}::float8, ${trial.centre.lon}::float8))`;
    const groupList = sql.raw(`array[${donorGroups.map((g) => `'${g}'`).join(',')}]`);
    const willing = sql`consent_withdrawn_at is null and opted_out_at is null
      and organisation_id = ${org.id}::uuid and eligible_whole_blood_from <= ${today} and phenotype is null`;
    // The same choice the app makes: one read when most groups suit the recipient (of every donor, or of the
    // RhD-negative ones on their own index), else one per group.
    const plan = readPlan(donorGroups, null);
    const nearest =
      plan !== 'per_group'
        ? sql`select id, place <-> ${place} as plane from donors
            where ${willing} and place <@ circle(${place}, ${radiusKm * 1.04}::float8) and blood_group = any(${groupList})
              ${plan === 'rh_negative' ? sql.raw(`and blood_group in ('A-', 'B-', 'AB-', 'O-')`) : sql``}
            order by place <-> ${place} limit 60`
        : sql`select n.id, n.plane from (select donor_match_place(${trial.centre.lat}::float8,
              ${trial.centre.lon}::float8, grp) as place from unnest(${groupList}) grp) g
            cross join lateral (select id, match_place <-> ${target} as plane from donors
              where ${willing} and match_place <@ circle(${target}, ${radiusKm * 1.04}::float8)
              order by match_place <-> ${target} limit 60) n
            order by n.plane limit 60`;
    const bareQuery = sql`select d.id, d.phone, d.blood_group, d.lat, d.lon,
        (2 * 6371.0088 * asin(least(1, sqrt(power(sin(radians(d.lat - ${trial.centre.lat}::float8) / 2), 2)
          + cos(radians(${trial.centre.lat}::float8)) * cos(radians(d.lat))
          * power(sin(radians(d.lon - ${trial.centre.lon}::float8) / 2), 2))))) as distance_km,
        (select count(*) from donor_asks a where a.phone = d.phone and a.state <> 'cancelled'
          and a.asked_at >= now() - interval '30 days')
          + (select count(*) from camp_invitations i where i.phone = d.phone
            and i.invited_at >= now() - interval '30 days') as asks,
        exists (select 1 from opt_outs s where s.address = d.phone) as stopped
      from (${nearest}) n
      join donors d on d.id = n.id
      order by distance_km`;
    // Alternate which goes first, so neither always finds the pages the other warmed.
    const measureApp = async () => {
      const t = performance.now();
      const plan = await matchNeed(db, context, radiusKm, now, { nearMisses: false });
      app.push(performance.now() - t);
      appGroup.push(trial.group);
      appRows += plan.candidates.length;
    };
    const measureBare = async () => {
      const t = performance.now();
      const rows = await rowsOfNamed(db, 'bench_bare_matching', bareQuery);
      bare.push(performance.now() - t);
      bareRows += rows.length;
    };
    if (i % 2 === 0) {
      await measureApp();
      await measureBare();
    } else {
      await measureBare();
      await measureApp();
    }
  }
  // The first tenth warms the caches and the plans: left out of both.
  const warm = Math.floor(runs / 10);
  const a = app.slice(warm).sort((x, y) => x - y);
  const b = bare.slice(warm).sort((x, y) => x - y);
  const byGroup = groups.map((group) => ({
    group,
    p95: percentile(
      app
        .slice(warm)
        .filter((_, i) => appGroup[warm + i] === group)
        .sort((x, y) => x - y),
      95,
    ),
  }));
  return {
    donors: total,
    appByGroup: byGroup,
    runs: a.length,
    app: { p50: percentile(a, 50), p95: percentile(a, 95), meanRows: appRows / runs },
    bare: { p50: percentile(b, 50), p95: percentile(b, 95), meanRows: bareRows / runs },
  };
}

export function printMatching(title: string, f: MatchingFigures): void {
  const row = (name: string, r: MatchingFigures['app'], share: string) =>
    process.stdout.write(
      `  ${name.padEnd(44)} ${r.p50.toFixed(2).padStart(8)} ${r.p95.toFixed(2).padStart(8)} ${r.meanRows.toFixed(0).padStart(7)}  ${share}\n`,
    );
  process.stdout.write(`\n${title}: matching one need over ${f.donors} donors, ${f.runs} needs\n`);
  process.stdout.write(
    `  ${'path'.padEnd(44)} ${'p50 ms'.padStart(8)} ${'p95 ms'.padStart(8)} ${'rows'.padStart(7)}\n`,
  );
  row(
    'app: matchNeed (query + STOP list + rules + rank)',
    f.app,
    `p95 ${(f.app.p95 / Math.max(0.001, f.bare.p95)).toFixed(2)}× bare`,
  );
  row('  ↳ bare SQL (nearest 60 by group, eligible, asks)', f.bare, '');
  process.stdout.write(
    `  app p95 by recipient group: ${f.appByGroup.map((g) => `${g.group} ${g.p95.toFixed(2)}`).join(' · ')}\n`,
  );
}
