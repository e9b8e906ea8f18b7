// Synthetic donors for the matching benchmark: spread over every district's towns (data/gazetteer), half of them in
// the big cities, with India's blood-group frequencies, a spread of eligibility days, some verified, a few who sent
// STOP. Written by the database itself (generate_series), so a million rows take seconds, not minutes.
import { readFileSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import type { Db } from '../src/server/db/client.js';
import { rowsOf } from '../src/server/db/client.js';

/** Districts whose towns get half of all donors: where most donors live. */
export const benchCityDistricts = [
  'UP-KANPUR-NAGAR',
  'UP-LUCKNOW',
  'UP-PRAYAGRAJ',
  'UP-VARANASI',
  'UP-AGRA',
  'UP-GHAZIABAD',
  'BR-PATNA',
  'CT-RAIPUR',
  'CT-BILASPUR',
  'DL-NEW-DELHI',
  'GJ-AHMEDABAD',
  'GJ-SURAT',
  'KA-BENGALURU-U',
  'MP-BHOPAL',
  'MP-INDORE',
  'MH-NAGPUR',
  'MH-PUNE',
  'RJ-JAIPUR',
  'TN-CHENNAI',
  'TG-HYDERABAD',
  'WB-KOLKATA',
];

interface Coordinates {
  places: Record<string, [number, number]>;
  localities: Record<string, [number, number]>;
}

/** Every town and locality with its district: the points donors are scattered around. */
export function benchPlaces(): Array<{ district: string; lat: number; lon: number; city: boolean }> {
  const file = JSON.parse(
    readFileSync(new URL('../data/gazetteer/coordinates.json', import.meta.url), 'utf8'),
  ) as Coordinates;
  const cities = new Set(benchCityDistricts);
  return Object.entries({ ...file.places, ...file.localities }).flatMap(([key, [lat, lon]]) => {
    const district = key.split('|')[1];
    return district && district !== '-' ? [{ district, lat, lon, city: cities.has(district) }] : [];
  });
}

/** Adds `count` donors to the organisation; returns how many it holds afterwards. */
export async function seedDonors(db: Db, organisationId: string, count: number): Promise<number> {
  const places = benchPlaces();
  await db.execute(sql`create temporary table if not exists bench_places
    (i int, district text, lat float8, lon float8, city boolean)`);
  await db.execute(sql`truncate bench_places`);
  const values = places.map((p, i) => sql`(${i}, ${p.district}, ${p.lat}, ${p.lon}, ${p.city})`);
  for (let i = 0; i < values.length; i += 1000) {
    await db.execute(sql`insert into bench_places values ${sql.join(values.slice(i, i + 1000), sql`, `)}`);
  }
  // Only districts the reference data knows (the gazetteer has a few it does not).
  await db.execute(
    sql`delete from bench_places p where not exists (select 1 from districts d where d.code = p.district)`,
  );
  await db.execute(sql`create temporary table if not exists bench_city_places as
    select row_number() over () - 1 as i, district, lat, lon from bench_places where city`);
  await db.execute(sql`create temporary table if not exists bench_all_places as
    select row_number() over () - 1 as i, district, lat, lon from bench_places`);
  await db.execute(sql`create index if not exists bench_city_places_i on bench_city_places (i)`);
  await db.execute(sql`create index if not exists bench_all_places_i on bench_all_places (i)`);
  const [sizes] = rowsOf<{ all: number; city: number; existing: number }>(
    await db.execute(sql`select (select count(*)::int from bench_all_places) as all,
      (select count(*)::int from bench_city_places) as city,
      (select count(*)::int from donors where organisation_id = ${organisationId}::uuid) as existing`),
  );
  const start = sizes?.existing ?? 0;
  const chunk = 100_000;
  for (let from = start; from < start + count; from += chunk) {
    const to = Math.min(start + count, from + chunk) - 1;
    // Groups by Indian frequencies (B+ 32 %, O+ 29 %, A+ 21 %, AB+ 8 %, negatives 1–2 % each, rounded to 100);
    // a donor's eligibility day falls between 90 days ago and 90 days ahead; 40 % verified; 2 % sent STOP; points
    // are jittered up to about 6 km around their town.
    await db.execute(sql`
      insert into donors (organisation_id, phone, name, sex, date_of_birth, weight_band, blood_group, district_code,
        lat, lon, location_source, products, category, language, preferred_channel, consent_purpose, consent_at,
        consent_channel, opted_out_at, source, verified_at, eligible_whole_blood_from, eligible_plasma_from,
        eligibility_rule_set, eligibility_decided_at, times_asked, times_yes)
      select ${organisationId}::uuid,
        '+91' || (7000000000 + g)::text,
        'Bench donor ' || g,
        case when g % 4 = 0 then 'female' else 'male' end,
        (date '1970-01-01' + ((g * 7919) % 14000)::int)::text,
        '>55',
        case when r.grp < 32 then 'B+' when r.grp < 61 then 'O+' when r.grp < 82 then 'A+' when r.grp < 90 then 'AB+'
             when r.grp < 93 then 'B-' when r.grp < 96 then 'O-' when r.grp < 98 then 'A-' else 'AB-' end,
        p.district,
        p.lat + ((g * 37) % 1000 - 500) / 9000.0,
        p.lon + ((g * 53) % 1000 - 500) / 9000.0,
        'pincode',
        case when g % 10 = 0 then array['whole_blood', 'plasma'] else array['whole_blood'] end,
        case when g % 3 = 0 then 'police' else 'citizen' end,
        case when g % 5 = 0 then 'en' else 'hi' end,
        'whatsapp',
        'Blood donation requests from Sahayata',
        now(), 'web',
        case when g % 50 = 0 then now() end,
        'import',
        case when g % 5 < 2 then now() end,
        (current_date + ((g * 31) % 181 - 90)::int)::text,
        (current_date + ((g * 17) % 181 - 90)::int)::text,
        'NBTC-2017/DC-2020/COVID-2021-05', now(), g % 4, g % 3
      from generate_series(${from}::bigint, ${to}::bigint) g
      cross join lateral (select (g * 2654435761::bigint % 100)::int as grp, (g * 40503::bigint % 1000) < 500 as in_city) r
      join bench_city_places c on c.i = (g * 7::bigint) % ${sizes?.city ?? 1}
      join bench_all_places a on a.i = (g * 13::bigint) % ${sizes?.all ?? 1}
      cross join lateral (select case when r.in_city then c.district else a.district end as district,
        case when r.in_city then c.lat else a.lat end as lat,
        case when r.in_city then c.lon else a.lon end as lon) p
      on conflict do nothing`);
  }
  // As autovacuum leaves a table at rest: statistics, and the visibility map the index-only reads rely on.
  await db.execute(sql`vacuum analyze donors`);
  const [after] = rowsOf<{ n: number }>(
    await db.execute(sql`select count(*)::int as n from donors where organisation_id = ${organisationId}::uuid`),
  );
  return after?.n ?? 0;
}
