import { describe, expect, it } from 'vitest';
import { understanding as understood } from '../../../../test/factories/understanding.js';
import {
  bloodGroupsInText,
  hasNeedIntent,
  mergeDraft,
  missingEssentials,
  needsInText,
  phoneInText,
  readContribution,
} from './essentials.js';
import { emptyDraft } from './state.js';

describe('needs named in short answers', () => {
  it.each([
    ['oxygen', ['oxygen']],
    ['Oxygen cylinder', ['oxygen_cylinder']],
    ['concentrator chahiye', ['oxygen_concentrator']],
    ['ऑक्सीजन', ['oxygen']],
    ['ICU bed', ['bed_icu']],
    ['bed', ['bed']],
    ['वेंटिलेटर बेड', ['bed_ventilator']],
    ['blood', ['blood']],
    ['खून', ['blood']],
    ['plasma', ['plasma']],
    ['प्लाज्मा', ['plasma']],
    ['platelets', ['platelets']],
    ['दवाई', ['medicine']],
    ['remdesivir injection', ['medicine']],
    ['ambulance', ['ambulance']],
    ['एम्बुलेंस', ['ambulance']],
    ['khana', ['food']],
    ['rtpcr test', ['test']],
    ['doctor', ['doctor']],
    ['oxygen and ambulance', ['oxygen', 'ambulance']],
    ['Lucknow', []],
    ['bedroom', []],
  ])('%s → %j', (text, needs) => {
    expect(needsInText(text)).toEqual(needs);
  });

  it.each([
    ['need help', true],
    ['madad chahiye', true],
    ['मुझे मदद चाहिए', true],
    ['जरूरत है', true],
    ['urgent!!', true],
    ['thank you', false],
    ['Lucknow', false],
  ])('intent in "%s": %s', (text, intent) => {
    expect(hasNeedIntent(text)).toBe(intent);
  });
});

describe('blood groups and numbers in short answers', () => {
  it.each([
    ['B+', ['B+']],
    ['b +ve', ['B+']],
    ['O-ve', ['O-']],
    ['AB positive', ['AB+']],
    ['a neg', ['A-']],
    ['B+ and O+', ['B+', 'O+']],
    ['need a - urgent', []],
    ['above', []],
  ])('%s → %j', (text, groups) => {
    expect(bloodGroupsInText(text)).toEqual(groups);
  });

  it.each([
    ['98390 12345', '+919839012345'],
    ['+91-98390-12345', '+919839012345'],
    ['09839012345', '+919839012345'],
    ['call me on ९८३९०१२३४५', '+919839012345'],
    ['12345', null],
    ['5839012345', null],
  ])('%s → %s', (text, phone) => {
    expect(phoneInText(text)).toBe(phone);
  });
});

describe('what a message adds to a plea', () => {
  it('prefers the engine and falls back to keywords', () => {
    expect(readContribution('oxygen', understood({ resources: ['oxygen_refill'] }), null).resources).toEqual([
      'oxygen_refill',
    ]);
    expect(readContribution('oxygen', understood({}), null).resources).toEqual(['oxygen']);
    expect(readContribution('oxygen', null, 'KNP')).toMatchObject({ resources: ['oxygen'], district: 'KNP' });
  });

  it('a blood group alone means blood; with plasma it stays plasma', () => {
    expect(readContribution('B+', understood({ bloodGroups: ['B+'] }), null).resources).toEqual(['blood']);
    expect(
      readContribution('plasma B+', understood({ resources: ['plasma'], bloodGroups: ['B+'] }), null).resources,
    ).toEqual(['plasma']);
  });

  it('merges: needs accumulate, new facts win, texts are kept', () => {
    const a = mergeDraft(
      emptyDraft(),
      readContribution('oxygen', understood({ resources: ['oxygen'], spo2: 85 }), 'KNP'),
      'oxygen',
    );
    const b = mergeDraft(a, readContribution('bed', understood({ resources: ['bed'] }), 'LKO'), ' bed ');
    expect(b).toEqual({
      resources: ['oxygen', 'bed'],
      bloodGroups: [],
      district: 'LKO',
      phone: null,
      spo2: 85,
      age: null,
      texts: ['oxygen', 'bed'],
    });
    expect(mergeDraft(b, readContribution('', null, null), '  ').texts).toEqual(['oxygen', 'bed']);
  });

  it('lists what is missing in the order we ask', () => {
    expect(missingEssentials(emptyDraft(), true)).toEqual(['need', 'district']);
    expect(missingEssentials(emptyDraft(), false)).toEqual(['need', 'district', 'phone']);
    expect(missingEssentials({ ...emptyDraft(), resources: ['bed'], district: 'KNP' }, true)).toEqual([]);
    expect(missingEssentials({ ...emptyDraft(), resources: ['bed'], district: 'KNP' }, false)).toEqual(['phone']);
    expect(
      missingEssentials({ ...emptyDraft(), resources: ['bed'], district: 'KNP', phone: '+919839012345' }, false),
    ).toEqual([]);
  });
});
