// The donors who may be asked for a need, nearest first, in ONE statement (the benchmark measures it bare):
//
//   organisationId  whose donors (donors are never shared across organisations);
//   districtCodes   the districts of that organisation the asker reaches, or null for all of them;
//   groups          donor groups compatible with the recipient for the product (compatibleDonorGroups);
//   phenotype       the recipient's rare phenotype (only such donors), or null (only donors without one);
//   product         what the donor gives: eligible for it on `today` by the stored eligibility day;
//   today           the Kolkata day (YYYY-MM-DD) matching runs on;
//   centre          the patient's place; donors inside the circle of `radiusKm` around it on the projection, which
//                   reaches a little beyond the radius (the projection's scale is up to 1.04), so a few donors just
//                   beyond come back with their distance for the caller to judge;
//   asksSince       start of the fatigue window (30 days): asks of the donor's phone since then are counted,
//                   across organisations, cancelled ones (never sent) aside;
//   excludeNeedId   a need whose already-asked donors are left out (their asks are listed apart; an ask cancelled
//                   before it went out does not count), or null;
//   limit           how many, nearest first (ties by id, so pages are stable).
//
// Donors are read nearest-first on an index, never all within the radius (a dense city holds thousands): when most
// groups suit, in one read of the donor's place on India's conic projection (donors_matching_near_idx, migration
// 0013); for an RhD-negative patient's red cells, in one read of the RhD-negative donors alone (6 % of donors,
// donors_matching_rh_negative_idx, migration 0016); else (a rare phenotype, a rare mix) each compatible group on
// donors_matching_idx (migration 0010: the place moved far apart per group) and the reads merged; every index
// includes the filters' columns. The
// nearest `limit` are taken by plane distance (the same order as on the ground, to a fraction of a percent), then
// measured on the sphere. Consent withdrawn, the donor's STOP (the index leaves them out) and the channels' STOP
// list (folded into opted_out) are read here and judged again by the domain rules.
import { sql, type SQL } from 'drizzle-orm';
import type {
  AboRhGroup,
  Channel,
  DonorCategory,
  DonorProduct,
  EventDeferralKind,
  Language,
  LocationSource,
  RarePhenotype,
  RhKellAntigens,
  Sex,
} from '../../../shared/enums.js';
import type { IsoDay } from '../../domain/blood/calendar.js';
import { groupsShare } from '../../domain/blood/group-shares.js';
import type { LatLon } from '../../domain/geo/distance.js';
import type { DbOrTx } from '../client.js';
import { isEmbedded, rowsOfNamed } from '../prepared.js';
import { textArray } from '../sql-helpers.js';

export interface DonorCandidateParams {
  organisationId: string;
  districtCodes: readonly string[] | null;
  groups: readonly AboRhGroup[];
  phenotype: RarePhenotype | null;
  product: DonorProduct;
  today: IsoDay;
  centre: LatLon;
  radiusKm: number;
  asksSince: Date;
  excludeNeedId: string | null;
  limit: number;
}

/** A donor as matching reads them: who, where, how they answered, how often they were asked lately. */
export interface DonorCandidateRow {
  id: string;
  organisationId: string;
  organisationName: string;
  name: string;
  phone: string;
  bloodGroup: AboRhGroup | null;
  phenotype: RarePhenotype | null;
  antigens: RhKellAntigens;
  groupConfirmed: boolean;
  verified: boolean;
  category: DonorCategory;
  language: Language;
  preferredChannel: Channel;
  districtCode: string;
  locality: string | null;
  locationSource: LocationSource;
  lat: number;
  lon: number;
  /** Great-circle km from the centre (haversine, as domain/geo/distance.ts). */
  distanceKm: number;
  /** The stored day from which the donor may give the product; null: no known day, or not a product they give. */
  eligibleFrom: IsoDay | null;
  eligibilityAssumed: string[];
  contactFrom: number;
  contactTo: number;
  timesAsked: number;
  timesYes: number;
  timesNo: number;
  sex: Sex | null;
  dateOfBirth: IsoDay | null;
  deferrals: Array<{ kind: EventDeferralKind; date: string }>;
  pregnant: boolean;
  optedOut: boolean;
  consentWithdrawn: boolean;
  /** Asks of this phone since `asksSince`, every organisation's. */
  asksInWindow: number;
  /** The last ask of this phone, any organisation, any time. */
  lastAskedAt: Date | null;
}

