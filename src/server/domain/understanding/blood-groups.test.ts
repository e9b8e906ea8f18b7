import { describe, expect, it } from 'vitest';
import { extractBloodGroups } from './blood-groups.js';
import { prepareText } from './normalize.js';

const groups = (text: string) => {
  const p = prepareText(text);
  return extractBloodGroups(p.cased, p.body);
};

describe('extractBloodGroups', () => {
  it.each([
    ['Need B+ plasma', ['B+']],
    ['B+ve donor', ['B+']],
    ['B +ve donor', ['B+']],
    ['blood group B positive', ['B+']],
    ['O neg blood', ['O-']],
    ['O negative', ['O-']],
    ['AB(-ve) platelets', ['AB-']],
    ['Urgent - O. +ve Plasma donor', ['O+']],
    ['AB+ve and A-ve', ['AB+', 'A-']],
    ['A positive plasma donor', ['A+']],
    ['blood: a+', ['A+']],
    ['बी पॉजिटिव प्लाज्मा', ['B+']],
    ['ओ नेगेटिव खून चाहिए', ['O-']],
    ['एबी+ डोनर', ['AB+']],
    ['ए पॉज़िटिव रक्त', ['A+']],
    // In lower case, far from any word of blood: a sign written as a group's.
    ['any group will do, we have asked around the whole family since morning.\npreferably a+ve or o-ve', ['A+', 'O-']],
  ])('%s', (text, expected) => {
    expect(groups(text)).toEqual(expected);
  });

  it.each([
    'Covid +ve patient',
    'Blood Group: +ve',
    'a positive attitude helps',
    'a +ve attitude is all it takes',
    'scored a+ in the exam',
    'Grade A+ hospital',
    'Plan B - call us',
    'RT-PCR -ve report',
    'O2 + ICU',
    'vitamin B-complex',
  ])('none in: %s', (text) => {
    expect(groups(text)).toEqual([]);
  });
});
