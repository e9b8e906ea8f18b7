// The case's lending panel: the depots that have something to lend, nearest the patient first. The query counts
// available items per depot (items_available_idx); this orders them by great-circle distance and keeps the nearest.
import type { DeviceKind } from '../../../shared/enums.js';
import { distanceKm, type LatLon } from '../geo/distance.js';

export interface DepotStock {
  depotId: string;
  lat: number | null;
  lon: number | null;
  /** Available devices of each kind at the depot. */
  available: Partial<Record<DeviceKind, number>>;
}

export interface RankedDepot<T extends DepotStock> {
  depot: T;
  /** Null when the depot or the patient has no coordinates (listed after those that have). */
  distanceKm: number | null;
}

/**
 * Depots holding at least one available device (of `kind`, when given), nearest first; depots without coordinates
 * (or a patient without any) come after, by name order of the input. At most `limit`.
 */
export function nearestDepots<T extends DepotStock>(
  patient: LatLon | null,
  depots: readonly T[],
  options: { kind?: DeviceKind; limit: number },
): Array<RankedDepot<T>> {
  const has = (d: T) =>
    options.kind ? (d.available[options.kind] ?? 0) > 0 : Object.values(d.available).some((n) => (n ?? 0) > 0);
  const ranked = depots.filter(has).map((depot) => ({
    depot,
    distanceKm:
      patient !== null && depot.lat !== null && depot.lon !== null
        ? Math.round(distanceKm(patient, { lat: depot.lat, lon: depot.lon }) * 10) / 10
        : null,
  }));
  return ranked
    .map((r, i) => ({ r, i }))
    .sort((a, b) => {
      if (a.r.distanceKm === null || b.r.distanceKm === null) {
        return (a.r.distanceKm === null ? 1 : 0) - (b.r.distanceKm === null ? 1 : 0) || a.i - b.i;
      }
      return a.r.distanceKm - b.r.distanceKm || a.i - b.i;
    })
    .slice(0, options.limit)
    .map(({ r }) => r);
}