const eligibleColumn: Record<DonorProduct, string> = {
  whole_blood: 'eligible_whole_blood_from',
  platelets: 'eligible_platelets_from',
  plasma: 'eligible_plasma_from',
};

/** Haversine in SQL over `d.lat`/`d.lon`, the same sphere as distanceKm(). */
export function distanceSql(centre: LatLon) {
  return sql`(2 * 6371.0088 * asin(least(1, sqrt(
    power(sin(radians(d.lat - ${centre.lat}::float8) / 2), 2)
    + cos(radians(${centre.lat}::float8)) * cos(radians(d.lat))
      * power(sin(radians(d.lon - ${centre.lon}::float8) / 2), 2)))))`;
}

/** The columns both matching reads return, over an inner `d` that carries distance_km and eligible_from. */
export const donorRowColumns = sql`d.id, d.organisation_id, o.name as organisation_name, d.name, d.phone,
  d.blood_group, d.phenotype, d.antigens, d.group_confirmed_at is not null as group_confirmed,
  d.verified_at is not null as verified, d.category, d.language, d.preferred_channel, d.district_code, d.locality,
  d.location_source, d.lat, d.lon, d.distance_km, d.eligible_from, d.eligibility_assumed, d.contact_from,
  d.contact_to, d.times_asked, d.times_yes, d.times_no, d.sex, d.date_of_birth, d.deferrals, d.pregnant,
  d.opted_out_at is not null
    or exists (select 1 from opt_outs s where s.address = d.phone) as opted_out,
  d.consent_withdrawn_at is not null as consent_withdrawn,
  coalesce(fa.n, 0) + coalesce(fi.n, 0) as asks_in_window, greatest(fa.last_at, fi.last_at) as last_asked_at`;

/**
 * The fatigue counts of `d.phone`, joined laterally: its asks for cases (index donor_asks_phone_idx) and its camp
 * invitations (index camp_invitations_phone_idx, migration 0015), which ask the donor to give blood too.
 */
export function askCountsJoin(asksSince: Date) {
  const since = sql`${asksSince.toISOString()}::timestamptz`;
  // Two plain aggregates, each on its index, rather than one over a UNION of both: fewer steps per donor read.
  return sql`left join lateral (
    select count(*) filter (where a.asked_at >= ${since})::int as n, max(a.asked_at) as last_at
    from donor_asks a where a.phone = d.phone and a.state <> 'cancelled'
  ) fa on true
  left join lateral (
    select count(*) filter (where i.invited_at >= ${since})::int as n, max(i.invited_at) as last_at
    from camp_invitations i where i.phone = d.phone
  ) fi on true`;
}

/** The inner select's column list (what donorRowColumns reads), with the product's eligibility day. */
export function innerDonorColumns(centre: LatLon, product: DonorProduct) {
  return sql`d.id, d.organisation_id, d.name, d.phone, d.blood_group, d.phenotype, d.antigens, d.group_confirmed_at,
    d.verified_at, d.category, d.language, d.preferred_channel, d.district_code, d.locality, d.location_source,
    d.lat, d.lon, d.eligibility_assumed, d.contact_from, d.contact_to, d.times_asked, d.times_yes, d.times_no, d.sex,
    d.date_of_birth, d.deferrals, d.pregnant, d.opted_out_at, d.consent_withdrawn_at,
    d.${sql.raw(eligibleColumn[product])} as eligible_from, ${distanceSql(centre)} as distance_km`;
}

/** How far the projection's circle reaches beyond the radius: its scale over India is at most 1.04. */
export const projectionScaleMargin = 1.04;

/**
 * The patient's place on the projection and the circle donors are read from. A scalar subquery, so it is worked out
 * once per statement: under a prepared statement's generic plan the projection (trigonometry) is not folded into a
 * constant, and written inline it was worked out again for every donor row read.
 */
