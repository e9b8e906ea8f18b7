import { describe, expect, it } from 'vitest';
import { nearestDepots, type DepotStock } from './nearest-depots.js';

// Unnao town, a Kanpur office ~20 km away, an Unnao police station ~1 km away, one with no coordinates.
const patient = { lat: 26.5393, lon: 80.4878 };
const kanpur: DepotStock = { depotId: 'kanpur', lat: 26.4499, lon: 80.3319, available: { cylinder: 3 } };
const unnao: DepotStock = { depotId: 'unnao', lat: 26.5463, lon: 80.4891, available: { cylinder: 1, concentrator: 1 } };
const nowhere: DepotStock = { depotId: 'nowhere', lat: null, lon: null, available: { cylinder: 5 } };
const emptyDepot: DepotStock = { depotId: 'empty', lat: 26.54, lon: 80.49, available: { cylinder: 0 } };

describe('nearest depots', () => {
  it('nearest first, unplaced last, empty ones left out', () => {
    const ranked = nearestDepots(patient, [nowhere, kanpur, emptyDepot, unnao], { limit: 5 });
    expect(ranked.map((r) => r.depot.depotId)).toEqual(['unnao', 'kanpur', 'nowhere']);
    expect(ranked[0]?.distanceKm).toBeLessThan(1.5);
    expect(ranked[1]?.distanceKm).toBeGreaterThan(15);
    expect(ranked[1]?.distanceKm).toBeLessThan(25);
    expect(ranked[2]?.distanceKm).toBeNull();
  });

  it('by kind, and at most the limit', () => {
    expect(
      nearestDepots(patient, [kanpur, unnao], { kind: 'concentrator', limit: 5 }).map((r) => r.depot.depotId),
    ).toEqual(['unnao']);
    expect(nearestDepots(patient, [kanpur, unnao, nowhere], { limit: 1 }).map((r) => r.depot.depotId)).toEqual([
      'unnao',
    ]);
  });

  it('a patient without a place keeps the input order', () => {
    expect(nearestDepots(null, [kanpur, unnao], { limit: 5 }).map((r) => [r.depot.depotId, r.distanceKm])).toEqual([
      ['kanpur', null],
      ['unnao', null],
    ]);
  });
});
