import { describe, expect, it } from 'vitest';
import { prepareText } from './normalize.js';
import { extractAge, extractSpo2 } from './vitals.js';

const spo2 = (text: string) => extractSpo2(prepareText(text).body);
const age = (text: string) => {
  const p = prepareText(text);
  return extractAge(p.cased, p.body);
};

describe('extractSpo2', () => {
  it.each([
    ['SPO2 82', 82],
    ['spo2: 78%', 78],
    ['Spo2 : fluctuating rapidly(86)', 86],
    ['oxygen level has dropped to 40', 40],
    ['Oxygen level: 30,40', 30],
    ['saturation 85-88 on oxygen', 85],
    ['o2 sat 91', 91],
    ['Oxymeter level 66', 66],
    ['my brother oxygen is 70%', 70],
    ['oxygen 80 hai', 80],
    ['ऑक्सीजन लेवल 80 है', 80],
    ['ऑक्सीजन का स्तर 75', 75],
    ['SpO2 90 yesterday, spo2 84 today', 84],
  ])('%s', (text, expected) => {
    expect(spo2(text)).toBe(expected);
  });

  it.each([
    'Only taking patients at oxygen level of 85 or above',
    'patients with spo2 above 94 stay home',
    'oxygen 10 L per minute',
    '20 oxygen beds available',
    'oxygen concentrator 5 litre',
    'Beds available, call 9839012345',
  ])('none in: %s', (text) => {
    expect(spo2(text)).toBeNull();
  });
});

describe('extractAge', () => {
  it.each([
    ['Age: 60', 60],
    ['AGE - 62', 62],
    ['Male 70years', 70],
    ['78 year old patient', 78],
    ['for 45 yr old male', 45],
    ['45M covid positive', 45],
    ['patient 52/F', 52],
    ['female, 45', 45],
    ['Phani Vurimi (36)', 36],
    ['My grandfather, 80, covid positive', 80],
    ['Susheelamma is 75 and critical', 75],
    ['पिताजी (65 वर्ष)', 65],
    ['उम्र 45', 45],
    ['mere papa 60 saal ke hain', 60],
  ])('%s', (text, expected) => {
    expect(age(text)).toBe(expected);
  });

  it.each([
    'vaccination for 18 से 45 साल के लोगों',
    '45 वर्ष से ऊपर वाले लोग',
    'lost mother last year, 2 years ago',
    'lockdown for 14 days',
    'registration for 18+ starts',
    'SpO2 is 85',
    'in last 24 hours',
  ])('none in: %s', (text) => {
    expect(age(text)).toBeNull();
  });
});