export function nearSql(centre: LatLon, radiusKm: number) {
  const place = sql`(select india_lcc(${centre.lat}::float8, ${centre.lon}::float8))`;
  return { place, circle: sql`circle(${place}, ${radiusKm * projectionScaleMargin}::float8)` };
}

/**
 * Reading once, nearest first over every group with the group as a filter, beats one read per group when at least
 * this share of donors suits the recipient (AB+, B+, A+ and O+ patients: most patients); rarer groups are read each
 * on its own, or a read would pass over many donors of the wrong group first (measured: npm run bench).
 */
export const oneReadShare = 0.25;

/**
 * The groups donors_matching_rh_negative_idx holds (migration 0016), as its predicate names them: a recipient who
 * takes only these (an RhD-negative patient's red cells) is read there in one read, nearest first, the group a filter.
 */
export const rhNegativeGroups: readonly AboRhGroup[] = ['A-', 'B-', 'AB-', 'O-'];
/** The index's predicate word for word, so the planner sees at once that the partial index answers the read. */
const rhNegativePredicate = sql.raw(`d.blood_group in ('A-', 'B-', 'AB-', 'O-')`);

/** How the nearest suitable donors are read: one read of every donor, one of the RhD-negative ones, or one per group. */
export function readPlan(
  groups: readonly AboRhGroup[],
  phenotype: RarePhenotype | null,
): 'near' | 'rh_negative' | 'per_group' {
  if (phenotype !== null) return 'per_group';
  if (groupsShare(groups) >= oneReadShare) return 'near';
  if (
    groups.every((g) => rhNegativeGroups.includes(g)) &&
    groupsShare(groups) >= oneReadShare * groupsShare(rhNegativeGroups)
  )
    return 'rh_negative';
  return 'per_group';
}

/** The statement itself, for findDonorCandidates and for measuring it bare (npm run bench); null: nothing to read. */
export function donorCandidatesSql(params: DonorCandidateParams): SQL | null {
  if (params.groups.length === 0 || params.limit <= 0) return null;
  const eligible = sql.raw(`d.${eligibleColumn[params.product]}`);
  // Every filter reads columns the matching indexes include, so the table is visited only for the `limit` nearest.
  const willing = sql`d.consent_withdrawn_at is null and d.opted_out_at is null
    and d.organisation_id = ${params.organisationId}::uuid
    and ${eligible} <= ${params.today}
    and ${params.phenotype === null ? sql`d.phenotype is null` : sql`d.phenotype = ${params.phenotype}`}
    ${params.districtCodes === null ? sql`` : sql`and d.district_code = any(${textArray(params.districtCodes)})`}
    ${
      params.excludeNeedId === null
        ? sql``
        : sql`and d.id <> all(array(select x.donor_id from donor_asks x
            where x.need_id = ${params.excludeNeedId}::uuid and x.state <> 'cancelled'))`
    }`;
  let nearest: SQL;
  const plan = readPlan(params.groups, params.phenotype);
  if (plan !== 'per_group') {
    // One read on donors_matching_near_idx (migration 0013), or donors_matching_rh_negative_idx (0016).
    const near = nearSql(params.centre, params.radiusKm);
    nearest = sql`select d.id, d.place <-> ${near.place} as plane
      from donors d
      where ${willing} and d.place <@ ${near.circle} and d.blood_group = any(${textArray(params.groups)})
        ${plan === 'rh_negative' ? sql`and ${rhNegativePredicate}` : sql``}
      order by d.place <-> ${near.place}
      limit ${params.limit}`;
  } else {
    // Per compatible group, the nearest on donors_matching_idx, the reads merged. Each group's place is worked out
    // once, beside its group (as nearSql's).
    const target = sql`g.place`;
    nearest = sql`select n.id, n.plane
      from (
        select donor_match_place(${params.centre.lat}::float8, ${params.centre.lon}::float8, grp) as place
        from unnest(${textArray(params.groups)}) grp
      ) g
      cross join lateral (
        select d.id, d.match_place <-> ${target} as plane
        from donors d
        where ${willing} and d.match_place <@ circle(${target}, ${params.radiusKm * projectionScaleMargin}::float8)
        order by d.match_place <-> ${target}
        limit ${params.limit}
      ) n
      order by n.plane, n.id
      limit ${params.limit}`;
  }
  return sql`select ${donorRowColumns}
    from (
      select ${innerDonorColumns(params.centre, params.product)}
      from (${nearest}) n
      join donors d on d.id = n.id
    ) d
    join organisations o on o.id = d.organisation_id
    ${askCountsJoin(params.asksSince)}
    order by d.distance_km, d.id`;
}

