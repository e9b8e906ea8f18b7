import { describe, expect, it } from 'vitest';
import { channelText } from '../../i18n.js';
import { reachOfCase, reachOfTransfusion, spokenDay, thanksMessage, type ThanksFacts } from './donor-thanks.js';

const facts: ThanksFacts = {
  language: 'en',
  name: 'Ramesh',
  product: 'whole_blood',
  donatedOn: '2027-02-12',
  reach: { kind: 'case', where: 'thalassemia_child', hospital: 'Hallet Hospital' },
  nextEligibleOn: '2027-05-13',
};

describe('the thank-you for a donation', () => {
  it('says what was given, where it went, when they may give again, and how to stop', () => {
    expect(thanksMessage(facts, (k, p) => channelText('en', k, p))).toBe(
      'Sahayata: thank you, Ramesh, for giving blood on 12 February 2027. Your blood reached a thalassemia child at ' +
        'Hallet Hospital. You may give again from 13 May 2027; we will not ask you before then. Reply STOP to get no ' +
        'more messages.',
    );
  });

  it('in Hindi, with the dates in Hindi', () => {
    const text = thanksMessage({ ...facts, language: 'hi', name: 'रमेश' }, (k, p) => channelText('hi', k, p));
    expect(text).toContain('12 फ़रवरी 2027 को रक्त देने के लिए धन्यवाद');
    expect(text).toContain('थैलेसीमिया से पीड़ित एक बच्चे तक');
    expect(text).toContain('13 मई 2027 से');
  });

  it('leaves out what it does not know', () => {
    const text = thanksMessage({ ...facts, reach: null, nextEligibleOn: null }, (k, p) => channelText('en', k, p));
    expect(text).not.toContain('reached');
    expect(text).not.toContain('give again');
  });

  it('names the patient from the case: a thalassemia child under 18, else a patient; nothing without a hospital', () => {
    expect(reachOfCase({ hospital: 'LLR', conditions: ['thalassemia'], patientAge: 9 })).toEqual({
      kind: 'case',
      where: 'thalassemia_child',
      hospital: 'LLR',
    });
    expect(reachOfCase({ hospital: 'LLR', conditions: ['thalassemia'], patientAge: 24 })?.kind).toBe('case');
    expect(reachOfCase({ hospital: 'LLR', conditions: [], patientAge: null })).toMatchObject({ where: 'patient' });
    expect(reachOfCase({ hospital: ' ', conditions: [], patientAge: null })).toBeNull();
  });

  it('speaks a day in the donor’s language', () => {
    expect(spokenDay('2027-02-12', 'en')).toBe('12 February 2027');
    expect(spokenDay('2027-02-12', 'hi')).toBe('12 फ़रवरी 2027');
  });
});

describe('reachOfTransfusion', () => {
  it('names the centre, a child until 18 or when the age is not known, else a patient', () => {
    const centre = 'Hallet Hospital';
    expect(reachOfTransfusion({ centre, dateOfBirth: '2015-06-01' }, '2027-01-10')).toEqual({
      kind: 'case',
      where: 'thalassemia_child',
      hospital: centre,
    });
    expect(reachOfTransfusion({ centre, dateOfBirth: null }, '2027-01-10')?.kind).toBe('case');
    expect(reachOfTransfusion({ centre, dateOfBirth: '2009-01-11' }, '2027-01-10')).toMatchObject({
      where: 'thalassemia_child',
    });
    expect(reachOfTransfusion({ centre, dateOfBirth: '2009-01-10' }, '2027-01-10')).toMatchObject({
      where: 'thalassemia_patient',
    });
    expect(reachOfTransfusion({ centre: '  ', dateOfBirth: null }, '2027-01-10')).toBeNull();
  });

  it('is said in the donor’s language', () => {
    const reach = reachOfTransfusion({ centre: 'Hallet Hospital', dateOfBirth: null }, '2027-01-10');
    const said = thanksMessage(
      { language: 'hi', name: 'सीमा', product: 'whole_blood', donatedOn: '2027-01-10', reach, nextEligibleOn: null },
      (key, params) => channelText('hi', key, params),
    );
    expect(said).toContain('थैलेसीमिया से पीड़ित एक बच्चे तक');
    expect(said).not.toMatch(/thalassemia child/);
  });
});
