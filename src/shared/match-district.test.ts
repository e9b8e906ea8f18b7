import { describe, expect, it } from 'vitest';
import { matchDistrict, type DistrictPlace } from './match-district.js';

const districts: DistrictPlace[] = [
  { code: 'UP-KANPUR-DEHAT', state: 'UP', name: 'Kanpur Dehat', nameHi: 'कानपुर देहात' },
  { code: 'UP-KANPUR-NAGAR', state: 'UP', name: 'Kanpur Nagar', nameHi: 'कानपुर नगर' },
  { code: 'UP-LUCKNOW', state: 'UP', name: 'Lucknow', nameHi: 'लखनऊ' },
  { code: 'CT-BILASPUR', state: 'CT', name: 'Bilaspur', nameHi: 'बिलासपुर' },
  { code: 'HP-BILASPUR', state: 'HP', name: 'Bilaspur', nameHi: 'बिलासपुर' },
  { code: 'KA-BENGALURU-R', state: 'KA', name: 'Bengaluru Rural', nameHi: 'बेंगलुरु ग्रामीण' },
  { code: 'KA-BENGALURU-U', state: 'KA', name: 'Bengaluru Urban', nameHi: 'बेंगलुरु शहरी' },
];
const states = [
  { code: 'UP', name: 'Uttar Pradesh', nameHi: 'उत्तर प्रदेश' },
  { code: 'CT', name: 'Chhattisgarh', nameHi: 'छत्तीसगढ़' },
  { code: 'HP', name: 'Himachal Pradesh', nameHi: 'हिमाचल प्रदेश' },
  { code: 'KA', name: 'Karnataka', nameHi: 'कर्नाटक' },
];
const place = (over: Partial<{ city: string; district: string; state: string }>) => ({
  city: null,
  district: null,
  state: null,
  ...over,
});

describe('matchDistrict', () => {
  it('matches a district by its English or Hindi name', () => {
    expect(matchDistrict(place({ district: 'Kanpur Nagar' }), districts, states)).toBe('UP-KANPUR-NAGAR');
    expect(matchDistrict(place({ district: 'लखनऊ' }), districts, states)).toBe('UP-LUCKNOW');
  });

  it('takes a city to the district named after it', () => {
    expect(matchDistrict(place({ city: 'Kanpur' }), districts, states)).toBe('UP-KANPUR-NAGAR');
    expect(matchDistrict(place({ city: 'Bengaluru' }), districts, states)).toBe('KA-BENGALURU-U');
    expect(matchDistrict(place({ city: 'कानपुर' }), districts, states)).toBe('UP-KANPUR-NAGAR');
  });

  it('uses the state to tell two districts of the same name apart', () => {
    expect(matchDistrict(place({ district: 'Bilaspur', state: 'Himachal Pradesh' }), districts, states)).toBe(
      'HP-BILASPUR',
    );
    expect(matchDistrict(place({ district: 'Bilaspur', state: 'छत्तीसगढ़' }), districts, states)).toBe('CT-BILASPUR');
  });

  it("prefers the operator's own districts when the name alone is not enough", () => {
    expect(matchDistrict(place({ district: 'Bilaspur' }), districts, states, ['HP-BILASPUR'])).toBe('HP-BILASPUR');
    expect(matchDistrict(place({ city: 'Kanpur' }), districts, states, ['UP-KANPUR-DEHAT'])).toBe('UP-KANPUR-DEHAT');
  });

  it('falls back from an unknown district to the city, and to nothing', () => {
    expect(matchDistrict(place({ district: 'Atlantis', city: 'Lucknow' }), districts, states)).toBe('UP-LUCKNOW');
    expect(matchDistrict(place({ city: 'Atlantis' }), districts, states)).toBeNull();
    expect(matchDistrict(place({}), districts, states)).toBeNull();
  });
});
