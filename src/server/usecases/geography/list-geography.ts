import { asc, eq } from 'drizzle-orm';
import type { DistrictView, StateView } from '../../../shared/contracts/geography.js';
import type { Db } from '../../db/client.js';
import { districts, states } from '../../db/schema/index.js';

export async function listStates(db: Db): Promise<StateView[]> {
  return db
    .select({ code: states.code, name: states.name, nameHi: states.nameHi, kind: states.kind })
    .from(states)
    .orderBy(asc(states.name));
}

export async function listDistricts(db: Db, stateCode?: string): Promise<DistrictView[]> {
  return db
    .select({
      code: districts.code,
      lgd: districts.lgd,
      state: districts.stateCode,
      name: districts.name,
      nameHi: districts.nameHi,
      lat: districts.lat,
      lon: districts.lon,
    })
    .from(districts)
    .where(stateCode ? eq(districts.stateCode, stateCode) : undefined)
    .orderBy(asc(districts.name));
}
