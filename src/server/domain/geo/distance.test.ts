import { describe, expect, it } from 'vitest';
import { distanceKm, type LatLon } from './distance.js';

const kanpur = { lat: 26.4499, lon: 80.3319 };
const lucknow = { lat: 26.8467, lon: 80.9462 };
const delhi = { lat: 28.6139, lon: 77.209 };
const mumbai = { lat: 19.076, lon: 72.8777 };

/** The point `km` away from `from` on the initial bearing `degrees` (the direct geodesic problem on the sphere). */
function destination(from: LatLon, degrees: number, km: number): LatLon {
  const rad = Math.PI / 180;
  const d = km / 6371.0088;
  const b = degrees * rad;
  const lat1 = from.lat * rad;
  const lat2 = Math.asin(Math.sin(lat1) * Math.cos(d) + Math.cos(lat1) * Math.sin(d) * Math.cos(b));
  const lon2 =
    from.lon * rad +
    Math.atan2(Math.sin(b) * Math.sin(d) * Math.cos(lat1), Math.cos(d) - Math.sin(lat1) * Math.sin(lat2));
  return { lat: lat2 / rad, lon: lon2 / rad };
}

describe('distanceKm', () => {
  it('measures Kanpur to Lucknow in a straight line', () => {
    const km = distanceKm(kanpur, lucknow);
    expect(km).toBeGreaterThan(73);
    expect(km).toBeLessThan(80);
  });

  it('measures Delhi to Mumbai', () => {
    expect(distanceKm(delhi, mumbai)).toBeGreaterThan(1130);
    expect(distanceKm(delhi, mumbai)).toBeLessThan(1170);
  });

  it('is zero for one point and the same both ways', () => {
    expect(distanceKm(kanpur, kanpur)).toBe(0);
    expect(distanceKm(lucknow, kanpur)).toBeCloseTo(distanceKm(kanpur, lucknow), 9);
  });

  it('gives half the circumference for antipodes', () => {
    expect(distanceKm({ lat: 0, lon: 0 }, { lat: 0, lon: 180 })).toBeCloseTo(Math.PI * 6371.0088, 6);
  });

  it('agrees with the points it was asked to place', () => {
    for (const bearing of [0, 45, 90, 180, 270]) {
      expect(distanceKm(kanpur, destination(kanpur, bearing, 50))).toBeCloseTo(50, 6);
    }
  });
});
