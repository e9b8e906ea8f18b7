/** Places as the geography API gives them. */
export interface DistrictPlace {
  code: string;
  state: string;
  name: string;
  nameHi: string;
}
export interface StatePlace {
  code: string;
  name: string;
  nameHi: string;
}

export interface PlaceNames {
  city: string | null;
  district: string | null;
  state: string | null;
}

const normalise = (text: string) =>
  text
    .normalize('NFKC')
    .toLocaleLowerCase('en')
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, ' ')
    .trim();

const namesCache = new WeakMap<readonly DistrictPlace[], (d: DistrictPlace) => string[]>();

/** Each district's names, normalised once per list (the server matches every incoming message against 781). */
function normalisedNames(districts: readonly DistrictPlace[]): (d: DistrictPlace) => string[] {
  let names = namesCache.get(districts);
  if (!names) {
    const byCode = new Map(districts.map((d) => [d.code, [normalise(d.name), normalise(d.nameHi)]]));
    names = (d) => byCode.get(d.code) ?? [normalise(d.name), normalise(d.nameHi)];
    namesCache.set(districts, names);
  }
  return names;
}

/** Districts named after a city ("Kanpur Nagar", "Bengaluru Urban") hold the city itself. */
const cityDistrictWords = ['nagar', 'urban', 'city', 'नगर'];

/**
 * The district code for the place names the understanding engine found: its district, else its city, matched
 * to the geography list in English or Hindi, inside its state when one is named. Ties go to the districts the
 * operator works in, then to the one named after the city. Null when nothing matches: the operator chooses.
 */
export function matchDistrict(
  place: PlaceNames,
  districts: readonly DistrictPlace[],
  states: readonly StatePlace[],
  preferred: readonly string[] = [],
): string | null {
  const stateName = place.state ? normalise(place.state) : '';
  const state = states.find(
    (s) => stateName !== '' && [s.code, s.name, s.nameHi].some((name) => normalise(name) === stateName),
  );
  const pool = state ? districts.filter((d) => d.state === state.code) : districts;
  const names = normalisedNames(districts);
  const pick = (candidates: DistrictPlace[]) =>
    candidates.find((d) => preferred.includes(d.code)) ??
    candidates.find((d) => names(d).some((n) => cityDistrictWords.some((word) => n.endsWith(` ${word}`)))) ??
    candidates[0];

  for (const raw of [place.district, place.city]) {
    if (!raw) continue;
    const wanted = normalise(raw);
    if (wanted === '') continue;
    const exact = pool.filter((d) => names(d).includes(wanted));
    const found = pick(exact) ?? pick(pool.filter((d) => names(d).some((n) => n.startsWith(`${wanted} `))));
    if (found) return found.code;
  }
  return null;
}
