// Where a donor or a patient is, as a point to measure distances from: the centre of their PIN code, else their
// locality or town, else their district's centroid. The points come from data/gazetteer/coordinates.json (built
// with the gazetteer by scripts/build-gazetteer.mjs) and data/geography/india.json, read once at first import;
// names are those the understanding engine knows, so a locality it reads in a plea is found here too.
import { readFileSync } from 'node:fs';
import { gazetteer } from '../understanding/gazetteer.js';
import { foldKey } from '../understanding/normalize.js';
import type { LatLon } from './distance.js';

export type LocationSource = 'pincode' | 'locality' | 'place' | 'district';

export interface Located extends LatLon {
  /** What the point stands for: the narrower, the nearer the person is likely to be. */
  source: LocationSource;
}

export interface LocateInput {
  pincode?: string | null;
  /** A locality, town or address as written ("Swaroop Nagar, Kanpur", "इलाहाबाद"); Latin or Devanagari. */
  locality?: string | null;
  districtCode: string;
}

type Point = [lat: number, lon: number];
interface CoordinatesFile {
  pincodes: Record<string, Point>;
  /** Keyed "state|district|name", as the gazetteer identifies a place or locality ("-" for no district). */
  places: Record<string, Point>;
  localities: Record<string, Point>;
}
interface GeographyFile {
  districts: Array<{ code: string; lat: number; lon: number }>;
}

function readJson<T>(relative: string): T {
  return JSON.parse(readFileSync(new URL(relative, import.meta.url), 'utf8')) as T;
}

// This file sits at src/server/domain/geo/ (and dist/server/domain/geo/ once built).
const coordinates = readJson<CoordinatesFile>('../../../../data/gazetteer/coordinates.json');
const centroids = new Map(
  readJson<GeographyFile>('../../../../data/geography/india.json').districts.map((d) => [
    d.code,
    { lat: d.lat, lon: d.lon },
  ]),
);

const identity = (e: { state: string; district: string | null; name: string }) =>
  `${e.state}|${e.district ?? '-'}|${e.name}`;
const at = (point: Point, source: LocationSource): Located => ({ lat: point[0], lon: point[1], source });

export function locate(input: LocateInput): Located {
  const centroid = centroids.get(input.districtCode);
  if (!centroid) throw new Error(`locate: unknown district code ${input.districtCode}`);
  const pin = input.pincode?.trim();
  // A PIN filed under another district is a typo or an old address: the district is what the person chose.
  if (pin && gazetteer.pincodes.get(pin) === input.districtCode) {
    const point = coordinates.pincodes[pin];
    if (point) return at(point, 'pincode');
  }
  const named = input.locality ? locateName(input.locality, input.districtCode) : null;
  return named ?? { ...centroid, source: 'district' };
}

/** The whole text first, then each comma-separated part, leftmost (the narrowest, as addresses go) first. */
function locateName(text: string, districtCode: string): Located | null {
  const city = gazetteer.districts.get(districtCode)?.city;
  const cityKey = city ? foldKey(city) : null;
  const parts = text.split(/[,;\n]/);
  for (const part of parts.length > 1 ? [text, ...parts] : [text]) {
    const key = foldKey(part);
    if (!key) continue;
    // Reviewed localities that repeat across cities carry their city's name (Govind Nagar Kanpur).
    const keys = cityKey && key !== cityKey && !key.endsWith(` ${cityKey}`) ? [key, `${key} ${cityKey}`] : [key];
    for (const k of keys) {
      const found = locateKey(k, districtCode);
      if (found) return found;
    }
  }
  return null;
}

/** A locality before a place: a name can be both, and the locality is the narrower (Secunderabad is a locality
 * of Hyderabad and a name of the city). Places and localities of no one district (Delhi, Mumbai) never match:
 * the district's centroid says more than the middle of a city of several districts. Among places of one name in
 * the district, the index lists the most populous first. */
function locateKey(key: string, districtCode: string): Located | null {
  const entries = gazetteer.index.get(key) ?? [];
  for (const { ref } of entries) {
    if (ref.kind !== 'locality' || ref.locality.district !== districtCode) continue;
    const point = coordinates.localities[identity(ref.locality)];
    if (point) return at(point, 'locality');
  }
  for (const { ref } of entries) {
    if (ref.kind !== 'place' || ref.place.district !== districtCode) continue;
    const point = coordinates.places[identity(ref.place)];
    if (point) return at(point, 'place');
  }
  return null;
}
