// Turns the place names read in a message into one of our district codes, preferring the districts of the
// organisation the message reached when a name is ambiguous (Bilaspur is in two states).
import { matchDistrict, type StatePlace } from '../../../shared/match-district.js';
import type { Understanding } from '../../../shared/contracts/understanding.js';
import type { DbOrTx } from '../../db/client.js';
import { states } from '../../db/schema/index.js';
import { districtDirectory } from '../geography/district-directory.js';

let stateList: Promise<StatePlace[]> | null = null;

function statesOf(db: DbOrTx): Promise<StatePlace[]> {
  stateList ??= db
    .select({ code: states.code, name: states.name, nameHi: states.nameHi })
    .from(states)
    .then((rows) => {
      if (rows.length === 0) stateList = null;
      return rows;
    });
  return stateList;
}

export async function placeToDistrict(
  db: DbOrTx,
  location: Understanding['location'],
  preferred: readonly string[],
): Promise<string | null> {
  if (!location.district && !location.city) return null;
  const districts = [...(await districtDirectory(db)).values()].map((d) => ({
    code: d.code,
    state: d.stateCode,
    name: d.name,
    nameHi: d.nameHi,
  }));
  return matchDistrict(location, districts, await statesOf(db), preferred);
}