export async function findDonorCandidates(db: DbOrTx, params: DonorCandidateParams): Promise<DonorCandidateRow[]> {
  const statement = donorCandidatesSql(params);
  if (!statement) return [];
  // Planning this statement took a fifth of its time: prepared, it is planned once per shape and connection. On the
  // embedded database each row comes as one JSON text: its driver parses every field of every row in JavaScript on
  // the app's own thread, and 60 rows of 35 fields cost it more than the read itself. PostgreSQL's driver reads the
  // fields as they are faster than the server writes and the app parses JSON (1.64 against 2.03 ms at the median
  // over 1,000,000 bench donors).
  if (!isEmbedded(db)) {
    return (await rowsOfNamed<RawDonorRow>(db, 'donor_candidates_rows', statement)).map(toDonorCandidateRow);
  }
  const rows = await rowsOfNamed<{ row: string }>(
    db,
    'donor_candidates',
    sql`select row_to_json(c)::text as row from (${statement}) c order by c.distance_km, c.id`,
  );
  return rows.map((r) => toDonorCandidateRow(JSON.parse(r.row) as RawDonorRow));
}

/** A row as the driver gives it (PGlite and node-postgres differ on timestamps and floats: both are normalised). */
export interface RawDonorRow {
  id: string;
  organisation_id: string;
  organisation_name: string;
  name: string;
  phone: string;
  blood_group: AboRhGroup | null;
  phenotype: RarePhenotype | null;
  antigens: RhKellAntigens | null;
  group_confirmed: boolean;
  verified: boolean;
  category: DonorCategory;
  language: Language;
  preferred_channel: Channel;
  district_code: string;
  locality: string | null;
  location_source: LocationSource;
  lat: number | string;
  lon: number | string;
  distance_km: number | string;
  eligible_from: string | null;
  eligibility_assumed: string[] | null;
  contact_from: number;
  contact_to: number;
  times_asked: number;
  times_yes: number;
  times_no: number;
  sex: Sex | null;
  date_of_birth: string | null;
  deferrals: Array<{ kind: EventDeferralKind; date: string }> | null;
  pregnant: boolean;
  opted_out: boolean;
  consent_withdrawn: boolean;
  asks_in_window: number | string;
  last_asked_at: Date | string | null;
}

export function toDonorCandidateRow(r: RawDonorRow): DonorCandidateRow {
  return {
    id: r.id,
    organisationId: r.organisation_id,
    organisationName: r.organisation_name,
    name: r.name,
    phone: r.phone,
    bloodGroup: r.blood_group,
    phenotype: r.phenotype,
    antigens: r.antigens ?? {},
    groupConfirmed: r.group_confirmed,
    verified: r.verified,
    category: r.category,
    language: r.language,
    preferredChannel: r.preferred_channel,
    districtCode: r.district_code,
    locality: r.locality,
    locationSource: r.location_source,
    lat: Number(r.lat),
    lon: Number(r.lon),
    distanceKm: Number(r.distance_km),
    eligibleFrom: r.eligible_from,
    eligibilityAssumed: r.eligibility_assumed ?? [],
    contactFrom: Number(r.contact_from),
    contactTo: Number(r.contact_to),
    timesAsked: Number(r.times_asked),
    timesYes: Number(r.times_yes),
    timesNo: Number(r.times_no),
    sex: r.sex,
    dateOfBirth: r.date_of_birth,
    deferrals: r.deferrals ?? [],
    pregnant: r.pregnant,
    optedOut: r.opted_out,
    consentWithdrawn: r.consent_withdrawn,
    asksInWindow: Number(r.asks_in_window),
    lastAskedAt: r.last_asked_at === null ? null : new Date(r.last_asked_at),
  };
}
