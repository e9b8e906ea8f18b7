// Turns the place names read in a message into one of our district codes, preferring the districts of the
// organisation the message reached when a name is ambiguous (Bilaspur is in two states).
import { matchDistrict, type DistrictPlace, type StatePlace } from '../../../shared/match-district.js';
import type { Understanding } from '../../../shared/contracts/understanding.js';
import type { DbOrTx } from '../client.js';
import { states } from '../schema/index.js';
import { districtDirectory } from './districts.js';

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
  return matchDistrict(location, await placesOf(db), await statesOf(db), preferred);
}

let places: { from: Map<string, unknown>; list: DistrictPlace[] } | null = null;

/** The directory as the matcher wants it, built once per directory (so its normalised names are kept too). */
async function placesOf(db: DbOrTx): Promise<DistrictPlace[]> {
  const directory = await districtDirectory(db);
  if (places?.from !== directory) {
    const list = [...directory.values()].map((d) => ({
      code: d.code,
      state: d.stateCode,
      name: d.name,
      nameHi: d.nameHi,
    }));
    places = { from: directory, list };
  }
  return places.list;
}
