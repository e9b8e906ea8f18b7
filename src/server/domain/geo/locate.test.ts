import { describe, expect, it } from 'vitest';
import { distanceKm } from './distance.js';
import { locate } from './locate.js';

// District centroids of data/geography/india.json.
const kanpurNagar = { lat: 26.4089, lon: 80.3218 };
const prayagraj = { lat: 25.387, lon: 81.9453 };
const lucknow = { lat: 26.8393, lon: 80.9231 }; // the city (GeoNames)

describe('locate', () => {
  it('puts Kanpur PIN 208001 within 15 km of the Kanpur Nagar centroid', () => {
    const here = locate({ pincode: '208001', districtCode: 'UP-KANPUR-NAGAR' });
    expect(here.source).toBe('pincode');
    expect(distanceKm(here, kanpurNagar)).toBeLessThan(15);
  });

  it('tells PIN codes of one district apart', () => {
    const a = locate({ pincode: '226001', districtCode: 'UP-LUCKNOW' });
    expect(a.source).toBe('pincode');
    expect(distanceKm(a, lucknow)).toBeLessThan(15);
    const b = locate({ pincode: '226010', districtCode: 'UP-LUCKNOW' });
    expect(b.source).toBe('pincode');
    expect(b).not.toEqual(a);
  });

  it('ignores a PIN code of another district', () => {
    expect(locate({ pincode: '208001', districtCode: 'UP-LUCKNOW' })).toMatchObject({ source: 'district' });
    expect(locate({ pincode: '208001', locality: 'Jhusi', districtCode: 'UP-PRAYAGRAJ' })).toMatchObject({
      source: 'place',
    });
  });

  it('falls back from an unknown PIN code to the locality, then to the district', () => {
    const byLocality = locate({ pincode: '999999', locality: 'Rawatpur', districtCode: 'UP-KANPUR-NAGAR' });
    expect(byLocality).toEqual({ lat: 26.4756, lon: 80.2763, source: 'locality' });
    const byDistrict = locate({ pincode: '999999', locality: 'Nowhere Nagar', districtCode: 'UP-KANPUR-NAGAR' });
    expect(byDistrict).toEqual({ ...kanpurNagar, source: 'district' });
    expect(locate({ districtCode: 'UP-PRAYAGRAJ' })).toEqual({ ...prayagraj, source: 'district' });
  });

  it('finds a locality regardless of case, accents, spacing and the rest of the address', () => {
    const rawatpur = { lat: 26.4756, lon: 80.2763, source: 'locality' };
    expect(locate({ locality: '  RAWATPUR ', districtCode: 'UP-KANPUR-NAGAR' })).toEqual(rawatpur);
    expect(locate({ locality: 'Rāwatpur', districtCode: 'UP-KANPUR-NAGAR' })).toEqual(rawatpur);
    expect(locate({ locality: 'House 12, Rawatpur, Kanpur', districtCode: 'UP-KANPUR-NAGAR' })).toEqual(rawatpur);
  });

  it('finds reviewed localities that carry their city in their name', () => {
    expect(locate({ locality: 'Govind Nagar', districtCode: 'UP-KANPUR-NAGAR' })).toMatchObject({
      source: 'locality',
    });
  });

  it('finds a town or suburb of Prayagraj', () => {
    const jhusi = locate({ locality: 'jhusi', districtCode: 'UP-PRAYAGRAJ' });
    expect(jhusi).toEqual({ lat: 25.4374, lon: 81.9055, source: 'place' });
    expect(distanceKm(jhusi, prayagraj)).toBeLessThan(15);
    const city = locate({ locality: 'Allahabad', districtCode: 'UP-PRAYAGRAJ' });
    expect(city).toEqual({ lat: 25.4448, lon: 81.8432, source: 'place' });
  });

  it('reads Hindi names of places', () => {
    expect(locate({ locality: 'इलाहाबाद', districtCode: 'UP-PRAYAGRAJ' })).toEqual({
      lat: 25.4448,
      lon: 81.8432,
      source: 'place',
    });
    expect(locate({ locality: 'कानपुर', districtCode: 'UP-KANPUR-NAGAR' })).toMatchObject({ source: 'place' });
  });

  it('prefers a locality to a city of the same name', () => {
    expect(locate({ locality: 'Secunderabad', districtCode: 'TG-HYDERABAD' })).toMatchObject({ source: 'locality' });
  });

  it('takes a name only in the district asked about', () => {
    expect(locate({ locality: 'Rawatpur', districtCode: 'UP-PRAYAGRAJ' })).toMatchObject({ source: 'district' });
    // Delhi spans eleven districts: its middle says less than the district's own centroid.
    expect(locate({ locality: 'Delhi', districtCode: 'DL-SOUTH-WEST' })).toMatchObject({ source: 'district' });
  });

  it('refuses an unknown district code', () => {
    expect(() => locate({ pincode: '208001', districtCode: 'UP-NOWHERE' })).toThrow(/unknown district code UP-NOWHERE/);
  });
});
