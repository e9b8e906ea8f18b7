import { describe, expect, it } from 'vitest';
import { extractMedicines } from './medicines.js';
import { prepareText } from './normalize.js';
import { extractResources } from './resources.js';

const resources = (text: string) => {
  const p = prepareText(text);
  const medicines = extractMedicines(
    p.inline,
    p.hashtags.map((h) => h.flat),
  );
  return [...extractResources(p, p.hashtags, medicines).resources].sort();
};

describe('extractResources', () => {
  it.each([
    ['need oxygen urgently', ['oxygen']],
    ['oxygen cylinder needed', ['oxygen_cylinder']],
    ['O2 cylinders and concentrators', ['oxygen_concentrator', 'oxygen_cylinder']],
    ['cylinder refilling centre', ['oxygen_refill']],
    ['Oxygen Cylinder and Refill', ['oxygen_cylinder', 'oxygen_refill']],
    ['oxygen bed', ['bed_oxygen']],
    ['2 Oxygen and ICU Beds', ['bed_icu', 'bed_oxygen']],
    ['ICU bed with ventilator', ['bed_icu', 'bed_ventilator']],
    ['beds with oxygen facility', ['bed_oxygen']],
    ['ICU/Oxygen/Ventilator', ['bed_icu', 'bed_oxygen', 'bed_ventilator']],
    ['oxygen cylinders, hospital beds, plasma donors', ['bed', 'oxygen_cylinder', 'plasma']],
    ['hospital bed', ['bed']],
    ['Very urgent need of hospital', ['bed']],
    ['BiPAP machine', ['bed_ventilator']],
    ['1 unit blood and plasma', ['blood', 'plasma']],
    ['SDP platelets', ['platelets']],
    ['injections and medicines', ['medicine']],
    ['Fabiflu tablets', ['medicine']],
    ['OXYGEN AMBULANCE', ['ambulance']],
    ['free food and tiffin', ['food']],
    ['RT-PCR home sample collection', ['test']],
    ['need doctor consultation', ['doctor']],
    ['nurse at home', ['doctor']],
    ['#OxygenCylinders', ['oxygen_cylinder']],
    ['#VERIFIEDO2BEDLEADS', ['bed_oxygen']],
    ['ऑक्सीजन सिलेंडर चाहिए', ['oxygen_cylinder']],
    ['आईसीयू बेड और प्लाज्मा', ['bed_icu', 'plasma']],
    ['बेड की जरूरत', ['bed']],
    ['covid care centre', ['bed']],
  ])('%s', (text, expected) => {
    expect(resources(text)).toEqual(expected);
  });

  it.each([
    ['Ambulance Facility- Without Oxygen', ['ambulance']],
    ['Blood Group: +ve and blood pressure high', []],
    ['RT-PCR was negative', []],
    ['Doctor says rest', []],
    ['oxygen level 80', []],
    ['Her oxygen level has dropped', []],
    ['patient on oxygen support', []],
    ['SpO2 78 on 10L oxygen', []],
    ['oxygen plant and tankers', []],
    ['Deccan Blood Bank', []],
    ['nursing home', []],
    ['currently in ambulance outside the hospital', []],
  ])('not a need: %s', (text, expected) => {
    expect(resources(text)).toEqual(expected);
  });
});
