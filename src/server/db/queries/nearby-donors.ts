// Every donor of an organisation near the patient, whatever their group, eligibility or wishes, nearest first: what
// the case page shows as near misses, with the reasons the rules give. The candidates themselves come from
// donor-candidates.ts (the one statement the benchmark measures); this read is bounded by its limit.
import { sql } from 'drizzle-orm';
import type { DonorAskState, DonorProduct, EligibilityReasonCode } from '../../../shared/enums.js';
import type { LatLon } from '../../domain/geo/distance.js';
import { rowsOf, type DbOrTx } from '../client.js';
import { textArray } from '../sql-helpers.js';
import {
  askCountsJoin,
  donorRowColumns,
  innerDonorColumns,
  nearSql,
  toDonorCandidateRow,
  type DonorCandidateRow,
  type RawDonorRow,
} from './donor-candidates.js';

export interface NearbyDonorParams {
  organisationId: string;
  districtCodes: readonly string[] | null;
  product: DonorProduct;
  centre: LatLon;
  radiusKm: number;
  asksSince: Date;
  needId: string;
  limit: number;
  /** Only this donor, wherever they are (an operator chose them): the box is not applied. */
  donorId?: string;
}

export interface NearbyDonorRow extends DonorCandidateRow {
  products: DonorProduct[];
  eligibilityReasons: Array<{ code: EligibilityReasonCode; params: Record<string, string | number> }>;
  /** This donor's ask for the need, if any. */
  askState: DonorAskState | null;
}

export async function findNearbyDonors(db: DbOrTx, params: NearbyDonorParams): Promise<NearbyDonorRow[]> {
  const near = nearSql(params.centre, params.radiusKm);
  // Nearest-first on donors_nearby_idx (every donor, any group or wish), then the rows themselves.
  const result = await db.execute(sql`select ${donorRowColumns}, d.products,
      coalesce(d.eligibility -> ${params.product} -> 'reasons', '[]'::jsonb) as eligibility_reasons,
      (select x.state from donor_asks x where x.need_id = ${params.needId}::uuid and x.donor_id = d.id) as ask_state
    from (
      select ${innerDonorColumns(params.centre, params.product)}, d.products, d.eligibility
      from (
        select d.id from donors d
        where d.organisation_id = ${params.organisationId}::uuid
          ${params.donorId ? sql`and d.id = ${params.donorId}::uuid` : sql`and d.place <@ ${near.circle}`}
          ${params.districtCodes === null ? sql`` : sql`and d.district_code = any(${textArray(params.districtCodes)})`}
        order by d.place <-> ${near.place}
        limit ${params.limit}
      ) n
      join donors d on d.id = n.id
      order by distance_km, d.id
    ) d
    join organisations o on o.id = d.organisation_id
    ${askCountsJoin(params.asksSince)}
    order by d.distance_km, d.id`);
  return rowsOf<
    RawDonorRow & {
      products: DonorProduct[];
      eligibility_reasons: NearbyDonorRow['eligibilityReasons'];
      ask_state: DonorAskState | null;
    }
  >(result).map((r) => ({
    ...toDonorCandidateRow(r),
    products: r.products,
    eligibilityReasons: r.eligibility_reasons,
    askState: r.ask_state,
  }));
}
