// Distances on the Earth's surface, for matching donors and patients by how far apart they are.

export interface LatLon {
  lat: number;
  lon: number;
}

export interface BoundingBox {
  minLat: number;
  maxLat: number;
  minLon: number;
  maxLon: number;
}

/** Mean Earth radius (IUGG); the sphere is within 0.5% of the ellipsoid, far finer than a PIN code's centre. */
const EARTH_RADIUS_KM = 6371.0088;
const RAD = Math.PI / 180;
/** Floating-point slack, so that a point exactly on the circle is still inside its box (1e-9° is 0.1 mm). */
const SLACK_DEG = 1e-9;

/** Great-circle distance (haversine), in km. */
export function distanceKm(a: LatLon, b: LatLon): number {
  const dLat = (b.lat - a.lat) * RAD;
  const dLon = (b.lon - a.lon) * RAD;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * RAD) * Math.cos(b.lat * RAD) * Math.sin(dLon / 2) ** 2;
  // Rounding can push h a hair above 1 for antipodal points.
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * A latitude/longitude box holding every point within `radiusKm` of `center`, for an indexed SQL pre-filter
 * before the exact distance. No point of the circle is further in latitude than the radius itself; in longitude
 * a km spans the most degrees where the box comes nearest a pole, so the span is divided by the cosine there
 * (a little wider than needed, never narrower). A box that reaches a pole or crosses the 180th meridian takes
 * every longitude: wider, but one plain range that a `BETWEEN` can use.
 */
export function boundingBox(center: LatLon, radiusKm: number): BoundingBox {
  const dLat = radiusKm / EARTH_RADIUS_KM / RAD + SLACK_DEG;
  const minLat = Math.max(-90, center.lat - dLat);
  const maxLat = Math.min(90, center.lat + dLat);
  const nearestPole = Math.max(Math.abs(minLat), Math.abs(maxLat));
  const cos = Math.cos(nearestPole * RAD);
  const dLon = cos > 0 ? dLat / cos + SLACK_DEG : Infinity;
  if (center.lon - dLon < -180 || center.lon + dLon > 180) return { minLat, maxLat, minLon: -180, maxLon: 180 };
  return { minLat, maxLat, minLon: center.lon - dLon, maxLon: center.lon + dLon };
}
